// The terminal agenda as data: the programme day by day, and "where is everyone" at one instant.
// The table drawing is in agenda-table.ts; --json prints these structures as they are.
import { MOVE_KINDS } from '../model/format.js';
import { ridesOf } from '../model/seating.js';
import { textIn } from '../model/text.js';
import { instantToLocal } from '../model/time.js';
import type { EventKind, ItineraryEvent, Model, Person, Role } from '../model/types.js';
import { countLabel, type Labels } from './labels.js';
import { inPrecedenceOrder } from './protocol-order.js';

export interface LocalTime {
  date: string;
  time: string;
  zone: string;
  /** ISO 8601 with the zone's offset, e.g. 2023-11-21T15:00:00+08:00. */
  iso: string;
}

export interface AgendaEntry {
  id: string;
  kind: EventKind;
  title: string;
  start: LocalTime;
  end: LocalTime;
  /** Where it happens; for a move, where it leaves from. */
  place: string;
  /** For a move: where it arrives. */
  to?: string;
  flight?: string;
  gather?: { time: string; at: string };
  dress?: string;
  /** The attendees as the author named them ("whole delegation (8), Li Na"). */
  who: string;
  people: string[];
}

export interface AgendaDay {
  date: string;
  title: string;
  /** Zone of the day's first event: the one its times are read in unless an entry says otherwise. */
  zone: string;
  hotel?: string;
  entries: AgendaEntry[];
}

export interface Agenda {
  visit: { id: string; title: string; revision?: string | number };
  lang: string;
  person?: { id: string; name: string };
  days: AgendaDay[];
}

export interface AgendaOptions {
  /** The reader's words; names are shown in their language (`labels.lang`). */
  labels: Labels;
  /** Only this day (YYYY-MM-DD). */
  date?: string;
  /** Only this person's events. */
  person?: Person;
}

export function buildAgenda(model: Model, options: AgendaOptions): Agenda {
  const { labels } = options;
  const { lang } = labels;
  const days: AgendaDay[] = [];
  for (const day of model.days) {
    if (options.date && day.date !== options.date) continue;
    const events = day.events.filter((e) => e.startMs !== undefined && e.endMs !== undefined && (!options.person || e.people.includes(options.person)));
    if (options.person && events.length === 0 && !options.date) continue;
    const hotel = day.hotel ? model.byId.places.get(day.hotel) : undefined;
    days.push({
      date: day.date,
      title: textIn(day.title, lang),
      zone: events[0]?.startZone ?? model.visit?.timezone ?? 'UTC',
      ...(hotel ? { hotel: textIn(hotel.name, lang) } : {}),
      entries: events.map((e) => agendaEntry(model, e, labels)),
    });
  }
  return {
    visit: { id: model.visit?.id ?? '', title: textIn(model.visit?.title, lang), ...(model.visit?.revision !== undefined ? { revision: model.visit.revision } : {}) },
    lang,
    ...(options.person ? { person: { id: options.person.id, name: textIn(options.person.name, lang) } } : {}),
    days,
  };
}

export function agendaEntry(model: Model, e: ItineraryEvent, labels: Labels): AgendaEntry {
  const { lang } = labels;
  const move = (MOVE_KINDS as readonly string[]).includes(e.kind);
  const entry: AgendaEntry = {
    id: e.id,
    kind: e.kind,
    title: textIn(e.title, lang),
    start: localTime(e.startMs!, e.startZone!),
    end: localTime(e.endMs!, e.endZone!),
    place: e.startPlace ? textIn(e.startPlace.name, lang) : (e.place ?? e.from ?? ''),
    who: whoText(model, e, labels),
    people: inPrecedenceOrder(e.people).map((p) => p.id),
  };
  if (move) entry.to = e.endPlace ? textIn(e.endPlace.name, lang) : (e.to ?? '');
  if (e.flight !== undefined) entry.flight = String(e.flight);
  if (e.gather) entry.gather = { time: e.gather.time, at: textIn(e.gather.at, lang) };
  if (e.dress) entry.dress = textIn(e.dress, lang);
  return entry;
}

/**
 * The attendees as the programme's author named them: "whole delegation (51)", a group or an
 * organization with its head count, then people by name (a long list is cut short).
 */
export function whoText(model: Model, e: ItineraryEvent, all: Labels): string {
  const { lang } = all;
  const labels = all.exports;
  const count = (n: number) => countLabel(labels.count, n, lang);
  const parts: string[] = [];
  const names: string[] = [];
  for (const selector of e.attendees) {
    const n = model.resolveSelector(selector).length;
    if (selector === 'all') parts.push(countLabel(labels.agenda.allDelegation, n, lang));
    else if (selector.startsWith('group:')) parts.push(`${textIn(model.byId.groups.get(selector.slice(6))?.name, lang) || selector}${count(n)}`);
    else if (selector.startsWith('org:')) parts.push(`${textIn(model.byId.organizations.get(selector.slice(4))?.name, lang) || selector}${count(n)}`);
    else if (selector.startsWith('role:')) {
      const role = selector.slice(5) as Role;
      parts.push(`${labels.roles[role] ?? role}${count(n)}`);
    } else {
      const person = model.byId.people.get(selector);
      names.push(person ? textIn(person.name, lang) : selector);
    }
  }
  const MAX_NAMES = 4;
  if (names.length > MAX_NAMES + 1) parts.push(...names.slice(0, MAX_NAMES), countLabel(labels.andMore, names.length - MAX_NAMES, lang));
  else parts.push(...names);
  return parts.join(labels.listSeparator);
}

export function localTime(ms: number, zone: string): LocalTime {
  const { date, time } = instantToLocal(ms, zone);
  const offset = Math.round((Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), +time.slice(0, 2), +time.slice(3, 5)) - Math.floor(ms / 60_000) * 60_000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const iso = `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { date, time, zone, iso };
}

export type WhereStatus = 'event' | 'between' | 'before' | 'after' | 'none';

export interface WhereEntry {
  id: string;
  name: string;
  status: WhereStatus;
  /** The event the person is in at that instant. */
  event?: AgendaEntry;
  /** The vehicle the person is seated in at that event (only where a seating mapping says so). */
  vehicle?: SeatVehicle;
  /** The last event before it (where the person was last seen), when not in one. */
  previous?: AgendaEntry;
  next?: AgendaEntry;
}

/** People in the same situation at that instant, with a short label for them. */
export interface WhereGroup extends Omit<WhereEntry, 'id' | 'name'> {
  label: string;
  people: string[];
}

export interface SeatVehicle {
  id: string;
  kind: string;
  plate: string;
  driver: string;
  driverPhone: string;
}

/** The one vehicle a seating mapping puts the person in at the event, if any. */
export function seatVehicle(e: ItineraryEvent, person: Person, labels: Labels): SeatVehicle | undefined {
  if (!e.seats) return undefined;
  const ride = ridesOf(e, person)[0];
  if (!ride?.vehicle) return undefined;
  const { lang } = labels;
  const v = ride.vehicle;
  return { id: v.id, kind: labels.exports.vehicleKinds[v.kind] ?? v.kind, plate: v.plate ?? '', driver: v.driver ? textIn(v.driver.name, lang) : '', driverPhone: v.driver?.phone ?? '' };
}

export interface WhereAt {
  at: LocalTime;
  people: WhereEntry[];
  groups: WhereGroup[];
}

/** Where each delegation-side person (or the one person asked about) is at the instant `atMs`. */
export function whereAt(model: Model, options: { atMs: number; zone: string; labels: Labels; person?: Person }): WhereAt {
  const { labels, atMs } = options;
  const { lang } = labels;
  const people = options.person ? [options.person] : inPrecedenceOrder(model.people.filter((p) => p.side === 'delegation'));
  const timed = model.events.filter((e) => e.startMs !== undefined && e.endMs !== undefined).sort((a, b) => a.startMs! - b.startMs!);
  const entries = people.map((person): WhereEntry => {
    const mine = timed.filter((e) => e.people.includes(person));
    const current = mine.filter((e) => e.startMs! <= atMs && atMs < e.endMs!);
    const previous = mine.filter((e) => e.endMs! <= atMs).sort((a, b) => a.endMs! - b.endMs!).at(-1);
    const next = mine.find((e) => e.startMs! > atMs);
    const base = { id: person.id, name: textIn(person.name, lang) };
    const entry = (e: ItineraryEvent) => agendaEntry(model, e, labels);
    const withNext = next ? { next: entry(next) } : {};
    if (mine.length === 0) return { ...base, status: 'none' };
    if (current.length > 0) {
      const vehicle = seatVehicle(current[0]!, person, labels);
      return { ...base, status: 'event', event: entry(current[0]!), ...(vehicle ? { vehicle } : {}), ...withNext };
    }
    if (!previous) return { ...base, status: 'before', ...withNext };
    return { ...base, status: next ? 'between' : 'after', previous: entry(previous), ...withNext };
  });
  return { at: localTime(atMs, options.zone), people: entries, groups: groupEntries(model, entries, labels) };
}

const MAX_GROUP_NAMES = 6;

function groupEntries(model: Model, entries: WhereEntry[], all: Labels): WhereGroup[] {
  const { lang } = all;
  const labels = all.exports;
  const groups = new Map<string, WhereEntry[]>();
  for (const p of entries) {
    const key = [p.status, p.event?.id ?? '', p.vehicle?.id ?? '', p.previous?.id ?? '', p.next?.id ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const delegation = model.people.filter((p) => p.side === 'delegation');
  return [...groups.values()].map((members) => {
    const { id: _id, name: _name, ...situation } = members[0]!;
    const ids = members.map((m) => m.id);
    const same = (people: readonly Person[]) => {
      const ours = people.filter((p) => p.side === 'delegation');
      return ours.length === ids.length && ours.every((p) => ids.includes(p.id));
    };
    let label: string | undefined;
    if (members.length > 1 && same(delegation)) label = countLabel(labels.agenda.allDelegation, members.length, lang);
    // Name the group as the programme does: a selector of the event they are in, or of the next or last one.
    const related = [situation.event, situation.next, situation.previous].map((e) => (e ? model.byId.events.get(e.id) : undefined));
    // In a vehicle, the seating mapping's selectors name the riders best ("In the Governor's car").
    const seated = situation.vehicle ? (related[0]?.seats ?? []).filter((s) => s.vehicleId === situation.vehicle!.id).map((s) => s.selector) : [];
    const selectors = [...seated, ...related.flatMap((e) => e?.attendees ?? [])];
    for (const selector of !label && members.length > 1 ? selectors : []) {
      if (selector.startsWith('group:') && same(model.resolveSelector(selector))) label = `${textIn(model.byId.groups.get(selector.slice(6))?.name, lang)}${countLabel(labels.count, members.length, lang)}`;
      else if (selector.startsWith('org:') && same(model.resolveSelector(selector))) label = `${textIn(model.byId.organizations.get(selector.slice(4))?.name, lang)}${countLabel(labels.count, members.length, lang)}`;
      if (label) break;
    }
    if (!label) {
      const names = members.map((m) => m.name);
      label = names.length > MAX_GROUP_NAMES + 1 ? [...names.slice(0, MAX_GROUP_NAMES), countLabel(labels.andMore, names.length - MAX_GROUP_NAMES, lang)].join(labels.listSeparator) : names.join(labels.listSeparator);
    }
    return { label, people: ids, ...situation };
  });
}
