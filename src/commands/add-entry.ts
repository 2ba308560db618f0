// The YAML value of a new entry of `delegation add`, built from checked answers: each kind's keys in
// the file's order, a readable id when none was given, and where the entry goes.
import { MOVE_KINDS } from '../model/format.js';
import type { Model, TextValue } from '../model/types.js';
import { UserError } from '../source/errors.js';
import { transliterate } from '../text/transliterate.js';
import { normalizeTime, parseSeating, splitList, textFromParts, type Answers, type EntryKind } from './add-fields.js';
import { eventPlacement, type Placement } from './add-placement.js';
import { isWords, words, type Words } from '../text/words.js';

export interface NewEntry extends Placement {
  value: Record<string, unknown>;
  id: string;
  description: Words;
}

/** The answers read as the types an entry holds; each is undefined when not answered. */
interface AnswerReader {
  str: (name: string) => string | undefined;
  text: (name: string) => TextValue | undefined;
  list: (name: string) => string[] | undefined;
  count: (name: string) => number | undefined;
  upper: (name: string) => string | undefined;
}

function answerReader(answers: Answers, languages: readonly string[]): AnswerReader {
  const str = (name: string) => {
    const v = answers[name];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const text = (name: string) => {
    const v = answers[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v === 'string') return textFromParts([v], languages);
    if (Array.isArray(v)) return textFromParts(v, languages);
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
  return { str, text, list, count, upper: (name) => str(name)?.toUpperCase() };
}

/** An object that takes only the defined values, in the order they are put. */
function entryValue(): { value: Record<string, unknown>; put: (key: string, v: unknown) => void } {
  const value: Record<string, unknown> = {};
  return {
    value,
    put: (key, v) => {
      if (v !== undefined) value[key] = v;
    },
  };
}

/** How the answers of a kind without special cases become its entry: each key, in the file's order, and how it is read. */
const SIMPLE_ENTRIES: Record<'org' | 'person' | 'place', { section: string; noun: string; fields: [string, keyof AnswerReader][] }> = {
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
  const read = answerReader(answers, model.languages);
  const id = entryId(kind, read, model);
  if (kind === 'event') return buildEvent(id, answers, model, read);
  if (kind === 'vehicle') return buildVehicle(id, read);
  const layout = SIMPLE_ENTRIES[kind];
  const { value, put } = entryValue();
  put('id', id);
  for (const [key, how] of layout.fields) put(key, read[how](key));
  return { path: [layout.section], value, id, description: words('entry.simple', { kind, id }) };
}

/** The id given, or one suggested from the name; refused when the collection already has it. */
function entryId(kind: EntryKind, read: AnswerReader, model: Model): string {
  const taken = takenIds(model, kind);
  const fallbackName = kind === 'vehicle' ? `${read.str('kind') ?? 'vehicle'}` : kind;
  const id = read.str('id') ?? suggestId(read.text(kind === 'event' ? 'title' : 'name'), taken, fallbackName);
  if (taken.has(id)) {
    throw new UserError(words('idTaken', { id }), words('idTaken.hint', { suggestion: suggestId(id, taken, id) }), 2);
  }
  return id;
}

function buildVehicle(id: string, read: AnswerReader): NewEntry {
  const { value, put } = entryValue();
  put('id', id);
  put('kind', read.str('kind'));
  put('seats', read.count('seats'));
  put('plate', read.str('plate'));
  const driver = read.text('driver');
  if (driver !== undefined) {
    const d: Record<string, unknown> = { name: driver };
    if (read.str('driver-phone')) d.phone = read.str('driver-phone');
    value.driver = d;
  }
  return { path: ['vehicles'], value, id, description: words('entry.vehicle', { id }) };
}

function buildEvent(id: string, answers: Answers, model: Model, read: AnswerReader): NewEntry {
  const { str, text, list } = read;
  const date = str('date');
  if (!date) throw new UserError(words('eventNeedsDate'), undefined, 2);
  const start = normalizeTime(str('start') ?? '');
  const { value, put } = entryValue();
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
  const seating = eventSeating(answers, read);
  if (seating) value.vehicles = seating;
  else put('vehicles', list('vehicles'));
  const gather = str('gather');
  if (gather) {
    const at = text('gather-at');
    if (at === undefined) throw new UserError(words('gatherNeedsPlace'), undefined, 2);
    value.gather = { time: normalizeTime(gather), at };
  }
  put('responsible', str('responsible'));
  put('dress', text('dress'));
  put('notes', text('notes'));
  const description = words('entry.event', { id, date });
  const { newDay, ...placement } = eventPlacement(model, date, start);
  if (!newDay) return { ...placement, value, id, description };
  return { ...placement, value: { date, events: [value] }, id, description: words('entry.eventNewDay', { id, date }) };
}

/** `--vehicle` answers as a seating mapping, every vehicle of `--vehicles` seated; undefined when none was given. */
function eventSeating(answers: Answers, read: AnswerReader): Record<string, string[]> | undefined {
  const seatingAnswer = answers.vehicle;
  const seatingText = Array.isArray(seatingAnswer) ? seatingAnswer.join(';') : typeof seatingAnswer === 'string' ? seatingAnswer : '';
  const seating = seatingText.trim() ? parseSeating(seatingText) : undefined;
  if (isWords(seating)) throw new UserError(words('flagColon', { flag: '--vehicle', problem: seating }), undefined, 2);
  if (!seating) return undefined;
  const unseated = (read.list('vehicles') ?? []).filter((id) => !(id in seating));
  if (unseated.length > 0) {
    throw new UserError(words('nobodySeated', { vehicles: unseated.join(', ') }), words('nobodySeated.hint', { vehicle: unseated[0]! }), 2);
  }
  return seating;
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

