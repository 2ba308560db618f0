// Writes files so that a reader never sees half a file and a failure never damages the old one:
// write a temporary file beside the target, flush it to disk, then rename it over the target.
import { closeSync, constants, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../source/errors.js';

/** File-system calls the writer uses, replaceable in tests to inject failures. */
export interface WriteSystem {
  openSync: typeof openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  unlinkSync: typeof unlinkSync;
  statSync: typeof statSync;
  chmodSync: typeof chmodSync;
}

export const nodeWriteSystem: WriteSystem = { openSync, writeSync, fsyncSync, closeSync, renameSync, unlinkSync, statSync, chmodSync };

export interface AtomicWriteOptions {
  /** Called with the temporary file's path after it is written and flushed, before the rename. */
  verify?: (tempPath: string) => void;
  fs?: WriteSystem;
}

export function writeFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const fs = options.fs ?? nodeWriteSystem;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode ?? 0o644);
    let offset = 0;
    while (offset < bytes.length) {
      const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
      if (written <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      offset += written;
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (mode !== undefined) fs.chmodSync(temp, mode);
    options.verify?.(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the original error says more
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // the temporary file may not exist
    }
    throw writeError(target, error);
  }
}

export function writeError(target: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOSPC' ? 'the disk is full'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ENOENT' ? 'the folder does not exist'
    : code === 'EROFS' ? 'the file system is read-only'
    : code === 'EISDIR' ? 'it is a folder'
    : (error instanceof Error ? error.message : String(error));
  return new UserError(`cannot write ${target}: ${reason}`, 'Nothing was changed. Choose another output path with -o, or fix the folder\'s permissions.');
}
