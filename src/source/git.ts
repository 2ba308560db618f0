// Reads a committed version of a file with `git show REV:path`, for comparing a programme with its history.
import { spawnSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { decodeText } from './decode.js';
import { UserError } from './errors.js';
import { MAX_SOURCE_BYTES, withinBudget, type SourceFile } from './read.js';
import { words } from '../text/words.js';

export function readRevision(revision: string, file: string): SourceFile {
  if (revision.startsWith('-')) throw new UserError(words('gitRevisionDash', { revision }), words('gitRevisionDash.hint'), 2);
  const folder = dirname(resolve(file));
  const run = (args: string[]) => spawnSync('git', args, { cwd: folder, maxBuffer: MAX_SOURCE_BYTES, encoding: 'buffer' });
  const probe = run(['rev-parse', '--is-inside-work-tree']);
  if (probe.error) {
    const missing = (probe.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(missing ? words('gitMissing') : words('gitCannotRun', { reason: probe.error.message }), words('gitMissing.hint'), 2);
  }
  if (probe.status !== 0) {
    throw new UserError(words('notInGit', { file }), words('notInGit.hint'), 2);
  }
  const verify = run(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if (verify.status !== 0) {
    throw new UserError(words('noSuchRevision', { revision }), words('noSuchRevision.hint'), 2);
  }
  const shown = run(['show', `${revision}:./${basename(file)}`]);
  if (shown.status !== 0) {
    throw new UserError(words('notInRevision', { file, revision }), words('notInRevision.hint', { file }), 2);
  }
  return withinBudget(`${revision}:${file}`, { ...decodeText(shown.stdout), bytes: shown.stdout });
}
