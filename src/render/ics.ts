// iCalendar (RFC 5545) export of the programme: one VEVENT per event, times in the zone of each place
// with a VTIMEZONE per zone used, so phones show every event at its local time wherever the owner is.
import { MOVE_KINDS } from '../model/format.js';
import { textIn } from '../model/text.js';
import { instantToLocal, offsetMinutes } from '../model/time.js';
import type { ItineraryEvent, Model, Person, Vehicle } from '../model/types.js';
import { countLabel, type ExportLabels, type Labels } from './labels.js';
import { placeText } from './place-text.js';
import { inPrecedenceOrder } from './protocol-order.js';
import { localStamp, vtimezoneLines } from './vtimezone.js';

export interface IcsOptions {
  lang: string;
  /** The words around the itinerary's texts, in `lang`. */
  labels: Labels;
  /** DTSTAMP of every event (epoch ms). */
  stampMs: number;
  /** Only the events these people attend; every event when undefined. */
  people?: readonly Person[];
  /** Most participants listed by name in DESCRIPTION before "and N more". */
  maxParticipants?: number;
}

export const PRODID = '-//delegation-planner//delegation//EN';
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Zulu', 'Zulu', 'Etc/Universal', 'Universal']);

/** The events a calendar holds: those the people attend, in programme order, with known instants. */
export function calendarEvents(model: Model, people?: readonly Person[]): ItineraryEvent[] {
  const wanted = people ? new Set(people) : undefined;
  return model.events.filter((e) => e.startMs !== undefined && e.endMs !== undefined && (!wanted || e.people.some((p) => wanted.has(p))));
}

export function renderIcs(model: Model, options: IcsOptions): string {
  const labels = options.labels.exports;
  const events = calendarEvents(model, options.people);
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const visitTitle = textIn(model.visit?.title, options.lang);
  const who = options.people?.length === 1 ? ` — ${textIn(options.people[0]!.name, options.lang)}` : '';
  lines.push(property('X-WR-CALNAME', visitTitle + who));
  if (model.visit?.timezone && !UTC_ZONES.has(model.visit.timezone)) lines.push(`X-WR-TIMEZONE:${model.visit.timezone}`);

  const span = new Map<string, [number, number]>();
  const note = (zone: string | undefined, ms: number) => {
    if (!zone || UTC_ZONES.has(zone)) return;
    const known = span.get(zone);
    span.set(zone, known ? [Math.min(known[0], ms), Math.max(known[1], ms)] : [ms, ms]);
  };
  for (const e of events) {
    note(e.startZone, e.startMs!);
    note(e.endZone, e.endMs!);
  }
  for (const [zone, [first, last]] of [...span].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) lines.push(...vtimezoneLines(zone, first, last));

  const sequence = revisionSequence(model.visit?.revision);
  for (const event of events) lines.push(...eventLines(model, event, labels, options, sequence));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function eventLines(model: Model, event: ItineraryEvent, labels: ExportLabels, options: IcsOptions, sequence: number): string[] {
  const lang = options.lang;
  const move = (MOVE_KINDS as readonly string[]).includes(event.kind);
  const title = textIn(event.title, lang);
  const summary = event.flight !== undefined && !title.includes(String(event.flight)) ? `${title} (${event.flight})` : title;
  const lines = [
    'BEGIN:VEVENT',
    property('UID', `${model.visit?.id ?? 'visit'}.${event.id}@delegation`),
    `DTSTAMP:${utcStamp(options.stampMs)}`,
    dateTime('DTSTART', event.startMs!, event.startZone!),
    dateTime('DTEND', event.endMs!, event.endZone!),
    `SEQUENCE:${sequence}`,
    property('SUMMARY', summary),
  ];
  const where = event.startPlace;
  if (where) lines.push(property('LOCATION', placeText(where, lang)));
  if (where?.geo) lines.push(`GEO:${where.geo[0]};${where.geo[1]}`);
  const description = describe(model, event, labels, options, move);
  if (description) lines.push(property('DESCRIPTION', description));
  lines.push(property('CATEGORIES', labels.kinds[event.kind]));
  lines.push('STATUS:CONFIRMED');
  lines.push(`TRANSP:${event.kind === 'free' ? 'TRANSPARENT' : 'OPAQUE'}`);
  lines.push('END:VEVENT');
  return lines;
}

function describe(model: Model, event: ItineraryEvent, labels: ExportLabels, options: IcsOptions, move: boolean): string {
  const lang = options.lang;
  const out: string[] = [];
  if (event.gather) out.push(`${labels.gather}: ${event.gather.time}${labels.comma}${textIn(event.gather.at, lang)}`);
  if (event.dress) out.push(`${labels.dress}: ${textIn(event.dress, lang)}`);
  if (event.flight !== undefined) out.push(`${labels.flight}: ${event.flight}`);
  if (move && event.startPlace) out.push(`${labels.from}: ${placeText(event.startPlace, lang)}`);
  if (move && event.endPlace) {
    const end = instantToLocal(event.endMs!, event.endZone!);
    out.push(`${labels.to}: ${placeText(event.endPlace, lang)} (${end.date} ${end.time} ${event.endZone})`);
  }
  const vehicles = event.vehicleIds.map((id) => model.byId.vehicles.get(id)).filter((v): v is Vehicle => v !== undefined);
  if (vehicles.length > 0) out.push(`${labels.vehicles}: ${vehicles.map((v) => vehicleText(v, labels, lang)).join('; ')}`);
  const officer = event.responsible ? model.byId.people.get(event.responsible) : undefined;
  if (officer) {
    // The officer in charge is an operational contact: the format makes their phone and e-mail public.
    const parts = [textIn(officer.name, lang), officer.position ? textIn(officer.position, lang) : '', officer.phone ?? '', officer.email ?? ''];
    out.push(`${labels.officer}: ${parts.filter(Boolean).join(', ')}`);
  }
  const people = inPrecedenceOrder(event.people);
  if (people.length > 0) {
    const max = options.maxParticipants ?? 15;
    const names = people.slice(0, max).map((p) => textIn(p.name, lang));
    if (people.length > max) names.push(countLabel(labels.andMore, people.length - max, lang));
    out.push(`${labels.participants}: ${names.join(labels.listSeparator)}`);
  }
  if (event.notes) out.push(`${labels.notes}: ${textIn(event.notes, lang)}`);
  if (model.visit?.revision !== undefined) out.push(`${labels.revision}: ${model.visit.revision}`);
  return out.join('\n');
}

function vehicleText(vehicle: Vehicle, labels: ExportLabels, lang: string): string {
  const driver = vehicle.driver ? `${labels.driver} ${[textIn(vehicle.driver.name, lang), vehicle.driver.phone].filter(Boolean).join(' ')}` : '';
  return [labels.vehicleKinds[vehicle.kind], vehicle.plate, driver].filter(Boolean).join(', ');
}


/** SEQUENCE from `visit.revision`: a number as is; a text by its last run of digits ("v3" → 3); else 0. */
export function revisionSequence(revision: number | string | undefined): number {
  if (typeof revision === 'number') return Math.max(0, Math.trunc(revision));
  const digits = typeof revision === 'string' ? /(\d+)\D*$/.exec(revision)?.[1] : undefined;
  return digits ? Math.min(Number(digits), 2_147_483_647) : 0;
}

function dateTime(name: string, ms: number, zone: string): string {
  // A wall-clock time the clocks pass twice is written in UTC: RFC 5545 means the first occurrence,
  // but calendar programs disagree (ical.js, for one, takes the second).
  if (UTC_ZONES.has(zone) || isRepeatedWallTime(ms, zone)) return `${name}:${utcStamp(ms)}`;
  const local = instantToLocal(ms, zone);
  return `${name};TZID=${zone}:${local.date.replace(/-/g, '')}T${local.time.replace(':', '')}00`;
}

/** Does the local time of `ms` in `zone` also occur at another instant (clocks turned back)? */
export function isRepeatedWallTime(ms: number, zone: string): boolean {
  const local = instantToLocal(ms, zone);
  const wall = Date.parse(`${local.date}T${local.time}:00Z`);
  for (const probe of [ms - 2 * 86_400_000, ms + 2 * 86_400_000]) {
    const other = wall - offsetMinutes(zone, probe) * 60_000;
    if (Math.abs(other - ms) >= 60_000) {
      const back = instantToLocal(other, zone);
      if (back.date === local.date && back.time === local.time) return true;
    }
  }
  return false;
}

export function utcStamp(ms: number): string {
  return `${localStamp(Math.floor(ms / 1000) * 1000)}Z`;
}

function property(name: string, text: string): string {
  return `${name}:${escapeText(text)}`;
}

/** TEXT value escaping (RFC 5545 §3.3.11); control characters other than newlines are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Fold a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // A continuation line starts with one space, which counts toward its 75 octets.
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
