// Bytes to text: UTF-8 (with or without BOM) and UTF-16 with BOM are accepted; anything else is
// explained, with the likely encoding for the common case of a file saved as Windows-1251.
import type { Words } from '../text/words.js';
import { phraseWords, wordedProblem, type ProblemWording, type SourceWording } from './yaml-words.js';

export interface DecodeProblem {
  message: string;
  hint?: string;
  /** The message and hint as phrases (yaml-words.ts), for the yaml-syntax finding in the report's language. */
  wording: ProblemWording;
  /** The same as a sentence of the label files, for the refusals of the commands that edit or compare. */
  words: Words;
  hintWords?: Words;
  /** Offset in the decoded text (or 0) where the problem is. */
  offset: number;
  line?: number;
  column?: number;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
  /** When set, the bytes are not text we can check; `text` is empty. */
  problem?: DecodeProblem;
  /**
   * Lines ended by CR alone (old Mac files): `text` has LF in their place, so that every reader sees
   * the same lines; 'mixed' when the file also has LF line ends.
   */
  lineBreaks?: 'cr' | 'mixed';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  // LF, CRLF and CR alone are all line ends (YAML says so); one form in the text means one reading.
  if (decoded.problem || !/\r(?!\n)/.test(decoded.text)) return decoded;
  const lineBreaks = decoded.text.includes('\n') ? 'mixed' : 'cr';
  return { ...decoded, text: decoded.text.replace(/\r(?!\n)/g, '\n'), lineBreaks };
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  const wide = wideEncoding(bytes);
  if (wide) {
    const { encoding, order, bom, iconv } = wide;
    return {
      text: '',
      encoding: 'utf-8',
      problem: {
        ...decodeProblem({ id: 'yamlWideEncoding', data: { encoding, order, bom: bom ? 'yes' : 'no' } }, { id: 'yamlResaveHint', data: { iconv } }),
        offset: 0,
        line: 1,
        column: 1,
      },
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(body, nul);
    return {
      text: '',
      encoding: 'utf-8',
      problem: {
        ...decodeProblem({ id: 'yamlBinaryFile' }, { id: 'yamlBinaryFileHint' }),
        offset: 0,
        line,
        column,
      },
    };
  }
  try {
    return { text: utf8.decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    const bad = firstInvalidUtf8(body);
    const { line, column } = positionOfByte(body, bad);
    const cyrillic = looksLikeWindows1251(body);
    const byte = (body[bad] ?? 0).toString(16).padStart(2, '0');
    return {
      text: '',
      encoding: 'utf-8',
      problem: {
        ...(cyrillic
          ? decodeProblem({ id: 'yamlWindows1251' }, { id: 'yamlResaveHint', data: { iconv: 'WINDOWS-1251' } })
          : decodeProblem({ id: 'yamlNotUtf8', data: { byte } }, { id: 'yamlNotUtf8Hint' })),
        offset: 0,
        line,
        column,
      },
    };
  }
}

/** A problem of the bytes in its phrases, the same words for the finding and for a command's refusal. */
function decodeProblem(message: SourceWording, hint: SourceWording): Pick<DecodeProblem, 'message' | 'hint' | 'wording' | 'words' | 'hintWords'> {
  return { ...wordedProblem(message, hint), words: phraseWords(message), hintWords: phraseWords(hint) };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // The second byte's narrower range after these leads (RFC 3629): no overlong form, no surrogate,
    // nothing past U+10FFFF.
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return 0;
}

/** Windows-1251 puts Cyrillic letters at 0xC0–0xFF; text in it is mostly such bytes among ASCII. */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let cyr = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (b >= 0xc0 || b === 0xa8 || b === 0xb8) cyr++;
    }
  }
  return high > 0 && cyr / high > 0.8;
}

function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * UTF-32 (with or without its byte order mark) and UTF-16 without one: text whose ASCII characters
 * come with one or three zero bytes. Named, rather than called binary, so the fix is obvious.
 */
function wideEncoding(bytes: Uint8Array): WideEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { encoding: 'UTF-32', order: 'le', bom: true, iconv: 'UTF-32LE' };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { encoding: 'UTF-32', order: 'be', bom: true, iconv: 'UTF-32BE' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~3);
  if (sample.length < 4 || sample.indexOf(0) === -1) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 4]!++;
  const quarter = sample.length / 4;
  const mostly = (n: number) => n >= quarter * 0.3;
  const rarely = (n: number) => n <= quarter * 0.02;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  if (rarely(z0) && mostly(z1) && mostly(z2) && mostly(z3)) return { encoding: 'UTF-32', order: 'le', bom: false, iconv: 'UTF-32LE' };
  if (mostly(z0) && mostly(z1) && mostly(z2) && rarely(z3)) return { encoding: 'UTF-32', order: 'be', bom: false, iconv: 'UTF-32BE' };
  if (rarely(z0) && rarely(z2) && mostly(z1) && mostly(z3)) return { encoding: 'UTF-16', order: 'le', bom: false, iconv: 'UTF-16LE' };
  if (mostly(z0) && mostly(z2) && rarely(z1) && rarely(z3)) return { encoding: 'UTF-16', order: 'be', bom: false, iconv: 'UTF-16BE' };
  return undefined;
}

/** A wide encoding recognised by its zero bytes: its name, byte order, whether a byte order mark is there, and iconv's name for it. */
interface WideEncoding {
  encoding: 'UTF-16' | 'UTF-32';
  order: 'le' | 'be';
  bom: boolean;
  iconv: string;
}
