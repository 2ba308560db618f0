// Where a path that is written to leads: the one place links are followed for outputs, edits and locks.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The look-ups used to follow a path, replaceable in tests; node's for any left out. */
export interface PathLookup {
  statSync: typeof statSync;
  lstatSync?: typeof lstatSync;
  realpathSync?: (path: string) => string;
}

const nodeLookup: PathLookup = { statSync, lstatSync, realpathSync: (path) => realpathSync(path) };

/** What `path` leads to, links followed; undefined when nothing is there (or nothing that can be looked at). */
export function statOf(path: string, fs: PathLookup = nodeLookup): Stats | undefined {
  try {
    return fs.statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * The real path of `path`, every link followed. When it cannot be resolved (nothing there yet):
 * with `missing: 'folder'`, its folder's real path and its name, so that every name of a file not
 * made yet leads to one place; otherwise, or when the folder cannot be resolved either, `path` as given.
 */
export function realPathOf(path: string, options: { missing?: 'given' | 'folder'; fs?: PathLookup } = {}): string {
  const realpath = options.fs?.realpathSync ?? nodeLookup.realpathSync!;
  try {
    return realpath(path);
  } catch {
    if (options.missing !== 'folder') return path;
  }
  try {
    return join(realpath(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

/**
 * The file a write to `target` replaces and what it is: a symbolic link is followed (renaming over it
 * would replace the link), any other path is kept as named; undefined `stat` when there is nothing there.
 */
export function writeTargetOf(target: string, fs: PathLookup = nodeLookup): { real: string; stat: Stats | undefined } {
  let stat: Stats | undefined;
  try {
    stat = (fs.lstatSync ?? lstatSync)(target, { throwIfNoEntry: false });
  } catch {
    stat = undefined;
  }
  if (!stat?.isSymbolicLink()) return { real: target, stat };
  const real = realPathOf(target, { fs });
  return { real, stat: statOf(real, fs) };
}
