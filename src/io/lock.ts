// An advisory lock around an edit of a file: a lock file created exclusively beside it, holding the
// process id and the time. Two `delegation add` (or `init`) runs on one file take turns instead of one silently
// losing the other's entry. A lock whose process is gone, or that is older than any edit takes, is
// stale: it is removed (with the temporary file its edit left) and taken over.
import { closeSync, openSync, readFileSync, readdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../source/errors.js';
import { words } from '../text/words.js';
import { realPathOf } from './real-path.js';

export interface LockOptions {
  /** How long to wait for another edit to finish before refusing. */
  waitMs?: number;
  /** A lock older than this is stale whatever its process. */
  staleMs?: number;
}

const DEFAULT_WAIT_MS = 60_000;
const DEFAULT_STALE_MS = 10 * 60_000;
const POLL_MS = 25;

/** Locks this process holds, so that an edit inside a locked section does not wait for itself. */
const held = new Set<string>();

export function lockPathFor(target: string): string {
  // A file not made yet (`init`): its folder's real path, so that every name of it meets one lock.
  const real = realPathOf(target, { missing: 'folder' });
  return join(dirname(real), `.${basename(real)}.lock`);
}

/** Run `task` holding the lock of `target`; the lock is released however the task ends. */
export async function withFileLock<T>(target: string, task: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const path = lockPathFor(target);
  if (held.has(path)) return task();
  if (!(await acquire(target, path, options))) return task();
  held.add(path);
  try {
    return await task();
  } finally {
    held.delete(path);
    release(path);
  }
}

/** Take the lock; false when no lock file can be made there (the edit itself then says why it fails). */
async function acquire(target: string, path: string, options: LockOptions): Promise<boolean> {
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS);
  const stamp = `${process.pid} ${Date.now()} ${hostname()}\n`;
  for (;;) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, stamp);
      } finally {
        closeSync(fd);
      }
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No lock can be made here (a missing or read-only folder): the edit's own steps say why it fails.
      if (code !== 'EEXIST') return false;
    }
    const holder = readHolder(path);
    if (holder === undefined) continue; // released meanwhile
    if (isStale(holder, options.staleMs ?? DEFAULT_STALE_MS)) {
      removeStale(path, holder.text);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new UserError(words('locked', { target, pid: String(holder.pid) }), words('locked.hint', { path }), 2);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

interface Holder {
  text: string;
  pid: number;
  since: number;
  host: string;
}

function readHolder(path: string): Holder | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const [pid, since, host] = text.trim().split(/\s+/);
    const mtime = statSync(path).mtimeMs;
    // A lock file caught between its creation and its first write is young and has no process yet.
    return { text, pid: Number(pid) || 0, since: Number(since) || mtime, host: host ?? '' };
  } catch {
    return undefined;
  }
}

function isStale(holder: Holder, staleMs: number): boolean {
  if (Date.now() - holder.since > staleMs) return true;
  if (holder.pid === 0) return Date.now() - holder.since > 5_000;
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** A dead edit's lock, and the temporary files it may have left beside the target (they can hold passports). */
function removeStale(path: string, staleText: string): void {
  try {
    // Another process may have replaced the stale lock with its own meanwhile: leave that one alone.
    if (readFileSync(path, 'utf8') !== staleText) return;
    unlinkSync(path);
  } catch {
    // another process removed it first
  }
  const folder = dirname(path);
  const name = basename(path).replace(/^\./, '').replace(/\.lock$/, '');
  const leftover = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]{12}\\.tmp$`);
  try {
    for (const entry of readdirSync(folder)) if (leftover.test(entry)) unlinkSync(join(folder, entry));
  } catch {
    // best effort: the target is still safe
  }
}

function release(path: string): void {
  try {
    const holder = readFileSync(path, 'utf8').split(/\s+/)[0];
    if (Number(holder) === process.pid) unlinkSync(path);
  } catch {
    // already gone
  }
}
