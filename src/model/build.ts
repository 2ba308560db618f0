// Builds the typed model from the parsed YAML value: each entry is checked against its schema on its
// own, so one malformed entry does not hide the rest of the file from the other rules.
import type { z } from 'zod';
import type { DocPath } from '../diagnostics/types.js';
import {
  COLLECTION_SCHEMAS, COMMA_SPLIT_MESSAGE, DayShell, Event as EventSchema, ItineraryShell, MOVE_KINDS, knownKeysOf, Visit as VisitSchema,
  INFINITY_NOTE, NOT_A_NUMBER_NOTE, TOO_LARGE_NOTE,
  type EventData,
} from './schema.js';
import { zoneAtOdds } from './place-zone.js';
import { resolveSeating } from './seating.js';
import { nearest } from './suggest.js';
import { isValidTimeZone, localToInstant } from './time.js';
import type {
  Agreement, Collection, Day, Group, ItineraryEvent, Model, Organization, Person, Place, RejectedEntry, SchemaIssue, TravelEntry, Vehicle, Visit,
} from './types.js';

type Raw = Record<string, unknown>;
/** While collecting: what is needed to merge a misspelt key with the "missing" finding it causes. */
type PendingIssue = SchemaIssue & { suggestion?: string; missing?: boolean };

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

export function buildModel(raw: unknown): Model {
  const root: Raw = isObject(raw) ? raw : {};
  const found: Found = {
    issues: checkShell(raw),
    declared: { organizations: [], people: [], groups: [], places: [], vehicles: [], agreements: [], events: [] },
    rejected: [],
  };
  const visit = buildVisit(root, found.issues);
  const organizations = buildEntries(root, 'organizations', 'organizations', found) as Organization[];
  const rawPeople = buildEntries(root, 'people', 'people', found);
  const groups = buildEntries(root, 'groups', 'groups', found) as Group[];
  const places = buildEntries(root, 'places', 'places', found) as Place[];
  const travel = buildEntries(root, 'travel', undefined, found) as TravelEntry[];
  const vehicles = buildEntries(root, 'vehicles', 'vehicles', found) as Vehicle[];
  const agreements = buildEntries(root, 'agreements', 'agreements', found) as Agreement[];

  const byId: Model['byId'] = {
    organizations: indexById(organizations),
    people: new Map(),
    groups: indexById(groups),
    places: indexById(places),
    vehicles: indexById(vehicles),
    agreements: indexById(agreements),
    events: new Map(),
  };
  const people: Person[] = rawPeople.map((data) => {
    const organization = byId.organizations.get(data.org);
    return { ...data, organization, side: organization?.side };
  });
  byId.people = indexById(people);
  const { days, events } = buildDays(root, found);
  byId.events = indexById(events);

  const model: Model = {
    visit,
    languages: visit?.languages ?? ['ru'],
    organizations, people, groups, places, travel, vehicles, agreements, days, events,
    byId,
    declared: found.declared,
    rejected: found.rejected,
    schemaIssues: found.issues,
    resolveSelector: () => [],
    selectorExists: () => false,
  };
  attachSelectors(model);
  for (const event of events) resolveEvent(model, event);
  return model;
}

/** What building gathers besides the entries: schema issues, every id written, the entries left out. */
interface Found {
  issues: SchemaIssue[];
  declared: Model['declared'];
  rejected: RejectedEntry[];
}

/** The issues of the file as a whole: empty, not a mapping, or top-level keys missing, unknown or of the wrong shape. */
function checkShell(raw: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (raw === null || raw === undefined) {
    issues.push({ path: [], code: 'missing', message: 'the file is empty', hint: 'An itinerary starts with `format: delegation/1`, then visit, organizations, people, places and days. `delegation init` writes a skeleton.' });
  } else if (!isObject(raw)) {
    issues.push({ path: [], code: 'invalid', message: `expected a mapping with format, visit, organizations, people, places and days; the file holds ${Array.isArray(raw) ? 'a list' : 'a single value'}` });
  } else {
    collect(issues, ItineraryShell.safeParse(raw), [], raw);
  }
  return issues;
}

function buildVisit(root: Raw, issues: SchemaIssue[]): Visit | undefined {
  if (root.visit === undefined) return undefined;
  const parsed = VisitSchema.safeParse(root.visit);
  if (parsed.success) return { ...parsed.data, path: ['visit'] };
  collect(issues, parsed, ['visit'], root.visit);
  return undefined;
}

/** Each entry of one top-level list, checked on its own: well-formed or salvaged entries, in order. */
function buildEntries<K extends keyof typeof COLLECTION_SCHEMAS>(root: Raw, key: K, collection: Collection | undefined, found: Found) {
  const list = Array.isArray(root[key]) ? (root[key] as unknown[]) : [];
  const out: (z.infer<(typeof COLLECTION_SCHEMAS)[K]> & { path: DocPath })[] = [];
  list.forEach((written, index) => {
    const path: DocPath = [key, index];
    let item = written;
    if (collection && isObject(item) && typeof item.id === 'string') found.declared[collection].push({ id: item.id, path: [...path, 'id'] });
    // An unquoted INN is inn-checksum's finding (it owns every malformed INN), not a schema error.
    const innUnquoted = key === 'organizations' && isObject(item) && typeof item.inn === 'number';
    if (innUnquoted) item = { ...(item as Raw), inn: String((item as Raw).inn) };
    const extra = innUnquoted ? { innUnquoted } : {};
    const parsed = COLLECTION_SCHEMAS[key].safeParse(item);
    if (parsed.success) {
      out.push({ ...(parsed.data as z.infer<(typeof COLLECTION_SCHEMAS)[K]>), ...extra, path });
      return;
    }
    collect(found.issues, parsed, path, item);
    const salvaged = salvage(COLLECTION_SCHEMAS[key] as z.ZodType, item, parsed.error);
    if (salvaged) out.push({ ...(salvaged as z.infer<(typeof COLLECTION_SCHEMAS)[K]>), ...extra, path });
    else if (collection) found.rejected.push(rejectedEntry(collection, COLLECTION_SCHEMAS[key] as z.ZodType, item, path));
  });
  return out;
}

/** The days and their events; a day whose header cannot be salvaged keeps no events. */
function buildDays(root: Raw, found: Found): { days: Day[]; events: ItineraryEvent[] } {
  const days: Day[] = [];
  const events: ItineraryEvent[] = [];
  const rawDays = Array.isArray(root.days) ? root.days : [];
  rawDays.forEach((rawDay, dayIndex) => {
    const path: DocPath = ['days', dayIndex];
    const shell = DayShell.safeParse(rawDay);
    const rawEvents = isObject(rawDay) && Array.isArray(rawDay.events) ? rawDay.events : [];
    let day: Day | undefined;
    if (!shell.success) collect(found.issues, shell, path, rawDay);
    // A day with a fault in a field it can do without (a misspelt title key) keeps its events.
    const header = shell.success ? shell.data : shell.error ? salvage(DayShell, rawDay, shell.error) : undefined;
    if (header) {
      const { events: _events, ...fields } = header;
      day = { ...fields, path, index: days.length, events: [] };
      days.push(day);
    }
    rawEvents.forEach((rawEvent, eventIndex) => {
      const event = buildEvent(rawEvent, [...path, 'events', eventIndex], day, found);
      if (event) events.push(event);
    });
  });
  return { days, events };
}

/** One event of a day, added to the day's events; undefined when it cannot be salvaged or its day was not. */
function buildEvent(rawEvent: unknown, eventPath: DocPath, day: Day | undefined, found: Found): ItineraryEvent | undefined {
  if (isObject(rawEvent) && typeof rawEvent.id === 'string') found.declared.events.push({ id: rawEvent.id, path: [...eventPath, 'id'] });
  const parsed = EventSchema.safeParse(rawEvent);
  let data: EventData | undefined = parsed.success ? parsed.data : undefined;
  if (!parsed.success) {
    collect(found.issues, parsed, eventPath, rawEvent);
    data = salvage(EventSchema, rawEvent, parsed.error);
    if (!data) found.rejected.push({ ...rejectedEntry('events', EventSchema, rawEvent, eventPath), ...(day ? { date: day.date } : {}) });
  }
  if (!day || !data) return undefined;
  const event = makeEvent(data, eventPath, day, day.events.length);
  day.events.push(event);
  return event;
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

function indexById<T extends { id: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function makeEvent(data: EventData, path: DocPath, day: Day, index: number): ItineraryEvent {
  return {
    ...data, path, day, index,
    people: [], startPlace: undefined, endPlace: undefined, startZone: undefined, endZone: undefined, startMs: undefined, endMs: undefined,
    vehicleIds: [], seats: undefined, rides: [],
  };
}

function attachSelectors(model: Model): void {
  const cache = new Map<string, readonly Person[]>();
  const delegation = model.people.filter((p) => p.side === 'delegation');
  const byOrg = new Map<string, Person[]>();
  for (const person of model.people) {
    const list = byOrg.get(person.org) ?? [];
    list.push(person);
    byOrg.set(person.org, list);
  }
  const resolving = new Set<string>();
  const resolve = (selector: string): readonly Person[] => {
    const cached = cache.get(selector);
    if (cached) return cached;
    let result: readonly Person[] = [];
    if (selector === 'all') result = delegation;
    else if (selector.startsWith('org:')) result = byOrg.get(selector.slice(4)) ?? [];
    else if (selector.startsWith('role:')) {
      const role = selector.slice(5);
      result = delegation.filter((p) => p.role === role);
    } else if (selector.startsWith('group:')) {
      const group = model.byId.groups.get(selector.slice(6));
      if (group && !resolving.has(selector)) {
        resolving.add(selector);
        result = unique(group.members.flatMap((member) => [...resolve(member)]));
        resolving.delete(selector);
      }
    } else {
      const person = model.byId.people.get(selector);
      result = person ? [person] : [];
    }
    cache.set(selector, result);
    return result;
  };
  model.resolveSelector = resolve;
  model.selectorExists = (selector) => {
    if (selector === 'all') return true;
    if (selector.startsWith('org:')) return model.declared.organizations.some((o) => o.id === selector.slice(4));
    if (selector.startsWith('role:')) return true;
    if (selector.startsWith('group:')) return model.declared.groups.some((g) => g.id === selector.slice(6));
    return model.declared.people.some((p) => p.id === selector);
  };
}

function unique(people: Person[]): Person[] {
  return [...new Set(people)];
}

function resolveEvent(model: Model, event: ItineraryEvent): void {
  if (event.attendees.length === 1) {
    event.people = model.resolveSelector(event.attendees[0]!).slice();
  } else {
    const seen = new Set<Person>();
    for (const selector of event.attendees) for (const person of model.resolveSelector(selector)) seen.add(person);
    event.people = [...seen];
  }
  resolveSeating(model, event);
  const move = (MOVE_KINDS as readonly string[]).includes(event.kind);
  event.startPlace = model.byId.places.get((move ? event.from : event.place) ?? '');
  event.endPlace = model.byId.places.get((move ? event.to : event.place) ?? '');
  const fallback = model.visit?.timezone;
  event.startZone = event.startPlace?.timezone ?? fallback;
  event.endZone = event.endPlace?.timezone ?? fallback;
  // A place read in the visit's zone though it lies in another (invalid-timezone says so) has no usable times.
  const readable = (place: Place | undefined) => !place || !model.visit || !zoneAtOdds(place, model.visit.timezone, model.visit.from, model.places);
  if (event.startZone && isValidTimeZone(event.startZone) && readable(event.startPlace)) event.startMs = localToInstant(event.day.date, event.start, event.startZone);
  if (event.endZone && isValidTimeZone(event.endZone) && readable(event.endPlace)) {
    event.endMs = localToInstant(event.day.date, event.end.slice(0, 5), event.endZone, event.end.endsWith('+1') ? 1 : 0);
  }
}

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
        });
      }
      continue;
    }
    let message = plainMessage(issue);
    let hint: string | undefined;
    // A field the input lacks. A type check says what the field holds (our message, not zod's default);
    // a check of the whole entry (a field its kind requires) says it all.
    if (isAbsent(input, issue.path as (string | number)[]) && message === issue.message) {
      const field = path[path.length - 1];
      const whole = issue.code === 'custom';
      if (!whole) message = typeof field === 'string' ? `missing "${field}": ${message}` : `missing ${message}`;
      hint = 'Add the field; see docs/format.md for what it holds.';
      out.push({ path, code: 'missing', message, hint, missing: !whole });
      continue;
    } else if (message.startsWith(COMMA_SPLIT_MESSAGE)) {
      hint = 'Put the whole value in quotes, e.g. { ru: "Тверь, Советская улица, 10" }.';
    } else if (message.includes('must be written in quotes')) {
      hint = `Put the value in double quotes, e.g. ${quotedExample(path)}.`;
    } else if (message.includes(NOT_A_NUMBER_NOTE) || message.includes(INFINITY_NOTE)) {
      hint = 'YAML reads .nan and .inf as special numbers: write an ordinary number, or put text in quotes.';
    } else if (message.includes(TOO_LARGE_NOTE)) {
      hint = 'Write a smaller number; a code or number to be printed as written goes in quotes, e.g. "123456789012345678901".';
    } else if (message.includes('is required for') || message.includes(' needs ')) {
      hint = 'Add the field; see docs/format.md for what it holds.';
    }
    out.push({ path, code: 'invalid', message, hint });
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
 * message of ours, said in plain words.
 */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (!/^(Too small|Too big|Invalid input)\b/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const limit = String(small ? issue.minimum : issue.maximum);
    const bound = small ? (issue.inclusive ? `${limit} or more` : `more than ${limit}`) : issue.inclusive ? `${limit} or less` : `less than ${limit}`;
    if (issue.origin === 'array' || issue.origin === 'set') return `expected a list of ${bound} entries`;
    if (issue.origin === 'string') return `expected a text of ${bound} characters`;
    return `expected a number, ${bound}`;
  }
  return 'this value is not one the format allows here';
}

function quotedExample(path: DocPath): string {
  const field = path[path.length - 1];
  if (field === 'phone') return 'phone: "+7 900 000-00-01"';
  if (field === 'inn') return 'inn: "6902008908"';
  if (field === 'number') return 'number: "751234567"';
  return '"6902008908"';
}
