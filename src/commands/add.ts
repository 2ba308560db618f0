// `delegation add KIND FILE`: builds a new person, organization, place, vehicle or event from answers,
// checks the file with it, and inserts it as one new YAML entry without touching the rest. The
// questions and answers are in `add-fields.ts`, the entry's value in `add-entry.ts`, where it goes
// in `add-placement.ts`.
import { accessSync, constants } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import type { Model } from '../model/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { decodeText } from '../source/decode.js';
import { UserError } from '../source/errors.js';
import type { WriteSystem } from '../io/atomic.js';
import { loadForEdit, newFindings, saveItinerary, type EditableItinerary } from './itinerary-edit.js';
import { loadItinerary } from './itinerary.js';
import type { ConfigChoice } from './config.js';
import type { Answers, EntryKind } from './add-fields.js';
import { buildEntry, type NewEntry } from './add-entry.js';
import { insertAt } from './add-placement.js';
import { words } from '../text/words.js';

/**
 * What would make `add KIND` fail whatever the answers, found before the first question: nothing to
 * refer to yet (no organizations for a person, no places for an event), or a file that cannot be
 * written.
 */
export function checkAddPreconditions(kind: EntryKind, model: Model, file: string): void {
  if (kind === 'person' && model.declared.organizations.length === 0) {
    throw new UserError(words('noOrganizationsYet', { file }), words('addOrgFirst', { file }), 2);
  }
  if (kind === 'event' && model.declared.places.length === 0) {
    throw new UserError(words('noPlacesYet', { file }), words('addPlaceFirst', { file }), 2);
  }
  for (const [path, what] of [[file, 'file'], [dirname(file), 'folder']] as const) {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new UserError(words('addNotWritable', { file, what }), words('addNotWritable.hint'), 2);
    }
  }
}

export interface AddOptions {
  file: string;
  kind: EntryKind;
  answers: Answers;
  /** Write even when warnings are new (errors always refuse). */
  dryRun?: boolean;
  fs?: WriteSystem;
  /** `--config FILE`; by default (and with `--no-config`) the file's own rules only. */
  config?: ConfigChoice;
  /** The file as read when the questions were asked; read now when absent. */
  loaded?: EditableItinerary;
}

export interface AddResult {
  written: boolean;
  entry: NewEntry;
  /** The whole new text (what was, or would be, written). */
  text: string;
  /** Findings the new entry brings: errors refuse the change, warnings are shown. */
  introduced: Diagnostic[];
  errors: number;
  /** Lines of the new text that hold private data: excerpts leave them out. */
  sensitiveLines: ReadonlySet<number>;
  /** The lines the entry adds (1-based first line in the new text): all that `git diff` will show. */
  added: { line: number; lines: string[] };
  /** What the new text must read back as (checked before it replaces the file). */
  expected: unknown;
}

export function addEntry(options: AddOptions): AddResult {
  const loaded = options.loaded ?? loadForEdit(options.file, options.config ?? false);
  const { model } = loaded;
  if (!model) throw new UserError(words('notAnItinerary', { file: options.file }), words('runValidate', { path: options.file }), 1);
  const entry = buildEntry(options.kind, options.answers, model);
  const edited = insertAt(loaded.text, entry, entry.value, options.file);
  const result: AddResult = { written: false, entry, text: edited.text, ...checkEdit(loaded, edited.text, options), added: changedLines(loaded.text, edited.text), expected: edited.expected };
  if (result.errors > 0 || options.dryRun) return result;
  saveItinerary(loaded, edited.text, edited.expected, options.fs);
  result.written = true;
  return result;
}

/** The findings the edited text has and the file as read had not: what the new entry brings. */
function checkEdit(loaded: EditableItinerary, text: string, options: AddOptions): Pick<AddResult, 'introduced' | 'errors' | 'sensitiveLines'> {
  const bytes = Buffer.from(text, 'utf8');
  const after = loadItinerary({ source: { ...decodeText(bytes), bytes }, shown: options.file }, { cwd: dirname(resolvePath(options.file)), config: options.config ?? false }).check;
  const introduced = newFindings(loaded.check.diagnostics, after.diagnostics);
  return { introduced, errors: introduced.filter((d) => d.severity === 'error').length, sensitiveLines: after.sensitiveLines };
}

/** The lines of `after` that replace lines of `before`: common head and tail removed. */
function changedLines(before: string, after: string): { line: number; lines: string[]; removed: string[] } {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { line: start + 1, lines: b.slice(start, endB), removed: a.slice(start, endA) };
}

