// Editing an itinerary in place: read it through the one reader, refuse what cannot be edited safely,
// and write it back with the same encoding, BOM and line breaks, atomically, refused when the file
// changed on disk meanwhile or the result would not read back.
import { dirname, resolve } from 'node:path';
import { writeFileAtomic, type WriteSystem } from '../io/atomic.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { decodeText, type DecodedText } from '../source/decode.js';
import { readsBackAs } from '../source/edit.js';
import { UserError } from '../source/errors.js';
import { loadItinerary, type LoadedItinerary } from './itinerary.js';

/** An itinerary read for editing: a file, decoded as UTF-8, that parsed as YAML. */
export type EditableItinerary = LoadedItinerary & { file: string };

export function loadForEdit(path: string): EditableItinerary {
  // The file's own rules only: an edit adds findings or not, whatever the project's severities.
  const loaded = loadItinerary(path, { cwd: dirname(resolve(path)), config: false });
  const { source, check } = loaded;
  if (source.problem) throw new UserError(`${path}: ${source.problem.message}`, source.problem.hint);
  if (source.encoding === 'utf-16le' || source.encoding === 'utf-16be') {
    throw new UserError(`${path} is saved as UTF-16; it can be read but not edited`, 'Re-save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8).');
  }
  if (!check.model || check.diagnostics.some((d) => d.rule === 'yaml-syntax')) {
    const first = check.diagnostics.find((d) => d.rule === 'yaml-syntax') ?? check.diagnostics[0];
    throw new UserError(
      `${path} is not valid YAML${first ? ` (line ${first.line}: ${first.message})` : ''}; it cannot be edited safely`,
      `Fix it first: delegation validate ${path}`,
      1,
    );
  }
  return { ...loaded, file: path };
}

export function saveItinerary(loaded: EditableItinerary, text: string, expected: unknown, fs?: WriteSystem): void {
  const bytes = encodeLike(loaded.source, text);
  writeFileAtomic(loaded.file, bytes, {
    fs,
    expectedOriginal: loaded.source.bytes,
    failureHint: `Nothing was changed: ${loaded.file} is as it was.`,
    verify: (_temp, written) => {
      const back = decodeText(written);
      if (back.problem || back.text !== text || !readsBackAs(back.text, expected)) {
        throw new UserError(`${loaded.file} was not written: the new text did not read back as intended`, 'Nothing was changed. This is a bug in delegation; please report it.');
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
