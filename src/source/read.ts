// Reads an itinerary file from disk and turns its bytes into text, or explains why it cannot.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { UserError } from './errors.js';
import { decodeText, type DecodedText } from './decode.js';
import { countYamlMarks, MAX_YAML_MARKS } from './budget.js';
import { words } from '../text/words.js';

/**
 * Larger files are refused before reading (a forum of 2,000 people and 20,000 events is about 4 MB):
 * with the count of YAML marks (budget.ts), this keeps every command under 1 GB of memory.
 */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

/** A file's text and the bytes it was decoded from (an edit must find the file still holding them). */
export interface SourceFile extends DecodedText {
  bytes: Uint8Array;
}

export function readSourceFile(path: string): SourceFile {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new UserError(words('isFolder', { path }), words('isFolder.hint'));
    }
    if (!stat.isFile()) {
      // A pipe or a device would block or never end; an itinerary is always a plain file.
      throw new UserError(words('notRegularFile', { path, kind: fileKind(stat) }), words('notRegularFile.hint'));
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw ioError(path, error);
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new UserError(words('tooLarge', { path, size: size / 1024 / 1024, limit: MAX_SOURCE_BYTES / 1024 / 1024 }), words('tooLarge.hint'));
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw ioError(path, error);
  }
  return withinBudget(path, { ...decodeText(bytes), bytes });
}

/**
 * The file, or a refusal when its YAML holds more marks than a check can hold within the memory
 * budget: counted before the text is parsed, so that the refusal comes at once.
 */
export function withinBudget(path: string, source: SourceFile): SourceFile {
  if (source.problem) return source;
  const marks = countYamlMarks(source.text);
  if (marks > MAX_YAML_MARKS) throw new UserError(words('tooManyMarks', { path, count: marks, limit: MAX_YAML_MARKS }), words('tooLarge.hint'));
  return source;
}

export function ioError(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new UserError(words('noSuchFile', { path }), words('noSuchFile.hint'));
    case 'EACCES':
    case 'EPERM':
      return new UserError(words('readDenied', { path }), words('readDenied.hint'));
    case 'EISDIR':
      return new UserError(words('isFolder', { path }));
    case 'ENOTDIR':
      return new UserError(words('pathPartNotFolder', { path }));
    case 'ELOOP':
      return new UserError(words('linkLoop', { path }), words('linkLoop.hint'));
    default:
      return new UserError(words('cannotRead', { path, reason: code ?? (error instanceof Error ? error.message : String(error)) }));
  }
}

function fileKind(stat: Stats): string {
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice()) return 'char';
  if (stat.isBlockDevice()) return 'block';
  if (stat.isSocket()) return 'socket';
  return 'other';
}
