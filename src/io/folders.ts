// Output folders: created one level at a time. Node's recursive mkdir never returns on some paths
// (e.g. under /proc), so each missing level is made with a plain mkdir whose failure is final.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../source/errors.js';

/** Make sure `dir` is a folder (creating it and missing parents); returns its absolute path. */
export function makeFolder(dir: string): string {
  const target = resolve(dir);
  const missing: string[] = [];
  let at = target;
  for (;;) {
    let isDirectory: boolean | undefined;
    try {
      isDirectory = statSync(at).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw folderError(dir, error);
    }
    if (isDirectory === false) {
      throw new UserError(`cannot use ${dir} as the output folder: ${at === target ? 'it is a file' : `${at} is a file`}`, 'Choose another folder with -o.');
    }
    if (isDirectory) break;
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw folderError(dir, error);
    }
  }
  return target;
}

function folderError(dir: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EROFS' ? 'the file system is read-only'
    : code === 'ENOSPC' ? 'the disk is full'
    : code === 'ENOENT' ? 'the place cannot hold folders'
    : code === 'ENOTDIR' ? 'a part of the path is a file'
    : String(code ?? error);
  return new UserError(`cannot create the folder ${dir}: ${reason}`, 'Choose another folder with -o, or fix the permissions of its parent.');
}
