// Writing to stdout and stderr, and to output files, from the CLI.
import { resolve } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { UserError } from '../source/errors.js';
import { words } from '../text/words.js';

export function out(text: string): void {
  try {
    process.stdout.write(text);
  } catch (error) {
    // Standard output redirected to a file writes synchronously and fails here (a full disk).
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw stdoutFailure(error);
  }
}

export function stdoutFailure(error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === 'ENOSPC' || code === 'EIO' ? code : 'other';
  return new UserError(words('stdoutFailed', { reason, detail: code ?? String(error) }), words('stdoutFailed.hint'));
}

export function err(text: string): void {
  process.stderr.write(text);
}

/** "-o -" means standard output, as it does for most command-line tools. */
export const STDOUT = '-';

/** Write bytes or text to standard output (a PDF piped on, say). */
export function outBytes(content: string | Uint8Array): void {
  if (typeof content === 'string') return out(content);
  try {
    process.stdout.write(content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw stdoutFailure(error);
  }
}

/** A folder for several files: "-" cannot be one. */
export function refuseStdoutFolder(dir: string, what: 'documents' | 'calendars'): void {
  if (dir === STDOUT) throw new UserError(words('stdoutNotFolder', { what }), words('stdoutNotFolder.hint'), 2);
}

/** Write a command's result to a file ("-": standard output), refusing to overwrite any of its inputs. */
export function writeOutputFile(path: string, content: string | Uint8Array, inputs: readonly string[]): void {
  if (path === STDOUT) return outBytes(content);
  const target = resolve(path);
  if (inputs.some((input) => resolve(input) === target)) {
    throw new UserError(words('outputIsInput', { path }), words('outputIsInput.hint'));
  }
  writeFileAtomic(target, content);
}
