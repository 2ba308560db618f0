// Reads an itinerary file from disk and turns its bytes into text, or explains why it cannot.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { UserError } from './errors.js';
import { decodeText, type DecodedText } from './decode.js';

/** Larger files are refused before reading: a forum of 2,000 people and 20,000 events is about 4 MB. */
export const MAX_SOURCE_BYTES = 32 * 1024 * 1024;

/** A file's text and the bytes it was decoded from (an edit must find the file still holding them). */
export interface SourceFile extends DecodedText {
  bytes: Uint8Array;
}

export function readSourceFile(path: string): SourceFile {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new UserError(`${path} is a folder, not a file`, 'Name an itinerary file (.yaml), or pass the folder to `validate`, which reads every .yaml file in it.');
    }
    if (!stat.isFile()) {
      // A pipe or a device would block or never end; an itinerary is always a plain file.
      throw new UserError(`${path} is not a regular file: it is ${fileKind(stat)}`, 'Name an itinerary file (.yaml) saved on disk.');
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw ioError(path, error);
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new UserError(
      `${path} is too large to be an itinerary: ${(size / 1024 / 1024).toFixed(1)} MB, the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
      'Is this the right file? A programme of thousands of people and events is a few megabytes.',
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw ioError(path, error);
  }
  return { ...decodeText(bytes), bytes };
}

export function ioError(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new UserError(`${path}: no such file or folder`, 'Check the path; run `ls` in the folder to see the file names.');
    case 'EACCES':
    case 'EPERM':
      return new UserError(`${path}: permission denied`, 'Check the file permissions (`ls -l`), or run as a user who may read it.');
    case 'EISDIR':
      return new UserError(`${path} is a folder, not a file`);
    case 'ENOTDIR':
      return new UserError(`${path}: a part of the path is not a folder`);
    case 'ELOOP':
      return new UserError(`${path}: the symbolic link leads round in a loop (or through too many links)`, 'Point the link at the itinerary file itself (`ls -l` shows where it leads), or remove it.');
    default:
      return new UserError(`${path}: cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
}

function fileKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a plain file';
}
