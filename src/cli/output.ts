// Writing to stdout and stderr, and to output files, from the CLI.
import { existsSync, statSync, type Stats } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { writeFileAtomic, writeFilesAtomic, type FileContent } from '../io/atomic.js';
import { realPathOf, statOf } from '../io/real-path.js';
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

/** Endings of the files the commands write or read: a new output folder named so was meant as a file. */
const FILE_ENDINGS = new Set(['.pdf', '.html', '.htm', '.md', '.txt', '.svg', '.ics', '.csv', '.xlsx', '.json', '.yaml', '.yml', '.zip', '.doc', '.docx']);

/**
 * A command that writes a set of files into a folder refuses a new folder named like a file
 * (`-o all.pdf`): it would create a folder `all.pdf` holding the set. An existing folder of that name is used.
 */
export function refuseFileNameAsFolder(dir: string, what: 'documents' | 'pages' | 'calendars'): void {
  const ending = extname(dir).toLowerCase();
  if (!FILE_ENDINGS.has(ending) || existsSync(dir)) return;
  const name = basename(dir);
  const folder = dir.slice(0, dir.length - name.length) + name.slice(0, name.length - ending.length);
  throw new UserError(words('outputSetNeedsFolder', { dir, what }), words('outputSetNeedsFolder.hint', { folder }), 2);
}

/** A folder for several files: "-" cannot be one. */
export function refuseStdoutFolder(dir: string, what: 'documents' | 'calendars'): void {
  if (dir === STDOUT) throw new UserError(words('stdoutNotFolder', { what }), words('stdoutNotFolder.hint'), 2);
}

/**
 * Write a command's result to a file ("-": standard output), atomically. Refused: a folder, and any
 * of the command's inputs, also when reached through a link.
 */
export function writeOutputFile(path: string, content: string | Uint8Array, inputs: readonly string[]): void {
  if (path === STDOUT) return outBytes(content);
  writeFileAtomic(checkedOutput(path, identify(inputs)), content);
}

/**
 * Write several output files as one set (one file per person, per day): all or none. A failure
 * leaves the files that were there as they were.
 */
export function writeOutputFiles(files: readonly { path: string; content: FileContent }[], inputs: readonly string[]): void {
  const known = identify(inputs);
  writeFilesAtomic(files.map((file) => ({ path: checkedOutput(file.path, known), content: file.content })));
}

/** A command's input as output paths are compared with it: where it leads, and the file it is. */
interface Input {
  path: string;
  real: string;
  stat: Stats | undefined;
}

function identify(inputs: readonly string[]): Input[] {
  return inputs.map((path) => ({ path, real: real(path), stat: statOf(path) }));
}

/** The absolute path to write `path` to, once it is known to be neither a folder nor an input. */
function checkedOutput(path: string, inputs: readonly Input[]): string {
  const target = resolve(path);
  const stat = statOf(target);
  for (const input of inputs) {
    // The same file, also through a link or a second name; a target not there yet is no input.
    const same = stat !== undefined && (input.stat ? input.stat.dev === stat.dev && input.stat.ino === stat.ino : input.real === real(target));
    if (same || input.real === target) {
      throw new UserError(words('outputIsTheInput', { path, input: input.path }), words('outputIsInput.hint'));
    }
  }
  if (stat?.isDirectory()) throw new UserError(words('outputIsFolder', { path }), words('outputIsFolder.hint'));
  return target;
}

export function isFolder(path: string): boolean {
  if (path === STDOUT) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Where `path` leads, as an absolute path (as named when nothing is there yet). */
function real(path: string): string {
  return resolve(realPathOf(path));
}
