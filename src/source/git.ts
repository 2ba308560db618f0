// Reads a committed version of a file with `git show REV:path`, for comparing a programme with its history.
import { spawnSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { decodeText } from './decode.js';
import { UserError } from './errors.js';
import { MAX_SOURCE_BYTES, type SourceFile } from './read.js';

export function readRevision(revision: string, file: string): SourceFile {
  if (revision.startsWith('-')) throw new UserError(`--git ${revision}: a revision cannot start with "-"`, 'Give a commit, branch or tag, e.g. --git HEAD or --git main~1.', 2);
  const folder = dirname(resolve(file));
  const run = (args: string[]) => spawnSync('git', args, { cwd: folder, maxBuffer: MAX_SOURCE_BYTES, encoding: 'buffer' });
  const probe = run(['rev-parse', '--is-inside-work-tree']);
  if (probe.error) {
    const missing = (probe.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(missing ? 'git is not installed (or not on PATH)' : `cannot run git: ${probe.error.message}`, 'Compare two files instead: delegation diff OLD NEW', 2);
  }
  if (probe.status !== 0) {
    throw new UserError(`${file} is not in a git repository`, 'Compare two files instead: delegation diff OLD NEW (e.g. a copy of the version that was sent).', 2);
  }
  const verify = run(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if (verify.status !== 0) {
    throw new UserError(`--git ${revision}: no such revision in this repository`, 'Give a commit, branch or tag: HEAD, HEAD~1, main, a1b2c3d. See them with: git log --oneline', 2);
  }
  const shown = run(['show', `${revision}:./${basename(file)}`]);
  if (shown.status !== 0) {
    throw new UserError(`${file} is not in revision ${revision}`, 'Was it added or renamed after that commit? See its history with: git log --follow --oneline -- ' + file, 2);
  }
  return { ...decodeText(shown.stdout), bytes: shown.stdout };
}
