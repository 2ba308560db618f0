// Editing an itinerary in place: read it through the one reader, refuse what cannot be edited safely,
// and write it back with the same encoding, BOM and line breaks, atomically, refused when the file
// changed on disk meanwhile or the result would not read back.
import { dirname, resolve } from 'node:path';
import { stageFileAtomic, writeFileAtomic, type AtomicWriteOptions, type WriteSystem } from '../io/atomic.js';
import { withFileLock } from '../io/lock.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { decodeText, type DecodedText } from '../source/decode.js';
import { readsBackAs } from '../source/edit.js';
import { UserError } from '../source/errors.js';
import type { ConfigChoice } from './config.js';
import { findingsInLanguage, loadItinerary, type LoadedItinerary } from './itinerary.js';
import { words } from '../text/words.js';

/** An itinerary read for editing: a file, decoded as UTF-8, that parsed as YAML. */
export type EditableItinerary = LoadedItinerary & { file: string };

/** The language a refusal quotes findings in (`--lang` or the locale) and the `--templates` folder. */
export interface RefusalWords {
  lang?: string;
  templatesDir?: string;
}

export function loadForEdit(path: string, config: ConfigChoice = false, refusal: RefusalWords = {}): EditableItinerary {
  // By default the file's own rules only: an edit adds findings or not, whatever the project's
  // severities; `--config FILE` asks for a configuration's severities instead.
  const loaded = loadItinerary(path, { cwd: dirname(resolve(path)), config });
  const { source, check } = loaded;
  if (source.problem) throw new UserError(words('fileProblem', { path, problem: source.problem.words }), source.problem.hintWords);
  if (source.encoding === 'utf-16le' || source.encoding === 'utf-16be') {
    throw new UserError(words('utf16NotEditable', { path }), words('utf16NotEditable.hint'));
  }
  if (source.lineBreaks === 'mixed') {
    throw new UserError(words('mixedLineEnds', { path }), words('mixedLineEnds.hint'));
  }
  if (!check.model || check.diagnostics.some((d) => d.rule === 'yaml-syntax')) {
    const found = check.diagnostics.find((d) => d.rule === 'yaml-syntax') ?? check.diagnostics[0];
    const first = found && findingsInLanguage([found], refusal.lang, refusal.templatesDir)[0];
    throw new UserError(
      first ? words('notYamlToEditAt', { path, line: first.line, problem: first.message }) : words('notYamlToEdit', { path }),
      words('fixItFirst', { path }),
      1,
    );
  }
  const structural = structuralFindings(check.diagnostics, path, refusal);
  if (structural) {
    throw new UserError(words('structuralToEdit', { path, findings: structural.findings, more: structural.more }), words('fixThemFirst', { path }), 1);
  }
  return { ...loaded, file: path };
}

/**
 * The findings that make `validate` reject a file's structure (schema errors), worded in the
 * refusal's language, one per line as "  FILE:LINE:COL  message", at most five (`more` counts the
 * others); undefined when there are none.
 */
export function structuralFindings(diagnostics: readonly Diagnostic[], label: string, refusal: RefusalWords = {}): { findings: string; more: number } | undefined {
  const structural = diagnostics.filter((d) => (d.rule === 'schema' || d.rule === 'yaml-syntax') && d.severity === 'error');
  if (structural.length === 0) return undefined;
  const shown = findingsInLanguage(structural.slice(0, 5), refusal.lang, refusal.templatesDir).map((d) => `  ${label}:${d.line}:${d.column}  ${d.message}`);
  return { findings: shown.join('\n'), more: Math.max(0, structural.length - 5) };
}

export function saveItinerary(loaded: EditableItinerary, text: string, expected: unknown, fs?: WriteSystem): void {
  writeFileAtomic(loaded.file, encodeLike(loaded.source, text), editWriteOptions(loaded, text, expected, fs));
}

export interface EditSaveOptions {
  fs?: WriteSystem;
  /** Aborted by Ctrl-C or SIGTERM: the edit stops before its rename. */
  signal?: AbortSignal;
  /** Awaited just before the rename (tests hold an edit there to interrupt it). */
  beforeRename?: () => Promise<void>;
}

/**
 * Save an edit under the file's lock: another `delegation` editing the same file waits its turn; the
 * file must still hold what was read; an interrupt before the rename abandons the edit.
 */
export async function saveItineraryEdit(loaded: EditableItinerary, text: string, expected: unknown, options: EditSaveOptions = {}): Promise<void> {
  await withFileLock(loaded.file, async () => {
    const staged = stageFileAtomic(loaded.file, encodeLike(loaded.source, text), editWriteOptions(loaded, text, expected, options.fs));
    if (!staged) return;
    try {
      await options.beforeRename?.();
      // Let a signal that arrived during the write be handled before the point of no return.
      await new Promise((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) throw interrupted(loaded.file, options.signal.reason);
      staged.commit();
    } finally {
      staged.abandon();
    }
  });
}

/** The edit was stopped by a signal before its rename; exit 130 for Ctrl-C, 143 for SIGTERM. */
export function interrupted(path: string, reason: unknown): UserError {
  const signal = reason === 'SIGTERM' ? 'SIGTERM' : 'SIGINT';
  return new UserError(words('editInterrupted', { path, signal: signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM' }), words('editInterrupted.hint'), signal === 'SIGINT' ? 130 : 143);
}

function editWriteOptions(loaded: EditableItinerary, text: string, expected: unknown, fs?: WriteSystem): AtomicWriteOptions {
  return {
    fs,
    expectedOriginal: loaded.source.bytes,
    failureHint: words('editFailed.hint', { path: loaded.file }),
    verify: (_temp, written) => {
      const back = decodeText(written);
      if (back.problem || back.text !== text || !readsBackAs(back.text, expected)) {
        throw new UserError(words('readBackFailed', { path: loaded.file }), words('readBackFailed.hint'));
      }
    },
  };
}

/** Text to bytes the way the original was stored: UTF-8, with the byte order mark if it had one. */
export function encodeLike(decoded: DecodedText, text: string): Uint8Array {
  const body = Buffer.from(decoded.lineBreaks === 'cr' ? text.replace(/\n/g, '\r') : text, 'utf8');
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
