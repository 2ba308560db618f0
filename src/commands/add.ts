// `delegation add KIND FILE`: builds a new person, organization, place, vehicle or event from answers,
// checks the file with it, and inserts it as one new YAML entry without touching the rest.
import { accessSync, constants } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { EVENT_KINDS, MOVE_KINDS, ORGANIZATION_KINDS, ORGANIZATION_SIDES, PLACE_KINDS, REST_SELECTOR, ROLES, VEHICLE_KINDS } from '../model/format.js';
import { textIn } from '../model/text.js';
import { calendarDateProblem, dateOfDayNumber, dayNumber } from '../model/time.js';
import { isValidTimeZone, zoneProblem } from '../model/zones.js';
import type { Model, TextValue } from '../model/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { decodeText } from '../source/decode.js';
import { EditError, insertSequenceItem, type YamlPath } from '../source/edit.js';
import { UserError } from '../source/errors.js';
import type { WriteSystem } from '../io/atomic.js';
import { loadForEdit, newFindings, saveItinerary, type EditableItinerary } from './itinerary-edit.js';
import { loadItinerary } from './itinerary.js';
import { END_TIME, ID, TIME } from '../model/patterns.js';
import { transliterate } from '../text/transliterate.js';
import type { ConfigChoice } from './config.js';

export const ENTRY_KINDS = ['person', 'org', 'place', 'vehicle', 'event'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The top-level keys in the order the format recommends; a new section goes where it belongs. */
export const TOP_LEVEL_ORDER = ['format', 'visit', 'organizations', 'people', 'groups', 'places', 'travel', 'vehicles', 'agreements', 'days'] as const;

export type FieldType = 'id' | 'text' | 'choice' | 'ref' | 'refs' | 'selectors' | 'time' | 'end-time' | 'date' | 'count' | 'string' | 'zone' | 'languages' | 'seating';

/** One answer the user gives: the same descriptor drives the command-line flag and the prompt. */
export interface Field {
  /** Name of the answer and of the flag (`--driver-phone`). */
  name: string;
  type: FieldType;
  label: string;
  required?: boolean;
  choices?: readonly string[];
  /** For ref/refs: which collection the ids come from. */
  from?: 'organizations' | 'people' | 'places' | 'vehicles' | 'agreements' | 'days';
  /** Asked only when this returns true for the answers so far. */
  when?: (answers: Answers) => boolean;
  /** `when` in words, for the flag's help. */
  condition?: string;
  example?: string;
}

export type Answers = Record<string, string | string[] | TextValue | number | undefined>;

const isMove = (a: Answers) => (MOVE_KINDS as readonly string[]).includes(String(a.kind));

export const FIELDS: Record<EntryKind, Field[]> = {
  org: [
    { name: 'name', type: 'text', label: 'Name', required: true },
    { name: 'id', type: 'id', label: 'Id', required: true },
    { name: 'side', type: 'choice', label: 'Side', choices: ORGANIZATION_SIDES, required: true },
    { name: 'kind', type: 'choice', label: 'Kind', choices: ORGANIZATION_KINDS, required: true },
    { name: 'city', type: 'text', label: 'City' },
    { name: 'country', type: 'string', label: 'Country (ISO code, e.g. RU, CN)', example: 'RU' },
  ],
  person: [
    { name: 'name', type: 'text', label: 'Name', required: true },
    { name: 'id', type: 'id', label: 'Id', required: true },
    { name: 'org', type: 'ref', from: 'organizations', label: 'Organization', required: true },
    { name: 'role', type: 'choice', label: 'Role', choices: ROLES, required: true },
    { name: 'position', type: 'text', label: 'Position' },
    { name: 'precedence', type: 'count', label: 'Precedence (1 = highest)' },
    { name: 'languages', type: 'languages', label: 'Languages spoken (e.g. ru,en)' },
    { name: 'phone', type: 'string', label: 'Phone (+ and digits)', example: '+7 900 000-00-00' },
    { name: 'email', type: 'string', label: 'E-mail' },
  ],
  place: [
    { name: 'name', type: 'text', label: 'Name', required: true },
    { name: 'id', type: 'id', label: 'Id', required: true },
    { name: 'kind', type: 'choice', label: 'Kind', choices: PLACE_KINDS, required: true },
    { name: 'city', type: 'text', label: 'City' },
    { name: 'address', type: 'text', label: 'Address' },
    { name: 'timezone', type: 'zone', label: 'Time zone (when not the visit\'s)' },
    { name: 'capacity', type: 'count', label: 'Capacity (people)' },
    { name: 'phone', type: 'string', label: 'Phone' },
  ],
  vehicle: [
    { name: 'kind', type: 'choice', label: 'Kind', choices: VEHICLE_KINDS, required: true },
    { name: 'id', type: 'id', label: 'Id', required: true },
    { name: 'seats', type: 'count', label: 'Passenger seats (driver excluded)', required: true },
    { name: 'plate', type: 'string', label: 'Plate number' },
    { name: 'driver', type: 'text', label: 'Driver\'s name' },
    { name: 'driver-phone', type: 'string', label: 'Driver\'s phone', when: (a) => a.driver !== undefined, condition: 'with --driver' },
  ],
  event: [
    { name: 'date', type: 'date', from: 'days', label: 'Day of the visit', required: true },
    { name: 'title', type: 'text', label: 'Title', required: true },
    { name: 'id', type: 'id', label: 'Id', required: true },
    { name: 'kind', type: 'choice', label: 'Kind', choices: EVENT_KINDS, required: true },
    { name: 'start', type: 'time', label: 'Start (HH:MM)', required: true, example: '09:30' },
    { name: 'end', type: 'end-time', label: 'End (HH:MM, +1 for the next day)', required: true, example: '11:00' },
    { name: 'place', type: 'ref', from: 'places', label: 'Place', required: true, when: (a) => !isMove(a), condition: 'required, except for flights and transfers' },
    { name: 'from', type: 'ref', from: 'places', label: 'From', required: true, when: isMove, condition: 'required for flights and transfers' },
    { name: 'to', type: 'ref', from: 'places', label: 'To', required: true, when: isMove, condition: 'required for flights and transfers' },
    { name: 'flight', type: 'string', label: 'Flight or train number', when: (a) => a.kind === 'flight' || a.kind === 'arrival' || a.kind === 'departure', condition: 'flights, arrivals and departures' },
    { name: 'attendees', type: 'selectors', label: 'Attendees', required: true, example: 'all,org:host-gov' },
    { name: 'agreements', type: 'refs', from: 'agreements', label: 'Agreements signed', required: true, when: (a) => a.kind === 'signing', condition: 'required for signings' },
    { name: 'vehicles', type: 'refs', from: 'vehicles', label: 'Vehicles' },
    {
      name: 'vehicle',
      type: 'seating',
      label: 'Who rides in which vehicle: vehicle=selectors (rest = everyone not seated elsewhere); separate vehicles with ";"',
      example: 'gov-car=rudenya,aide-1',
      when: (a) => a.vehicle !== undefined || (Array.isArray(a.vehicles) ? a.vehicles.length > 0 : typeof a.vehicles === 'string' && a.vehicles.trim() !== ''),
      condition: 'repeat per vehicle: --vehicle gov-car=rudenya,aide-1 --vehicle bus-1=rest',
    },
    { name: 'gather', type: 'time', label: 'Gathering time (HH:MM)' },
    { name: 'gather-at', type: 'text', label: 'Gathering point', required: true, when: (a) => a.gather !== undefined, condition: 'required with --gather' },
    { name: 'responsible', type: 'ref', from: 'people', label: 'Officer in charge' },
    { name: 'dress', type: 'text', label: 'Dress code' },
    { name: 'notes', type: 'text', label: 'Notes' },
  ],
};


/** Checks one typed answer; returns a message for the user, or undefined when it is fine. */
export function checkAnswer(field: Field, value: string, model?: Model): string | undefined {
  const v = value.trim();
  if (v === '') return field.required ? `${field.label} is required` : undefined;
  switch (field.type) {
    case 'id':
      if (!ID.test(v)) return 'an id uses lower-case Latin letters, digits and dashes, e.g. "tver-gov"';
      return undefined;
    case 'time':
      return TIME.test(normalizeTime(v)) ? undefined : 'a time is HH:MM, 24-hour, e.g. 09:30';
    case 'end-time':
      return END_TIME.test(normalizeTime(v)) ? undefined : 'a time is HH:MM, 24-hour; add +1 for the next day, e.g. 01:10+1';
    case 'date':
      return calendarDateProblem(v);
    case 'count':
      return /^\d+$/.test(v) ? undefined : 'a whole number, e.g. 12';
    case 'zone':
      return isValidTimeZone(v) ? undefined : zoneProblem(v);
    case 'languages':
      return v.split(/[\s,]+/).every((l) => /^[a-z]{2}$/.test(l)) ? undefined : 'two-letter language codes, separated by commas: ru,en,zh';
    case 'ref':
    case 'refs':
      if (model && field.from && field.from !== 'days') {
        const known = new Set(model.declared[field.from].map((e) => e.id));
        const missing = splitList(v).filter((id) => !known.has(id));
        if (missing.length > 0) return `not in the file: ${missing.join(', ')}`;
      }
      return undefined;
    case 'seating':
      return checkSeating(v, model);
    case 'selectors':
      if (model) {
        const missing = splitList(v).filter((s) => !model.selectorExists(s));
        if (missing.length > 0) return `not in the file: ${missing.join(', ')} (use a person id, all, org:<id>, role:<role> or group:<id>)`;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * `gov-car=rudenya,aide-1; bus-1=rest` as a seating mapping (vehicle id → selectors), or a message
 * for the user when it is not one.
 */
export function parseSeating(value: string): Record<string, string[]> | string {
  const seating: Record<string, string[]> = {};
  for (const part of value.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([^=\s]+)\s*=\s*(.*)$/.exec(part);
    if (!m) return `"${part}": write the vehicle id, "=" and who rides in it, e.g. gov-car=rudenya,aide-1 or bus-1=rest`;
    const selectors = splitList(m[2]!);
    if (selectors.length === 0) return `"${part}": name who rides in ${m[1]}, e.g. ${m[1]}=rest`;
    seating[m[1]!] = [...(seating[m[1]!] ?? []), ...selectors];
  }
  return seating;
}

function checkSeating(value: string, model?: Model): string | undefined {
  const seating = parseSeating(value);
  if (typeof seating === 'string') return seating;
  if (!model) return undefined;
  const vehicles = new Set(model.declared.vehicles.map((v) => v.id));
  const unknownVehicles = Object.keys(seating).filter((id) => !vehicles.has(id));
  if (unknownVehicles.length > 0) return `no such vehicle in the file: ${unknownVehicles.join(', ')}`;
  const missing = Object.values(seating).flat().filter((s) => s !== REST_SELECTOR && !model.selectorExists(s));
  if (missing.length > 0) return `not in the file: ${missing.join(', ')} (use a person id, all, rest, org:<id>, role:<role> or group:<id>)`;
  return undefined;
}

/**
 * What would make `add KIND` fail whatever the answers, found before the first question: nothing to
 * refer to yet (no organizations for a person, no places for an event), or a file that cannot be
 * written.
 */
export function checkAddPreconditions(kind: EntryKind, model: Model, file: string): void {
  if (kind === 'person' && model.declared.organizations.length === 0) {
    throw new UserError(`${file} has no organizations yet: a person belongs to one`, `Add one first: delegation add org ${file}`, 2);
  }
  if (kind === 'event' && model.declared.places.length === 0) {
    throw new UserError(`${file} has no places yet: an event takes place somewhere`, `Add one first: delegation add place ${file}`, 2);
  }
  for (const [path, what] of [[file, 'the file'], [dirname(file), 'its folder']] as const) {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new UserError(`cannot write ${file}: ${what} is not writable`, 'Nothing was asked and nothing was written. Check the permissions, or work on a copy.', 2);
    }
  }
}

/** YYYY-MM-DD and a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return dateOfDayNumber(dayNumber(value)) === value;
}

/** "9:30" is accepted as typed and written as "09:30". */
export function normalizeTime(value: string): string {
  const m = /^(\d):(\d\d)(\+1)?$/.exec(value.trim());
  return m ? `0${m[1]}:${m[2]}${m[3] ?? ''}` : value.trim();
}

export function splitList(value: string): string[] {
  return value.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
}

/**
 * A Text from answers: `ru=Тверь` style entries, or a plain string in the first language.
 * One language stays a plain string; several become a `{ ru: …, en: … }` map in the visit's order.
 */
export function textFromParts(parts: readonly string[], languages: readonly string[]): TextValue | undefined {
  const map = new Map<string, string>();
  // One text without a language: a plain string, which the format reads as the first language.
  if (parts.length === 1 && !/^[a-z]{2}\s*=/.test(parts[0]!)) return parts[0]!.trim() || undefined;
  for (const part of parts) {
    const m = /^([a-z]{2})\s*=\s*([\s\S]*)$/.exec(part);
    const lang = m ? m[1]! : languages[0] ?? 'en';
    const text = (m ? m[2]! : part).trim();
    if (text !== '') map.set(lang, text);
  }
  if (map.size === 0) return undefined;
  const first = languages[0];
  if (map.size === 1 && first !== undefined && map.has(first) && languages.length === 1) return map.get(first)!;
  const ordered: Record<string, string> = {};
  for (const lang of languages) if (map.has(lang)) ordered[lang] = map.get(lang)!;
  for (const [lang, text] of map) if (!(lang in ordered)) ordered[lang] = text;
  return ordered;
}

/** A readable id from a name: its Latin variant, else transliterated Cyrillic; unique in `taken`. */
export function suggestId(name: TextValue | undefined, taken: ReadonlySet<string>, fallback: string): string {
  const variants = name === undefined ? [] : typeof name === 'string' ? [name] : [name.en, ...Object.values(name)].filter((v): v is string => !!v);
  let base = '';
  for (const variant of variants) {
    base = slug(transliterate(variant).toLowerCase());
    if (base) break;
  }
  if (!base) base = fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 4)
    .join('-');
}

/** Ids already used in the collection an entry of `kind` goes into. */
export function takenIds(model: Model, kind: EntryKind): Set<string> {
  const collection = kind === 'person' ? 'people' : kind === 'org' ? 'organizations' : kind === 'place' ? 'places' : kind === 'vehicle' ? 'vehicles' : 'events';
  return new Set(model.declared[collection].map((e) => e.id));
}

/** Every date of the visit, for choosing an event's day. */
export function visitDates(model: Model): string[] {
  const dates = new Set(model.days.map((d) => d.date));
  const visit = model.visit;
  if (visit) for (let d = dayNumber(visit.from); d <= dayNumber(visit.to) && dates.size < 400; d++) dates.add(dateOfDayNumber(d));
  return [...dates].sort();
}

export interface NewEntry {
  /** Where it goes: the sequence and the position in it. */
  path: YamlPath;
  index?: number;
  value: Record<string, unknown>;
  id: string;
  description: string;
}

/** How the answers of a kind without special cases become its entry: each key, in the file's order, and how it is read. */
const SIMPLE_ENTRIES: Record<'org' | 'person' | 'place', { section: string; noun: string; fields: [string, 'str' | 'text' | 'list' | 'count' | 'upper'][] }> = {
  org: { section: 'organizations', noun: 'organization', fields: [['name', 'text'], ['side', 'str'], ['kind', 'str'], ['city', 'text'], ['country', 'upper']] },
  person: {
    section: 'people',
    noun: 'person',
    fields: [['name', 'text'], ['org', 'str'], ['role', 'str'], ['position', 'text'], ['precedence', 'count'], ['languages', 'list'], ['phone', 'str'], ['email', 'str']],
  },
  place: {
    section: 'places',
    noun: 'place',
    fields: [['name', 'text'], ['kind', 'str'], ['city', 'text'], ['address', 'text'], ['timezone', 'str'], ['capacity', 'count'], ['phone', 'str']],
  },
};

/** Turn answers into the YAML value of a new entry and say where it goes. Answers are already checked one by one. */
export function buildEntry(kind: EntryKind, answers: Answers, model: Model): NewEntry {
  const str = (name: string) => {
    const v = answers[name];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const text = (name: string) => {
    const v = answers[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v === 'string') return textFromParts([v], model.languages);
    if (Array.isArray(v)) return textFromParts(v, model.languages);
    return v as TextValue;
  };
  const list = (name: string) => {
    const v = answers[name];
    const items = Array.isArray(v) ? v.flatMap((s) => splitList(String(s))) : typeof v === 'string' ? splitList(v) : [];
    return items.length > 0 ? items : undefined;
  };
  const count = (name: string) => {
    const v = answers[name];
    if (v === undefined || v === '') return undefined;
    return typeof v === 'number' ? v : Number(String(v).trim());
  };
  const value: Record<string, unknown> = {};
  const put = (key: string, v: unknown) => {
    if (v !== undefined) value[key] = v;
  };
  const taken = takenIds(model, kind);
  const fallbackName = kind === 'vehicle' ? `${str('kind') ?? 'vehicle'}` : kind;
  const id = str('id') ?? suggestId(text(kind === 'event' ? 'title' : 'name'), taken, fallbackName);
  if (taken.has(id)) {
    throw new UserError(`the id "${id}" is already used in this file`, `Choose another with --id, e.g. --id ${suggestId(id, taken, id)}`, 2);
  }
  const layout = kind === 'org' || kind === 'person' || kind === 'place' ? SIMPLE_ENTRIES[kind] : undefined;
  if (layout) {
    const read = { str, text, list, count, upper: (name: string) => str(name)?.toUpperCase() };
    put('id', id);
    for (const [key, how] of layout.fields) put(key, read[how](key));
    return { path: [layout.section], value, id, description: `${layout.noun} ${id}` };
  }
  if (kind === 'event') return buildEvent(id, answers, model, { str, text, list, put, value });
  put('id', id);
  put('kind', str('kind'));
  put('seats', count('seats'));
  put('plate', str('plate'));
  const driver = text('driver');
  if (driver !== undefined) {
    const d: Record<string, unknown> = { name: driver };
    if (str('driver-phone')) d.phone = str('driver-phone');
    value.driver = d;
  }
  return { path: ['vehicles'], value, id, description: `vehicle ${id}` };
}

function buildEvent(
  id: string,
  answers: Answers,
  model: Model,
  h: {
    str: (n: string) => string | undefined;
    text: (n: string) => TextValue | undefined;
    list: (n: string) => string[] | undefined;
    put: (k: string, v: unknown) => void;
    value: Record<string, unknown>;
  },
): NewEntry {
  const { str, text, list, put, value } = h;
  const date = str('date');
  if (!date) throw new UserError('an event needs a day: --date YYYY-MM-DD', undefined, 2);
  const start = normalizeTime(str('start') ?? '');
  put('id', id);
  put('start', start || undefined);
  put('end', str('end') ? normalizeTime(str('end')!) : undefined);
  put('title', text('title'));
  put('kind', str('kind'));
  const move = (MOVE_KINDS as readonly string[]).includes(str('kind') ?? '');
  if (move) {
    put('from', str('from'));
    put('to', str('to'));
  } else {
    put('place', str('place'));
  }
  put('flight', str('flight'));
  put('attendees', list('attendees'));
  put('agreements', list('agreements'));
  const seatingAnswer = answers.vehicle;
  const seatingText = Array.isArray(seatingAnswer) ? seatingAnswer.join(';') : typeof seatingAnswer === 'string' ? seatingAnswer : '';
  const seating = seatingText.trim() ? parseSeating(seatingText) : undefined;
  if (typeof seating === 'string') throw new UserError(`--vehicle: ${seating}`, undefined, 2);
  if (seating) {
    const unseated = (list('vehicles') ?? []).filter((id) => !(id in seating));
    if (unseated.length > 0) {
      throw new UserError(`no one is seated in ${unseated.join(', ')}`, `Say who rides in each vehicle: --vehicle ${unseated[0]}=rest (or leave it out of --vehicles).`, 2);
    }
    value.vehicles = seating;
  } else {
    put('vehicles', list('vehicles'));
  }
  const gather = str('gather');
  if (gather) {
    const at = text('gather-at');
    if (at === undefined) throw new UserError('a gathering time needs a place: add --gather-at "Hotel lobby"', undefined, 2);
    value.gather = { time: normalizeTime(gather), at };
  }
  put('responsible', str('responsible'));
  put('dress', text('dress'));
  put('notes', text('notes'));
  const dayIndex = model.days.findIndex((d) => d.date === date);
  const description = `event ${id} on ${date}`;
  if (dayIndex !== -1) {
    const day = model.days[dayIndex]!;
    // Keep the day in time order: before the first event that starts later.
    const later = day.events.findIndex((e) => e.start > start);
    const rawIndex = later === -1 ? undefined : indexInDay(day.events[later]!.path);
    return { path: [...day.path, 'events'], index: rawIndex, value, id, description };
  }
  const after = model.days.filter((d) => d.date < date).length;
  const next = model.days[after];
  const index = next ? (next.path[1] as number) : undefined;
  return { path: ['days'], index, value: { date, events: [value] }, id, description: `${description} (a new day)` };
}

function indexInDay(path: readonly (string | number)[]): number {
  return path[path.length - 1] as number;
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
  if (!model) throw new UserError(`${options.file} cannot be read as an itinerary`, `Run: delegation validate ${options.file}`, 1);
  const entry = buildEntry(options.kind, options.answers, model);
  let edited;
  try {
    edited = insertSequenceItem(loaded.text, entry.path, entry.value, { index: entry.index, keyOrder: TOP_LEVEL_ORDER });
  } catch (error) {
    if (error instanceof EditError) throw new UserError(`${options.file}: ${error.message}`, undefined, 2);
    throw error;
  }
  const bytes = Buffer.from(edited.text, 'utf8');
  const after = loadItinerary({ source: { ...decodeText(bytes), bytes }, shown: options.file }, { cwd: dirname(resolvePath(options.file)), config: options.config ?? false }).check;
  const introduced = newFindings(loaded.check.diagnostics, after.diagnostics);
  const errors = introduced.filter((d) => d.severity === 'error').length;
  const result: AddResult = { written: false, entry, text: edited.text, introduced, errors, sensitiveLines: after.sensitiveLines, added: changedLines(loaded.text, edited.text), expected: edited.expected };
  if (errors > 0 || options.dryRun) return result;
  saveItinerary(loaded, edited.text, edited.expected, options.fs);
  result.written = true;
  return result;
}

/** The lines of `after` that replace lines of `before`: common head and tail removed. */
export function changedLines(before: string, after: string): { line: number; lines: string[]; removed: string[] } {
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

/** Names for choices: "tver-gov — Правительство Тверской области". */
export function choiceLabel(id: string, name: TextValue | undefined, lang: string): string {
  const shown = textIn(name, lang);
  return shown && shown !== id ? `${id} — ${shown}` : id;
}
