// Entry point: runs the program and turns every failure into a message and an exit code.
import { CommanderError } from 'commander';
import { UserError } from '../source/errors.js';
import { err, stdoutFailure } from './output.js';
import { buildFullProgram, buildProgram, outlineCommands, type CommandOutline } from './program.js';
import { interruptEdit } from './interrupt.js';
import { safeText } from '../text/safe.js';

export async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`| head`) is not an error; a full disk or a broken device is.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`delegation: ${stdoutFailure(error).message}\n`);
    process.exit(2);
  });
  // Ctrl-C and SIGTERM: files are written whole or not at all (src/io/atomic.ts), so stopping between
  // steps is safe; say so instead of dying silently, and exit as shells expect (128 + the signal). An
  // edit of the user's file in progress is abandoned before its rename and says so itself.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (interruptEdit(signal)) return;
      err('\ndelegation: interrupted; files already written are complete, nothing half-written was left\n');
      process.exit(code);
    });
  }
  try {
    const program = await buildProgram(argv);
    await program.parseAsync([...argv]);
  } catch (error) {
    process.exitCode = handleError(error);
  }
}

function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    // commander has printed the message already.
    return 2;
  }
  if (error instanceof UserError) {
    // Messages quote paths, ids and values the user gave: their control characters are shown, not sent.
    err(`delegation: ${safeText(error.message, 'text')}\n`);
    if (error.hint) err(`  ${safeText(error.hint, 'text')}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  err(`delegation: internal error: ${message}\n  This is a bug in delegation. Please report it with the command you ran and the file, if you can share it.\n`);
  if (process.env.DELEGATION_DEBUG && error instanceof Error && error.stack) err(`${error.stack}\n`);
  return 2;
}

/** Every command's outline, from the real definitions: the build writes them to dist/commands.json. */
export async function commandOutlines(): Promise<CommandOutline[]> {
  return outlineCommands(await buildFullProgram());
}
