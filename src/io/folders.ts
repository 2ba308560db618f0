// Output folders: created one level at a time. Node's recursive mkdir never returns on some paths
// (e.g. under /proc), so each missing level is made with a plain mkdir whose failure is final.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../source/errors.js';
import { words } from '../text/words.js';

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
      throw new UserError(at === target ? words('outputFolderIsFile', { dir }) : words('outputFolderPartIsFile', { dir, at }), words('outputFolderIsFile.hint'));
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
  const reason = code === 'EPERM' ? 'EACCES' : code !== undefined && ['EACCES', 'EROFS', 'ENOSPC', 'ENOENT', 'ENOTDIR'].includes(code) ? code : 'other';
  return new UserError(words('cannotCreateFolder', { dir, reason, detail: String(code ?? error) }), words('cannotCreateFolder.hint'));
}
