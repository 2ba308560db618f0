// Finds the delegation.config.yaml that applies to a folder: the nearest one walking up, as with
// .editorconfig, stopping at the repository root (a folder holding .git) or the filesystem root.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from './errors.js';
import { words } from '../text/words.js';

export const CONFIG_FILE_NAMES = ['delegation.config.yaml', 'delegation.config.yml'] as const;

/**
 * The config file for `folder`, or undefined. The search stops at a repository root so that a file
 * in a home folder cannot change what CI, which checks out only the repository, reports.
 */
export function findConfigFile(folder: string, cache?: Map<string, string | undefined>): string | undefined {
  const visited: string[] = [];
  let current = resolve(folder);
  let found: string | undefined;
  for (;;) {
    if (cache?.has(current)) {
      found = cache.get(current);
      break;
    }
    visited.push(current);
    found = configIn(current);
    if (found || existsSync(join(current, '.git'))) break;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folderOnTheWay of visited) cache?.set(folderOnTheWay, found);
  return found;
}

function configIn(folder: string): string | undefined {
  const present = CONFIG_FILE_NAMES.map((name) => join(folder, name)).filter(isFile);
  if (present.length > 1) {
    throw new UserError(words('twoConfigFiles', { folder, first: CONFIG_FILE_NAMES[0], second: CONFIG_FILE_NAMES[1] }), words('twoConfigFiles.hint'));
  }
  return present[0];
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
