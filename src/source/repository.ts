// Where a repository starts: code-scanning paths are relative to it, whichever folder the command ran in.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The top level of the git work tree holding `folder` (the nearest folder with a `.git` entry: a
 * folder, or a file in a linked work tree or submodule), else `folder` itself. No git needed.
 */
export function repositoryRoot(folder: string): string {
  const start = resolve(folder);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
