// Ctrl-C and SIGTERM while a user's file is being edited: the edit is abandoned before its rename (the
// temporary file removed, the file as it was) instead of the process dying at an unknown step.
const controller = new AbortController();
let editing = 0;

/** Run an edit that stops before its rename when the process is interrupted. */
export async function duringEdit<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  editing++;
  try {
    return await task(controller.signal);
  } finally {
    editing--;
  }
}

/** Called by the signal handlers: true when an edit in progress takes the interrupt over. */
export function interruptEdit(signal: 'SIGINT' | 'SIGTERM'): boolean {
  if (editing === 0) return false;
  if (!controller.signal.aborted) controller.abort(signal);
  return true;
}
