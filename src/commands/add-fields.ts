// The questions of `delegation add`: which answers each kind of entry takes (one descriptor drives the
// command-line flag and the prompt), and how one typed answer is checked and read.
import { EVENT_KINDS, MOVE_KINDS, ORGANIZATION_KINDS, ORGANIZATION_SIDES, PLACE_KINDS, REST_SELECTOR, ROLES, VEHICLE_KINDS } from '../model/format.js';
import { textIn } from '../model/text.js';
import { calendarDateFault, dateOfDayNumber, dayNumber } from '../model/time.js';
import { isValidTimeZone, suggestTimeZone } from '../model/zones.js';
import type { Model, TextValue } from '../model/types.js';
import { END_TIME, ID, TIME } from '../model/patterns.js';
import { isWords, words, type Words } from '../text/words.js';

export const ENTRY_KINDS = ['person', 'org', 'place', 'vehicle', 'event'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

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
export function checkAnswer(field: Field, value: string, model?: Model): Words | undefined {
  const v = value.trim();
  if (v === '') return field.required ? words('answer.required') : undefined;
  switch (field.type) {
    case 'id':
      if (!ID.test(v)) return words('answer.id');
      return undefined;
    case 'time':
      return TIME.test(normalizeTime(v)) ? undefined : words('answer.time');
    case 'end-time':
      return END_TIME.test(normalizeTime(v)) ? undefined : words('answer.endTime');
    case 'date':
      return dateProblem(v);
    case 'count':
      return /^\d+$/.test(v) ? undefined : words('answer.count');
    case 'zone':
      return isValidTimeZone(v) ? undefined : zoneAnswerProblem(v);
    case 'languages':
      return v.split(/[\s,]+/).every((l) => /^[a-z]{2}$/.test(l)) ? undefined : words('answer.languages');
    case 'ref':
    case 'refs':
      if (model && field.from && field.from !== 'days') {
        const known = new Set(model.declared[field.from].map((e) => e.id));
        const missing = splitList(v).filter((id) => !known.has(id));
        if (missing.length > 0) return words('answer.notInFile', { ids: missing.join(', ') });
      }
      return undefined;
    case 'seating':
      return checkSeating(v, model);
    case 'selectors':
      if (model) {
        const missing = splitList(v).filter((s) => !model.selectorExists(s));
        if (missing.length > 0) return words('answer.selectorsNotInFile', { ids: missing.join(', ') });
      }
      return undefined;
    default:
      return undefined;
  }
}

/** What is wrong with a typed date (YYYY-MM-DD, a day that exists), or undefined. */
export function dateProblem(value: string): Words | undefined {
  const fault = calendarDateFault(value);
  if (!fault) return undefined;
  if (fault.kind === 'form') return words('answer.notADate');
  if (fault.kind === 'month') return words('answer.noSuchMonth', { value, month: fault.month });
  return words('answer.noSuchDate', { value, day: fault.day, month: `m${fault.month}`, monthNumber: fault.month, year: fault.year, days: fault.days });
}

/** A time zone that IANA does not know, with the nearest one that it does. */
export function zoneAnswerProblem(value: string): Words {
  const suggestion = suggestTimeZone(value);
  return words('answer.zone', { value, hasSuggestion: suggestion ? 'yes' : 'no', suggestion: suggestion ?? '' });
}

/**
 * `gov-car=rudenya,aide-1; bus-1=rest` as a seating mapping (vehicle id → selectors), or a message
 * for the user when it is not one.
 */
export function parseSeating(value: string): Record<string, string[]> | Words {
  const seating: Record<string, string[]> = {};
  for (const part of value.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([^=\s]+)\s*=\s*(.*)$/.exec(part);
    if (!m) return words('answer.seatingForm', { part });
    const selectors = splitList(m[2]!);
    if (selectors.length === 0) return words('answer.seatingNobody', { part, vehicle: m[1]! });
    seating[m[1]!] = [...(seating[m[1]!] ?? []), ...selectors];
  }
  return seating;
}

function checkSeating(value: string, model?: Model): Words | undefined {
  const seating = parseSeating(value);
  if (isWords(seating)) return seating;
  if (!model) return undefined;
  const vehicles = new Set(model.declared.vehicles.map((v) => v.id));
  const unknownVehicles = Object.keys(seating).filter((id) => !vehicles.has(id));
  if (unknownVehicles.length > 0) return words('answer.noSuchVehicle', { ids: unknownVehicles.join(', ') });
  const missing = Object.values(seating).flat().filter((s) => s !== REST_SELECTOR && !model.selectorExists(s));
  if (missing.length > 0) return words('answer.seatedNotInFile', { ids: missing.join(', ') });
  return undefined;
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

/** Every date of the visit, for choosing an event's day. */
export function visitDates(model: Model): string[] {
  const dates = new Set(model.days.map((d) => d.date));
  const visit = model.visit;
  if (visit) for (let d = dayNumber(visit.from); d <= dayNumber(visit.to) && dates.size < 400; d++) dates.add(dateOfDayNumber(d));
  return [...dates].sort();
}

/** Names for choices: "tver-gov — Правительство Тверской области". */
export function choiceLabel(id: string, name: TextValue | undefined, lang: string): string {
  const shown = textIn(name, lang);
  return shown && shown !== id ? `${id} — ${shown}` : id;
}
