// Writing to stdout and stderr, and to output files, from the CLI.
import { resolve } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { UserError } from '../source/errors.js';

export function out(text: string): void {
  process.stdout.write(text);
}

export function err(text: string): void {
  process.stderr.write(text);
}

/** Write a command's result to a file, refusing to overwrite any of its inputs. */
export function writeOutputFile(path: string, content: string | Uint8Array, inputs: readonly string[]): void {
  const target = resolve(path);
  if (inputs.some((input) => resolve(input) === target)) {
    throw new UserError(`refusing to write ${path}: it is one of the input files`, 'Choose another output path with -o.');
  }
  writeFileAtomic(target, content);
}
