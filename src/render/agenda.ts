// The terminal agenda as data: the programme day by day, and "where is everyone" at one instant.
// The table drawing is in agenda-table.ts; --json prints these structures as they are.
import { MOVE_KINDS } from '../model/schema.js';
import { textIn } from '../model/text.js';
import { instantToLocal } from '../model/time.js';
import type { EventKind, ItineraryEvent, Model, Person } from '../model/types.js';
import { exportLabels } from './export-labels.js';
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
  /** Short description of the attendees ("whole delegation (8) + 2 hosts"). */
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
  lang: string;
  /** Only this day (YYYY-MM-DD). */
  date?: string;
  /** Only this person's events. */
  person?: Person;
}

export function buildAgenda(model: Model, options: AgendaOptions): Agenda {
  const { lang } = options;
  const delegation = model.people.filter((p) => p.side === 'delegation').length;
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
      entries: events.map((e) => agendaEntry(e, lang, delegation)),
    });
  }
  return {
    visit: { id: model.visit?.id ?? '', title: textIn(model.visit?.title, lang), ...(model.visit?.revision !== undefined ? { revision: model.visit.revision } : {}) },
    lang,
    ...(options.person ? { person: { id: options.person.id, name: textIn(options.person.name, lang) } } : {}),
    days,
  };
}

export function agendaEntry(e: ItineraryEvent, lang: string, delegationSize: number): AgendaEntry {
  const move = (MOVE_KINDS as readonly string[]).includes(e.kind);
  const entry: AgendaEntry = {
    id: e.id,
    kind: e.kind,
    title: textIn(e.title, lang),
    start: localTime(e.startMs!, e.startZone!),
    end: localTime(e.endMs!, e.endZone!),
    place: e.startPlace ? textIn(e.startPlace.name, lang) : (e.place ?? e.from ?? ''),
    who: whoText(e.people, lang, delegationSize),
    people: inPrecedenceOrder(e.people).map((p) => p.id),
  };
  if (move) entry.to = e.endPlace ? textIn(e.endPlace.name, lang) : (e.to ?? '');
  if (e.flight !== undefined) entry.flight = String(e.flight);
  if (e.gather) entry.gather = { time: e.gather.time, at: textIn(e.gather.at, lang) };
  if (e.dress) entry.dress = textIn(e.dress, lang);
  return entry;
}

function whoText(people: readonly Person[], lang: string, delegationSize: number): string {
  const labels = exportLabels(lang);
  const ours = inPrecedenceOrder(people.filter((p) => p.side === 'delegation'));
  const hosts = people.length - ours.length;
  const parts: string[] = [];
  if (ours.length > 0 && ours.length === delegationSize && delegationSize > 1) parts.push(labels.allDelegation(delegationSize));
  else if (ours.length > 0) parts.push(ours.map((p) => textIn(p.name, lang)).join(', '));
  if (hosts > 0) parts.push(labels.hosts(hosts));
  return parts.join(' + ');
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
  /** The last event before it (where the person was last seen), when not in one. */
  previous?: AgendaEntry;
  next?: AgendaEntry;
}

export interface WhereAt {
  at: LocalTime;
  people: WhereEntry[];
}

/** Where each delegation-side person (or the one person asked about) is at the instant `atMs`. */
export function whereAt(model: Model, options: { atMs: number; zone: string; lang: string; person?: Person }): WhereAt {
  const { lang, atMs } = options;
  const delegation = model.people.filter((p) => p.side === 'delegation').length;
  const people = options.person ? [options.person] : inPrecedenceOrder(model.people.filter((p) => p.side === 'delegation'));
  const timed = model.events.filter((e) => e.startMs !== undefined && e.endMs !== undefined).sort((a, b) => a.startMs! - b.startMs!);
  const entries = people.map((person): WhereEntry => {
    const mine = timed.filter((e) => e.people.includes(person));
    const current = mine.filter((e) => e.startMs! <= atMs && atMs < e.endMs!);
    const previous = mine.filter((e) => e.endMs! <= atMs).sort((a, b) => a.endMs! - b.endMs!).at(-1);
    const next = mine.find((e) => e.startMs! > atMs);
    const base = { id: person.id, name: textIn(person.name, lang) };
    const entry = (e: ItineraryEvent) => agendaEntry(e, lang, delegation);
    const withNext = next ? { next: entry(next) } : {};
    if (mine.length === 0) return { ...base, status: 'none' };
    if (current.length > 0) return { ...base, status: 'event', event: entry(current[0]!), ...withNext };
    if (!previous) return { ...base, status: 'before', ...withNext };
    return { ...base, status: next ? 'between' : 'after', previous: entry(previous), ...withNext };
  });
  return { at: localTime(atMs, options.zone), people: entries };
}
