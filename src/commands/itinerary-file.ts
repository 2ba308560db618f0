// Reading an itinerary for an edit and writing it back: same encoding, BOM and line breaks, written
// atomically, refused when the file changed on disk meanwhile or the result would not read back.
import { readFileSync } from 'node:fs';
import { writeFileAtomic, type WriteSystem } from '../io/atomic.js';
import { checkSource, type CheckOptions, type CheckResult } from '../engine/check.js';
import { configLookup, type ConfigChoice } from './config.js';
import { decodeText, type DecodedText } from '../source/decode.js';
import { readsBackAs } from '../source/edit.js';
import { UserError } from '../source/errors.js';
import { ioError, readSourceFile } from '../source/read.js';
import type { Diagnostic } from '../diagnostics/types.js';

export interface LoadedItinerary {
  path: string;
  /** The bytes as read: the file must still hold them when the edit is written. */
  bytes: Uint8Array;
  decoded: DecodedText;
  text: string;
  check: CheckResult;
  /** The configuration's check options, for checking the edited text the same way. */
  checkOptions: CheckOptions;
}

/** Reads a file to edit it; with `config`, its findings follow delegation.config.yaml as validate's do. */
export function loadItinerary(path: string, config?: { choice: ConfigChoice; cwd: string }): LoadedItinerary {
  const decoded = readSourceFile(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw ioError(path, error);
  }
  if (decoded.problem) throw new UserError(`${path}: ${decoded.problem.message}`, decoded.problem.hint);
  if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
    throw new UserError(`${path} is saved as UTF-16; it can be read but not edited`, 'Re-save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8).');
  }
  // Reading twice could see two versions of a file being saved; insist on one.
  if (decodeText(bytes).text !== decoded.text) throw new UserError(`${path} changed while it was being read`, 'Run the command again.');
  const options = config ? configLookup(config.choice, config.cwd)(path).check : {};
  const check = checkSource(decoded, options);
  if (!check.model || check.diagnostics.some((d) => d.rule === 'yaml-syntax')) {
    const first = check.diagnostics.find((d) => d.rule === 'yaml-syntax') ?? check.diagnostics[0];
    throw new UserError(
      `${path} is not valid YAML${first ? ` (line ${first.line}: ${first.message})` : ''}; it cannot be edited safely`,
      `Fix it first: delegation validate ${path}`,
      1,
    );
  }
  return { path, bytes, decoded, text: decoded.text, check, checkOptions: options };
}

export function saveItinerary(loaded: LoadedItinerary, text: string, expected: unknown, fs?: WriteSystem): void {
  const bytes = encodeLike(loaded.decoded, text);
  writeFileAtomic(loaded.path, bytes, {
    fs,
    expectedOriginal: loaded.bytes,
    failureHint: `Nothing was changed: ${loaded.path} is as it was.`,
    verify: (_temp, written) => {
      const back = decodeText(written);
      if (back.problem || back.text !== text || !readsBackAs(back.text, expected)) {
        throw new UserError(`${loaded.path} was not written: the new text did not read back as intended`, 'Nothing was changed. This is a bug in delegation; please report it.');
      }
    },
  });
}

/** Text to bytes the way the original was stored: UTF-8, with the byte order mark if it had one. */
export function encodeLike(decoded: DecodedText, text: string): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  return decoded.encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** Findings of `after` that `before` did not have (matched by rule and message, as lines move). */
export function newFindings(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>();
  for (const d of before) {
    const key = `${d.rule}\u0000${d.severity}\u0000${d.message}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const fresh: Diagnostic[] = [];
  for (const d of after) {
    const key = `${d.rule}\u0000${d.severity}\u0000${d.message}`;
    const count = seen.get(key) ?? 0;
    if (count > 0) seen.set(key, count - 1);
    else fresh.push(d);
  }
  return fresh;
}
