// Writes files so that a reader never sees half a file and a failure never damages the old one:
// write a temporary file beside the target, flush it to disk, read it back, then rename it over the target.
import {
  accessSync, chownSync, closeSync, constants, fsyncSync, linkSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../source/errors.js';
import { words, type Words } from '../text/words.js';

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
  /** Reads the temporary file back and the target before replacing it; node's when absent. */
  readFileSync?: (path: string) => Uint8Array;
  /** Puts a new file in place without ever replacing one (exclusive writes); node's when absent. */
  linkSync?: typeof linkSync;
}

export const nodeWriteSystem: WriteSystem = {
  openSync, writeSync, fsyncSync, closeSync, renameSync, unlinkSync, statSync, chmodSync, readFileSync: (path) => readFileSync(path), linkSync,
};

export interface AtomicWriteOptions {
  /**
   * Called with the temporary file's path and its bytes as read back from disk, after it is written
   * and flushed, before the rename. Throw to abandon the write (the original stays as it was).
   */
  verify?: (tempPath: string, written: Uint8Array) => void;
  /**
   * The target's bytes when the caller read it. If the file on disk differs just before the rename,
   * someone else changed it meanwhile: the write is refused rather than losing their change.
   */
  expectedOriginal?: Uint8Array;
  /** What to suggest when the write fails; the default speaks of output files. */
  failureHint?: Words;
  /** Refuse to replace an existing file, even one created while this one was being written. */
  exclusive?: boolean;
  fs?: WriteSystem;
}

/** Temporary files are dot-files named after the target, so a crash leaves something recognisable. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

function fileKind(path: string): 'missing' | 'file' | 'directory' | 'special' {
  try {
    const stat = statSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'special';
  } catch {
    return 'missing';
  }
}

function writeIntoSpecialFile(path: string, bytes: Uint8Array, target: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_WRONLY);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } catch (error) {
    throw writeError(target, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function writeFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  stageFileAtomic(target, content, options)?.commit();
}

/**
 * A write prepared up to the rename: the temporary file is written, flushed and read back. `commit`
 * checks the target once more and renames; `abandon` removes the temporary file and leaves the target
 * as it was. Between the two the caller may check whether it was interrupted.
 */
export interface StagedWrite {
  readonly temp: string;
  commit(): void;
  abandon(): void;
}

/** Stage a write; undefined when the target is a device or pipe, which was written into at once. */
export function stageFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): StagedWrite | undefined {
  const fs = options.fs ?? nodeWriteSystem;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  // Renaming over a symbolic link would replace the link; write to the file it points to instead.
  let real = target;
  try {
    real = realpathSync(target);
  } catch {
    real = target;
  }
  // A device or pipe (/dev/stdout, /dev/null, a FIFO) is written into, never renamed over: replacing
  // it would put a regular file where the device was.
  const kind = fileKind(real);
  if (kind === 'special') {
    if (options.exclusive) throw alreadyExists(target);
    writeIntoSpecialFile(real, bytes, target);
    return undefined;
  }
  if (kind === 'directory') throw writeError(target, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
  const original = originalFile(target, real, options, fs);
  const temp = temporaryPathFor(real);
  writeTemporary({ target, real, temp, original, options, fs }, bytes);
  let done = false;
  return {
    temp,
    abandon: () => {
      if (done) return;
      done = true;
      removeTemporary(temp, undefined, fs);
    },
    commit: () => {
      if (done) return;
      done = true;
      commitTemporary({ target, real, temp, original, options, fs });
    },
  };
}

interface OriginalFile {
  mode: number;
  uid: number;
  gid: number;
}

/** One staged write: the target as named, the file it resolves to, the temporary file beside it. */
interface Staging {
  target: string;
  real: string;
  temp: string;
  original: OriginalFile | undefined;
  options: AtomicWriteOptions;
  fs: WriteSystem;
}

/** The file being replaced (undefined when new), after the checks an exclusive write or an edit asks for. */
function originalFile(target: string, real: string, options: AtomicWriteOptions, fs: WriteSystem): OriginalFile | undefined {
  let original: OriginalFile | undefined;
  try {
    const stat = fs.statSync(real);
    original = { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid };
  } catch {
    original = undefined;
  }
  if (options.exclusive && original) throw alreadyExists(target);
  if (options.expectedOriginal && !original) {
    throw changedOnDisk(target, 'removed');
  }
  if (options.expectedOriginal && original) refuseUnsafeEdit(target, real, original);
  return original;
}

function removeTemporary(temp: string, fd: number | undefined, fs: WriteSystem): void {
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
}

/** Write, flush and read back the temporary file; on any failure it is removed. */
function writeTemporary(staging: Staging, bytes: Uint8Array): void {
  const { target, temp, original, options, fs } = staging;
  const read = fs.readFileSync ?? ((path: string) => readFileSync(path));
  let fd: number | undefined;
  try {
    // Only the owner can read the temporary file: it may hold a whole itinerary, passports included.
    fd = fs.openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    let offset = 0;
    while (offset < bytes.length) {
      const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
      if (written <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      offset += written;
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (original && original.uid !== currentUid()) keepOwner(target, temp, original);
    const back = read(temp);
    if (!sameBytes(back, bytes)) {
      throw Object.assign(new Error('the file read back differs from what was written'), { code: 'EIO' });
    }
    options.verify?.(temp, back);
  } catch (error) {
    removeTemporary(temp, fd, fs);
    throw writeError(target, error, options.failureHint);
  }
}

/** Check the target once more and put the temporary file in its place; on failure it is removed. */
function commitTemporary(staging: Staging): void {
  const { target, real, temp, original, options, fs } = staging;
  try {
    if (options.expectedOriginal) refuseChangedOriginal(target, real, options.expectedOriginal, fs);
    // Until now only the owner could read it; it takes the original's mode as it takes its place.
    fs.chmodSync(temp, original?.mode ?? newFileMode());
    if (options.exclusive) linkExclusive(target, real, temp, fs);
    else fs.renameSync(temp, real);
  } catch (error) {
    removeTemporary(temp, undefined, fs);
    throw writeError(target, error, options.failureHint);
  }
  syncFolder(dirname(real), fs);
}

/** Someone else changed or removed the file since it was read: refuse rather than lose their change. */
function refuseChangedOriginal(target: string, real: string, expected: Uint8Array, fs: WriteSystem): void {
  const read = fs.readFileSync ?? ((path: string) => readFileSync(path));
  let now: Uint8Array;
  try {
    now = read(real);
  } catch {
    throw changedOnDisk(target, 'removed');
  }
  if (!sameBytes(now, expected)) throw changedOnDisk(target, 'changed');
}

/** Put the new file in place without ever replacing one created meanwhile. */
function linkExclusive(target: string, real: string, temp: string, fs: WriteSystem): void {
  try {
    (fs.linkSync ?? linkSync)(temp, real);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(target);
    throw error;
  }
  try {
    fs.unlinkSync(temp);
  } catch {
    // the new file is in place; a leftover link to it is harmless
  }
}

/** An edit keeps the file's owner and refuses a file its owner protected from writing. */
function refuseUnsafeEdit(target: string, real: string, original: { mode: number; uid: number }): void {
  let writable = (original.mode & 0o222) !== 0;
  if (writable) {
    try {
      accessSync(real, constants.W_OK);
    } catch {
      writable = false;
    }
  }
  if (!writable) {
    throw new UserError(words('readOnly', { target }), words('readOnly.hint'));
  }
}

/** The replacement gets the original's owner and group, or the edit is refused: never a silent change of owner. */
function keepOwner(target: string, temp: string, original: { uid: number; gid: number }): void {
  try {
    chownSync(temp, original.uid, original.gid);
  } catch {
    throw new UserError(words('otherOwner', { target, uid: String(original.uid) }), words('otherOwner.hint'));
  }
}

function currentUid(): number {
  return typeof process.getuid === 'function' ? process.getuid() : -1;
}

/** What a new file gets: read and write for all, less the user's umask (as any program creating a file). */
function newFileMode(): number {
  const mask = process.umask();
  return 0o666 & ~mask;
}

/** Make the rename itself durable. Not every system lets a folder be opened; the data is safe either way. */
function syncFolder(folder: string, fs: WriteSystem): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, constants.O_RDONLY);
    fs.fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // best effort
      }
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
}

function alreadyExists(target: string): UserError {
  return new UserError(words('alreadyExists', { target }), words('alreadyExists.hint'));
}

function changedOnDisk(target: string, how: 'removed' | 'changed'): UserError {
  return new UserError(words('changedOnDisk', { target, how }), words('changedOnDisk.hint'));
}

export function writeError(target: string, error: unknown, hint?: Words): UserError {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = ['ENOSPC', 'EDQUOT', 'EACCES', 'ENOENT', 'EROFS', 'EISDIR', 'EINTR'];
  const reason = code === 'EPERM' ? 'EACCES' : code !== undefined && known.includes(code) ? code : 'other';
  const detail = error instanceof Error ? error.message : String(error);
  return new UserError(words('cannotWrite', { target, reason, detail }), hint ?? words('cannotWrite.hint'));
}

/**
 * Write several files as one set: every file is staged first (written, flushed and read back beside
 * its target), and only when all are staged are they put in place. A failure while staging leaves
 * every target as it was; a failure while putting them in place puts back the files already replaced
 * (and removes those that did not exist), so the folder holds either the previous set or the new one.
 */
export function writeFilesAtomic(files: readonly { path: string; content: string | Uint8Array }[], options: Pick<AtomicWriteOptions, 'fs' | 'failureHint'> = {}): void {
  const fs = options.fs ?? nodeWriteSystem;
  const read = fs.readFileSync ?? ((path: string) => readFileSync(path));
  const staged: { path: string; write: StagedWrite }[] = [];
  try {
    for (const file of files) {
      const write = stageFileAtomic(file.path, file.content, options);
      if (write) staged.push({ path: file.path, write });
    }
  } catch (error) {
    for (const { write } of staged) write.abandon();
    throw error;
  }
  // What each target held before, to put back if a later file cannot be put in place.
  const before = staged.map(({ path }) => {
    try {
      return read(realOrSame(path));
    } catch {
      return undefined;
    }
  });
  let committed = 0;
  try {
    for (const { write } of staged) {
      write.commit();
      committed++;
    }
  } catch (error) {
    for (const { write } of staged.slice(committed + 1)) write.abandon();
    for (let i = committed - 1; i >= 0; i--) restore(realOrSame(staged[i]!.path), before[i], fs);
    throw error;
  }
}

function realOrSame(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Put back what a file held (best effort: the error being reported says what went wrong). */
function restore(path: string, bytes: Uint8Array | undefined, fs: WriteSystem): void {
  try {
    if (bytes === undefined) fs.unlinkSync(path);
    else stageFileAtomic(path, bytes, { fs })?.commit();
  } catch {
    // nothing more can be done here
  }
}
