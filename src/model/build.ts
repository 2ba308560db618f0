// Builds the typed model from the parsed YAML value: each entry is checked on its own, so one
// malformed entry does not hide the rest of the file from the other rules. A unit whose shape is right
// passes a check compiled once (shape-check.ts); only one that fails it is checked in detail by the zod
// schemas (detailed.ts, loaded then), which say what is wrong.
import type { DocPath } from '../diagnostics/types.js';
import type { CollectionKey } from './detailed.js';
import { loadDetailed } from './detailed-loader.js';
import { MOVE_KINDS } from './format.js';
import { declaredIds } from './declared-ids.js';
import { zoneAtOdds } from './place-zone.js';
import type { DayHeaderData, EventData, VisitData } from './schema.js';
import { resolveSeating } from './seating.js';
import { orderedField, shapeChecked, shapeFits } from './shape-check.js';
import { isValidTimeZone, localToInstant } from './time.js';
import type {
  Agreement, Collection, Day, Group, ItineraryEvent, Model, Organization, Person, Place, RejectedEntry, SchemaIssue, TravelEntry, Vehicle, Visit,
} from './types.js';

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

export function buildModel(raw: unknown): Model {
  const root: Raw = isObject(raw) ? raw : {};
  const found: Found = {
    issues: checkShell(raw),
    declared: { organizations: [], people: [], groups: [], places: [], vehicles: [], agreements: [], events: [] },
    rejected: [],
  };
  const visit = buildVisit(root, found.issues);
  const organizations = buildEntries<Organization>(root, 'organizations', 'organizations', found);
  const rawPeople = buildEntries<Omit<Person, 'organization' | 'side'>>(root, 'people', 'people', found);
  const groups = buildEntries<Group>(root, 'groups', 'groups', found);
  const places = buildEntries<Place>(root, 'places', 'places', found);
  const travel = buildEntries<TravelEntry>(root, 'travel', undefined, found);
  const vehicles = buildEntries<Vehicle>(root, 'vehicles', 'vehicles', found);
  const agreements = buildEntries<Agreement>(root, 'agreements', 'agreements', found);

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
    return { ...data, organization, side: organization?.side } as Person;
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
  const resolving = eventResolving(model);
  for (const event of events) resolveEvent(model, event, resolving);
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
    issues.push({
      path: [],
      code: 'missing',
      message: 'the file is empty',
      wording: { id: 'schemaFileEmpty', data: {} },
      hint: 'An itinerary starts with `format: delegation/1`, then visit, organizations, people, places and days. `delegation init` writes a skeleton.',
      hintWording: { id: 'schemaStartHint', data: {} },
    });
  } else if (!isObject(raw)) {
    issues.push({
      path: [],
      code: 'invalid',
      message: `expected a mapping with format, visit, organizations, people, places and days; the file holds ${Array.isArray(raw) ? 'a list' : 'a single value'}`,
      wording: { id: 'schemaNotAMappingFile', data: { found: { say: Array.isArray(raw) ? 'valueList' : 'valueSingle' } } },
    });
  } else if (!shapeChecked('shell', raw)) {
    loadDetailed().detailedShell(issues, raw);
  }
  return issues;
}

function buildVisit(root: Raw, issues: SchemaIssue[]): Visit | undefined {
  if (root.visit === undefined) return undefined;
  const data = shapeChecked<VisitData>('visit', root.visit) ?? loadDetailed().detailedVisit(issues, root.visit);
  return data ? { ...data, path: ['visit'] } : undefined;
}

/** Each entry of one top-level list, checked on its own: well-formed or salvaged entries, in order. */
function buildEntries<T>(root: Raw, key: CollectionKey, collection: Collection | undefined, found: Found): (T & { path: DocPath })[] {
  const list = Array.isArray(root[key]) ? (root[key] as unknown[]) : [];
  const out: (T & { path: DocPath })[] = [];
  list.forEach((written, index) => {
    const path: DocPath = [key, index];
    let item = written;
    if (collection && isObject(item) && typeof item.id === 'string') found.declared[collection].push({ id: item.id, path: [...path, 'id'] });
    // An unquoted INN is inn-checksum's finding (it owns every malformed INN), not a schema error.
    const innUnquoted = key === 'organizations' && isObject(item) && typeof item.inn === 'number';
    if (innUnquoted) item = { ...(item as Raw), inn: String((item as Raw).inn) };
    const extra = innUnquoted ? { innUnquoted } : {};
    const fast = shapeChecked<T>(key, item);
    if (fast) {
      out.push({ ...fast, ...extra, path });
      return;
    }
    const detailed = loadDetailed().detailedEntry(found.issues, key, collection, item, path);
    if (detailed.data) out.push({ ...(detailed.data as T), ...extra, path });
    else if (detailed.rejected) found.rejected.push(detailed.rejected);
  });
  return out;
}

/** The days and their events; a day whose header cannot be salvaged keeps no events. */
function buildDays(root: Raw, found: Found): { days: Day[]; events: ItineraryEvent[] } {
  const days: Day[] = [];
  const events: ItineraryEvent[] = [];
  const rawDays = Array.isArray(root.days) ? root.days : [];
  for (let dayIndex = 0; dayIndex < rawDays.length; dayIndex++) {
    const rawDay: unknown = rawDays[dayIndex];
    const path: DocPath = ['days', dayIndex];
    const rawEvents = isObject(rawDay) && Array.isArray(rawDay.events) ? rawDay.events : [];
    let day: Day | undefined;
    // A day with a fault in a field it can do without (a misspelt title key) keeps its events.
    const header = shapeChecked<DayHeaderData & { events: unknown[] }>('day', rawDay) ?? loadDetailed().detailedDay(found.issues, rawDay, path);
    if (header) {
      const { events: _events, ...fields } = header;
      day = { ...fields, path, index: days.length, events: [] };
      days.push(day);
    }
    for (let eventIndex = 0; eventIndex < rawEvents.length; eventIndex++) {
      const event = buildEvent(rawEvents[eventIndex], dayIndex, eventIndex, day, found);
      if (event) events.push(event);
    }
  }
  return { days, events };
}

/** One event of a day, added to the day's events; undefined when it cannot be salvaged or its day was not. */
function buildEvent(rawEvent: unknown, dayIndex: number, eventIndex: number, day: Day | undefined, found: Found): ItineraryEvent | undefined {
  if (isObject(rawEvent) && typeof rawEvent.id === 'string') found.declared.events.push({ id: rawEvent.id, path: ['days', dayIndex, 'events', eventIndex, 'id'] });
  const eventPath: DocPath = ['days', dayIndex, 'events', eventIndex];
  // A well-formed event (the common case) is read field by field from the parsed value, not copied first.
  if (shapeFits('event', rawEvent)) return day ? addEvent(makeEvent(rawEvent as EventData, true, eventPath, day, day.events.length), day) : undefined;
  const detailed = loadDetailed().detailedEvent(found.issues, rawEvent, eventPath);
  if (detailed.rejected) found.rejected.push({ ...detailed.rejected, ...(day ? { date: day.date } : {}) });
  const data = detailed.data;
  if (!day || !data) return undefined;
  return addEvent(makeEvent(data, false, eventPath, day, day.events.length), day);
}

function addEvent(event: ItineraryEvent, day: Day): ItineraryEvent {
  day.events.push(event);
  return event;
}

function indexById<T extends { id: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Stands in for an event's people until resolveEvent sets them (buildModel resolves every event it keeps). */
const UNRESOLVED: Person[] = Object.freeze([]) as unknown as Person[];

/**
 * Every event has the same fields in the same order (those the file leaves out are undefined): one
 * shape for all events keeps reading them fast in every rule and renderer. `written`: `data` is the
 * parsed value as the file writes it, whose closed mappings (gather, brief) are put in the schema's
 * key order here, as the detailed check outputs them.
 */
function makeEvent(data: EventData, written: boolean, path: DocPath, day: Day, index: number): ItineraryEvent {
  return {
    id: data.id, start: data.start, end: data.end, title: data.title, kind: data.kind, place: data.place, from: data.from, to: data.to,
    attendees: data.attendees, vehicles: data.vehicles, agreements: data.agreements,
    gather: written ? (orderedField('event', 'gather', data.gather) as EventData['gather']) : data.gather, dress: data.dress,
    responsible: data.responsible, flight: data.flight, notes: data.notes, brief: written ? (orderedField('event', 'brief', data.brief) as EventData['brief']) : data.brief,
    path, day, index,
    people: UNRESOLVED, startPlace: undefined, endPlace: undefined, startZone: undefined, endZone: undefined, startMs: undefined, endMs: undefined,
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
  // The ids written in the file (also of entries the schema rejected).
  model.selectorExists = (selector) => {
    if (selector === 'all' || selector.startsWith('role:')) return true;
    const written = declaredIds(model);
    if (selector.startsWith('org:')) return written.organizations.has(selector.slice(4));
    if (selector.startsWith('group:')) return written.groups.has(selector.slice(6));
    return written.people.has(selector);
  };
}

function unique(people: Person[]): Person[] {
  return [...new Set(people)];
}

const MOVES: ReadonlySet<string> = new Set(MOVE_KINDS);

/** What resolving the events of one model asks again and again, answered once per zone or place. */
interface EventResolving {
  /** The visit's zone, for places without one. */
  fallback: string | undefined;
  /** A place read in the visit's zone though it lies in another (invalid-timezone says so) has no usable times. */
  readable(place: Place | undefined): boolean;
}

function eventResolving(model: Model): EventResolving {
  const visit = model.visit;
  const places = new Map<Place, boolean>();
  return {
    fallback: visit?.timezone,
    readable: (place) => {
      if (!place || !visit) return true;
      let readable = places.get(place);
      if (readable === undefined) places.set(place, (readable = !zoneAtOdds(place, visit.timezone, visit.from, model.places)));
      return readable;
    },
  };
}

/** The people of an event's attendees, each once, in order of first mention. */
function attendeesOf(model: Model, attendees: readonly string[]): Person[] {
  if (attendees.length === 1) return model.resolveSelector(attendees[0]!).slice();
  const people: Person[] = [];
  let seen: Set<Person> | undefined;
  for (const selector of attendees) {
    for (const person of model.resolveSelector(selector)) {
      // A few people are kept apart by looking through them; more, by a set.
      if (seen === undefined && people.length >= 16) seen = new Set(people);
      if (seen === undefined ? people.includes(person) : seen.has(person)) continue;
      seen?.add(person);
      people.push(person);
    }
  }
  return people;
}

function resolveEvent(model: Model, event: ItineraryEvent, resolving: EventResolving): void {
  event.people = attendeesOf(model, event.attendees);
  resolveSeating(model, event);
  const move = MOVES.has(event.kind);
  event.startPlace = model.byId.places.get((move ? event.from : event.place) ?? '');
  event.endPlace = model.byId.places.get((move ? event.to : event.place) ?? '');
  event.startZone = event.startPlace?.timezone ?? resolving.fallback;
  event.endZone = event.endPlace?.timezone ?? resolving.fallback;
  if (event.startZone && isValidTimeZone(event.startZone) && resolving.readable(event.startPlace)) event.startMs = localToInstant(event.day.date, event.start, event.startZone);
  if (event.endZone && isValidTimeZone(event.endZone) && resolving.readable(event.endPlace)) {
    // The time reader reads the "HH:MM" and leaves a "+1" to the day count.
    event.endMs = localToInstant(event.day.date, event.end, event.endZone, event.end.endsWith('+1') ? 1 : 0);
  }
}
