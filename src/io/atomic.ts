// Writes files so that a reader never sees half a file and a failure never damages the old one:
// write a temporary file beside the target, flush it to disk, read it back, then rename it over the target.
import {
  accessSync, chownSync, closeSync, constants, fsyncSync, linkSync, lstatSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync, type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../source/errors.js';
import { words, type Words } from '../text/words.js';
import { writeTargetOf, type PathLookup } from './real-path.js';

/** File-system calls the writer uses (with the look-ups that follow a linked target), replaceable in tests to inject failures. */
export interface WriteSystem extends PathLookup {
  openSync: typeof openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  unlinkSync: typeof unlinkSync;
  chmodSync: typeof chmodSync;
  /** Reads the temporary file back and the target before replacing it; node's when absent. */
  readFileSync?: (path: string) => Uint8Array;
  /** Puts a new file in place without ever replacing one (exclusive writes); node's when absent. */
  linkSync?: typeof linkSync;
}

export const nodeWriteSystem: WriteSystem = {
  openSync, writeSync, fsyncSync, closeSync, renameSync, unlinkSync, statSync, chmodSync, readFileSync: (path) => readFileSync(path), linkSync,
  lstatSync, realpathSync: (path) => realpathSync(path),
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

/** How a staged write is done. */
interface StagingOptions extends AtomicWriteOptions {
  /** Flush the temporary file to disk before it is read back (default); false for a generated set (see `writeFilesAtomic`). */
  flush?: boolean;
}

/** Temporary files are dot-files named after the target, so a crash leaves something recognisable. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomHex()}.tmp`);
}

/** Twelve random hex digits; random bytes are drawn a few thousand at a time (a set has thousands of files). */
let randomPool = Buffer.alloc(0);
let randomAt = 0;
function randomHex(): string {
  if (randomAt + 6 > randomPool.length) {
    randomPool = randomBytes(6 * 1024);
    randomAt = 0;
  }
  randomAt += 6;
  return randomPool.toString('hex', randomAt - 6, randomAt);
}

function fileKind(stat: Stats | undefined): 'missing' | 'file' | 'directory' | 'special' {
  if (!stat) return 'missing';
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'special';
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
  /** The file put in place (the target, or the file its link points to). */
  readonly real: string;
  /** There was a file there before. */
  readonly replaces: boolean;
  /** Rename the temporary file into place; then flush the folder, unless the caller does it once for many files. */
  commit(options?: { syncFolder?: boolean }): void;
  abandon(): void;
}

/** Stage a write; undefined when the target is a device or pipe, which was written into at once. */
export function stageFileAtomic(target: string, content: string | Uint8Array, options: StagingOptions = {}): StagedWrite | undefined {
  const fs = options.fs ?? nodeWriteSystem;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  // Renaming over a symbolic link would replace the link; write to the file it points to instead.
  const { real, stat } = writeTargetOf(target, fs);
  // A device or pipe (/dev/stdout, /dev/null, a FIFO) is written into, never renamed over: replacing
  // it would put a regular file where the device was.
  const kind = fileKind(stat);
  if (kind === 'special') {
    if (options.exclusive) throw alreadyExists(target);
    writeIntoSpecialFile(real, bytes, target);
    return undefined;
  }
  if (kind === 'directory') throw writeError(target, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
  const original = originalFile(target, real, stat, options);
  const temp = temporaryPathFor(real);
  writeTemporary({ target, real, temp, original, options, fs }, bytes);
  let done = false;
  return {
    temp,
    real,
    replaces: original !== undefined,
    abandon: () => {
      if (done) return;
      done = true;
      removeTemporary(temp, undefined, fs);
    },
    commit: ({ syncFolder: sync = true } = {}) => {
      if (done) return;
      done = true;
      commitTemporary({ target, real, temp, original, options, fs });
      if (sync) syncFolder(dirname(real), fs);
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
  options: StagingOptions;
  fs: WriteSystem;
}

/** The file being replaced (undefined when new), after the checks an exclusive write or an edit asks for. */
function originalFile(target: string, real: string, stat: Stats | undefined, options: AtomicWriteOptions): OriginalFile | undefined {
  const original: OriginalFile | undefined = stat ? { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid } : undefined;
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
  // A file of a generated set, not flushed and handed to no `verify`, is read back through the
  // descriptor it was written with, into a buffer used again for the next file: the same check
  // without opening the file a second time (thousands of files).
  const readInPlace = options.flush === false && options.verify === undefined && (fs.readFileSync === undefined || fs.readFileSync === nodeWriteSystem.readFileSync);
  let fd: number | undefined;
  try {
    // Only the owner can read the temporary file: it may hold a whole itinerary, passports included.
    fd = fs.openSync(temp, (readInPlace ? constants.O_RDWR : constants.O_WRONLY) | constants.O_CREAT | constants.O_EXCL, 0o600);
    let offset = 0;
    while (offset < bytes.length) {
      const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
      if (written <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      offset += written;
    }
    if (options.flush !== false) fs.fsyncSync(fd);
    const backInPlace = readInPlace ? readWhole(fd, bytes.length) : undefined;
    fs.closeSync(fd);
    fd = undefined;
    if (original && original.uid !== currentUid()) keepOwner(target, temp, original);
    const back = backInPlace ?? read(temp);
    if (!sameBytes(back, bytes)) {
      throw Object.assign(new Error('the file read back differs from what was written'), { code: 'EIO' });
    }
    options.verify?.(temp, back);
  } catch (error) {
    removeTemporary(temp, fd, fs);
    throw writeError(target, error, options.failureHint);
  }
}

/** A buffer for reading files back, grown as needed and used again. */
let readBuffer = Buffer.alloc(64 * 1024);

/**
 * The open file `fd` read from its start into the shared buffer (valid until the next call): all of it,
 * or `expected` bytes and one more when it is longer, which is enough to tell it differs.
 */
function readWhole(fd: number, expected: number): Uint8Array {
  if (readBuffer.length < expected + 1) readBuffer = Buffer.alloc(Math.max(expected + 1, readBuffer.length * 2));
  let length = 0;
  while (length <= expected) {
    const got = readSync(fd, readBuffer, length, expected + 1 - length, length);
    if (got === 0) break;
    length += got;
  }
  return readBuffer.subarray(0, length);
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
let umask: number | undefined;
function newFileMode(): number {
  umask ??= process.umask();
  return 0o666 & ~umask;
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

/** A file's bytes or text, or a function that makes them when the file is written (called once). */
export type FileContent = string | Uint8Array | (() => string | Uint8Array);

/**
 * Write several files as one set, a set the command can generate again (day sheets, pages, calendars):
 * every file is staged first (written and read back beside its target), and only when all are staged
 * are they put in place, then each folder is flushed to disk once. A failure while staging leaves every
 * target as it was; a failure while putting them in place puts back the files already replaced (and
 * removes those that did not exist), so the folder holds either the previous set or the new one.
 * It runs to the end without yielding: an interrupt is handled once the set is in place.
 *
 * Unlike `writeFileAtomic`, the files are not each flushed to disk before they take their place: for
 * thousands of files that was most of a command's time. A reader still never sees half a file, and a
 * failure still leaves the previous set; what is given up is only that, after a power cut in the
 * seconds that follow, some files of the set may be empty until it is generated again.
 */
export function writeFilesAtomic(files: readonly { path: string; content: FileContent }[], options: Pick<AtomicWriteOptions, 'fs' | 'failureHint'> = {}): void {
  const fs = options.fs ?? nodeWriteSystem;
  const read = fs.readFileSync ?? ((path: string) => readFileSync(path));
  const staged: { path: string; write: StagedWrite }[] = [];
  try {
    for (const file of files) {
      const content = typeof file.content === 'function' ? file.content() : file.content;
      const write = stageFileAtomic(file.path, content, { ...options, flush: false });
      if (write) staged.push({ path: file.path, write });
    }
  } catch (error) {
    for (const { write } of staged) write.abandon();
    throw error;
  }
  // What each replaced target held before, to put back if a later file cannot be put in place.
  const before = staged.map(({ write }) => {
    if (!write.replaces) return undefined;
    try {
      return read(write.real);
    } catch {
      return undefined;
    }
  });
  let committed = 0;
  try {
    for (const { write } of staged) {
      write.commit({ syncFolder: false });
      committed++;
    }
  } catch (error) {
    for (const { write } of staged.slice(committed + 1)) write.abandon();
    for (let i = committed - 1; i >= 0; i--) restore(staged[i]!.write.real, before[i], fs);
    throw error;
  }
  // Make the renames durable: each folder once, not once per file.
  for (const folder of new Set(staged.map(({ write }) => dirname(write.real)))) syncFolder(folder, fs);
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
