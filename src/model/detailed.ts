// The detailed check of the format: the zod schemas (src/model/schema.ts) for a unit of the file that
// failed the shape check (src/model/shape-check.ts). It says what is wrong, in the format's words, and
// keeps what can be kept of the unit. The command loads it (and zod) only for a file that needs it.
import type { z } from 'zod';
import type { DocPath } from '../diagnostics/types.js';
import {
  COLLECTION_SCHEMAS, COMMA_SPLIT_MESSAGE, DayShell, Event as EventSchema, ItineraryShell, knownKeysOf, Visit as VisitSchema,
  INFINITY_NOTE, NOT_A_NUMBER_NOTE, TOO_LARGE_NOTE,
  type DayHeaderData, type EventData, type VisitData,
} from './schema.js';
import { nearest } from './suggest.js';
import { wordingOf, type Wording } from './wording.js';
import type { Collection, RejectedEntry, SchemaIssue } from './types.js';

type Raw = Record<string, unknown>;
/** While collecting: what is needed to merge a misspelt key with the "missing" finding it causes. */
type PendingIssue = SchemaIssue & { suggestion?: string; missing?: boolean };

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The top level without its entries: its issues go to `issues`. */
export function detailedShell(issues: SchemaIssue[], raw: unknown): void {
  collect(issues, ItineraryShell.safeParse(raw), [], raw);
}

/** The visit, or undefined with its issues in `issues`. */
export function detailedVisit(issues: SchemaIssue[], raw: unknown): VisitData | undefined {
  const parsed = VisitSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  collect(issues, parsed, ['visit'], raw);
  return undefined;
}

export type CollectionKey = keyof typeof COLLECTION_SCHEMAS;

/** An entry of a collection: its data (whole, or what can be kept of it), or what is known of a rejected one. */
export function detailedEntry<K extends CollectionKey>(
  issues: SchemaIssue[], key: K, collection: Collection | undefined, item: unknown, path: DocPath,
): { data?: z.infer<(typeof COLLECTION_SCHEMAS)[K]>; rejected?: RejectedEntry } {
  const schema = COLLECTION_SCHEMAS[key] as z.ZodType;
  const parsed = schema.safeParse(item);
  if (parsed.success) return { data: parsed.data as z.infer<(typeof COLLECTION_SCHEMAS)[K]> };
  collect(issues, parsed, path, item);
  const salvaged = salvage(schema, item, parsed.error);
  if (salvaged) return { data: salvaged as z.infer<(typeof COLLECTION_SCHEMAS)[K]> };
  return collection ? { rejected: rejectedEntry(collection, schema, item, path) } : {};
}

/** A day's header (its events are checked one by one), or undefined. */
export function detailedDay(issues: SchemaIssue[], raw: unknown, path: DocPath): (DayHeaderData & { events: unknown[] }) | undefined {
  const shell = DayShell.safeParse(raw);
  if (shell.success) return shell.data;
  collect(issues, shell, path, raw);
  // A day with a fault in a field it can do without (a misspelt title key) keeps its events.
  return shell.error ? salvage(DayShell, raw, shell.error) : undefined;
}

/** An event's data (whole, or what can be kept of it), or what is known of a rejected one. */
export function detailedEvent(issues: SchemaIssue[], raw: unknown, path: DocPath): { data?: EventData; rejected?: RejectedEntry } {
  const parsed = EventSchema.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  collect(issues, parsed, path, raw);
  const data = salvage(EventSchema, raw, parsed.error);
  return data ? { data } : { rejected: rejectedEntry('events', EventSchema, raw, path) };
}

/**
 * An entry whose only faults are in fields it can do without (a bad passport date, a misspelt
 * optional key) is kept without those fields: the schema rule reports them once, and the other rules
 * still see the person or event instead of reporting everything that refers to it.
 */
function salvage<T>(schema: z.ZodType<T>, item: unknown, error: z.ZodError): T | undefined {
  if (!isObject(item)) return undefined;
  const copy: Raw = { ...item };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) delete copy[key];
    const field = issue.path[0];
    if (typeof field === 'string') delete copy[field];
  }
  const retry = schema.safeParse(copy);
  return retry.success ? retry.data : undefined;
}

/** An entry kept by id with the fields that are valid on their own, when it cannot be kept whole. */
function rejectedEntry(collection: Collection, schema: z.ZodType, item: unknown, path: DocPath): RejectedEntry {
  const fields: Raw = {};
  const shape = 'shape' in schema ? (schema.shape as Record<string, z.ZodType>) : {};
  if (isObject(item)) {
    for (const [key, value] of Object.entries(item)) if (shape[key]?.safeParse(value).success) fields[key] = value;
  }
  return { collection, path, id: isObject(item) && typeof item.id === 'string' ? item.id : undefined, fields };
}

/** The hint of a missing field (the schema rule's `addFieldHint`). */
const ADD_FIELD_HINT = 'Add the field; see docs/format.md for what it holds.';

/** Turn zod's issues into schema findings with paths into the document. */
function collect(all: SchemaIssue[], result: { success: boolean; error?: z.ZodError }, base: DocPath, input: unknown): void {
  if (result.success || !result.error) return;
  const out: PendingIssue[] = [];
  for (const issue of result.error.issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    const at = valueAt(input, issue.path as (string | number)[]);
    const known = issue.code === 'unrecognized_keys' && typeof at === 'object' && at !== null ? knownKeysOf(at) : undefined;
    if (known && issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = nearest(key, known);
        out.push({
          path: [...path, key],
          atKey: true,
          suggestion,
          code: 'unknown-key',
          message: `unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          hint: suggestion ? `Rename it to ${suggestion}.` : `Known keys here: ${known.join(', ')}.`,
          data: { key, suggestion: suggestion ?? 'none', known: known.join(', ') },
          hintId: suggestion ? 'renameHint' : 'knownKeysHint',
        });
      }
      continue;
    }
    const plain = plainMessage(issue);
    let message = plain.message;
    let hint: string | undefined;
    const wording = plain.wording;
    let hintWording: Wording | undefined;
    // A field the input lacks. A type check says what the field holds (our message, not zod's default);
    // a check of the whole entry (a field its kind requires) says it all.
    if (isAbsent(input, issue.path as (string | number)[]) && message === issue.message) {
      const field = path[path.length - 1];
      const whole = issue.code === 'custom';
      // A message that says itself what is missing ("missing "format": write …") is not prefixed again.
      const complete = whole || message.startsWith('missing ');
      if (!complete) message = typeof field === 'string' ? `missing "${field}": ${message}` : `missing ${message}`;
      hint = ADD_FIELD_HINT;
      // What the field holds becomes "missing …"; a whole message stays as it was worded.
      let missingWording: Wording | undefined;
      if (wording?.id === 'what' && !whole) {
        missingWording = typeof field === 'string' ? { id: 'schemaMissingField', data: { field, ...wording.data } } : { id: 'schemaMissingItem', data: wording.data };
      } else if (wording && wording.id !== 'what' && complete) missingWording = wording;
      out.push({ path, code: 'missing', message, hint, hintId: 'addFieldHint', missing: !whole, ...(missingWording ? { wording: missingWording } : {}) });
      continue;
    } else if (message.startsWith(COMMA_SPLIT_MESSAGE)) {
      hint = 'Put the whole value in quotes, e.g. { ru: "Тверь, Советская улица, 10" }.';
      hintWording = { id: 'schemaCommaSplitHint', data: {} };
    } else if (message.includes('must be written in quotes')) {
      hint = `Put the value in double quotes, e.g. ${quotedExample(path)}.`;
      hintWording = { id: 'schemaQuoteHint', data: { example: quotedExample(path) } };
    } else if (message.includes(NOT_A_NUMBER_NOTE) || message.includes(INFINITY_NOTE)) {
      hint = 'YAML reads .nan and .inf as special numbers: write an ordinary number, or put text in quotes.';
      hintWording = { id: 'schemaSpecialNumberHint', data: {} };
    } else if (message.includes(TOO_LARGE_NOTE)) {
      hint = 'Write a smaller number; a code or number to be printed as written goes in quotes, e.g. "123456789012345678901".';
      hintWording = { id: 'schemaTooLargeHint', data: {} };
    } else if (message.includes('is required for') || message.includes(' needs ')) {
      hint = ADD_FIELD_HINT;
    }
    out.push({
      path, code: 'invalid', message, hint,
      ...(hint === ADD_FIELD_HINT ? { hintId: 'addFieldHint' } : {}),
      ...(wording && wording.id !== 'what' ? { wording } : {}),
      ...(hintWording ? { hintWording } : {}),
    });
  }
  // A misspelt required key ("atendees") is one mistake: keep "did you mean attendees", drop "missing attendees".
  const renamed = new Set(out.filter((i) => i.atKey && i.suggestion).map((i) => JSON.stringify([...i.path.slice(0, -1), i.suggestion])));
  for (const issue of out) {
    if (issue.missing && renamed.has(JSON.stringify(issue.path))) continue;
    delete issue.suggestion;
    delete issue.missing;
    all.push(issue);
  }
}

/** The value at `path` inside `input`; undefined when the path leads nowhere. */
function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** Does the input lack the key the path ends in (its parent being there)? The whole input counts when the path is empty. */
function isAbsent(input: unknown, path: readonly (string | number)[]): boolean {
  if (path.length === 0) return input === undefined;
  const parent = valueAt(input, path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) return parent === undefined;
  return !Object.hasOwn(parent, path[path.length - 1]!);
}

/**
 * zod's own texts ("Too small: expected number to be >=1", "Invalid input") for a check that has no
 * message of ours, said in plain words (a schema phrase, so that a report words them in its language).
 */
export function plainMessage(issue: z.core.$ZodIssue): { message: string; wording?: Wording } {
  if (!/^(Too small|Too big|Invalid input)\b/.test(issue.message)) {
    const wording = wordingOf(issue);
    return wording ? { message: issue.message, wording } : { message: issue.message };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const limit = Number(small ? issue.minimum : issue.maximum);
    const inclusive = issue.inclusive === true;
    const bound = small ? (inclusive ? 'min' : 'above') : inclusive ? 'max' : 'below';
    const words = small ? (inclusive ? `${limit} or more` : `more than ${limit}`) : inclusive ? `${limit} or less` : `less than ${limit}`;
    if (issue.origin === 'array' || issue.origin === 'set') return { message: `expected a list of ${words} entries`, wording: { id: 'schemaListBound', data: { bound, limit } } };
    if (issue.origin === 'string') return { message: `expected a text of ${words} characters`, wording: { id: 'schemaTextBound', data: { bound, limit } } };
    return { message: `expected a number, ${words}`, wording: { id: 'schemaNumberBound', data: { bound, limit } } };
  }
  return { message: 'this value is not one the format allows here', wording: { id: 'schemaNotAllowed', data: {} } };
}

function quotedExample(path: DocPath): string {
  const field = path[path.length - 1];
  if (field === 'phone') return 'phone: "+7 900 000-00-01"';
  if (field === 'inn') return 'inn: "6902008908"';
  if (field === 'number') return 'number: "751234567"';
  return '"6902008908"';
}
