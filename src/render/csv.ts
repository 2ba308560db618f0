// CSV lists for hotels, transport companies and border services (RFC 4180), safe to open in a
// spreadsheet: no cell can start a formula, and phone numbers stay text.
import { MOVE_KINDS } from '../model/format.js';
import { unseated } from '../model/seating.js';
import { textIn } from '../model/text.js';
import { dayNumber, instantToLocal } from '../model/time.js';
import type { Agreement, ItineraryEvent, Model, Person, Vehicle } from '../model/types.js';
import type { ExportLabels, Labels } from './labels.js';
import { placeText } from './place-text.js';
import { safeText } from '../text/safe.js';
import { byPrecedence, inPrecedenceOrder } from './protocol-order.js';

export const CSV_LISTS = ['people', 'contacts', 'transport', 'rooming', 'agreements'] as const;
export type CsvList = (typeof CSV_LISTS)[number];

export interface CsvTable {
  headers: string[];
  /** The label key of each column (`date`, `passportNumber`, …): what the column holds, in any language. */
  keys: string[];
  rows: string[][];
}

export interface CsvListOptions {
  lang: string;
  /** The words around the itinerary's texts, in `lang`. */
  labels: Labels;
  /** Passports, diets, and private phones and e-mails. */
  includeSensitive: boolean;
  /** Ids of people whose phone and e-mail are operational (duty contacts, officers in charge). */
  operational: ReadonlySet<string>;
}

export interface CsvEncodeOptions {
  /** Excel in a Russian (or any comma-decimal) locale: UTF-8 byte order mark and `;` between cells. */
  excel: boolean;
  /** Leave cells as they are, for programs rather than spreadsheets. */
  raw?: boolean;
  /** Between cells: by default `;` for Excel, `,` otherwise. */
  separator?: CsvSeparator;
}

export const CSV_SEPARATORS = { comma: ',', semicolon: ';', tab: '\t' } as const;
export type CsvSeparator = keyof typeof CSV_SEPARATORS;

export function buildCsvList(model: Model, list: CsvList, options: CsvListOptions): CsvTable {
  const labels = options.labels.exports;
  switch (list) {
    case 'people':
      return peopleList(model, labels, options);
    case 'contacts':
      return contactsList(model, labels, options);
    case 'transport':
      return transportList(model, labels, options);
    case 'rooming':
      return roomingList(model, labels, options);
    case 'agreements':
      return agreementsList(model, labels, options);
  }
}

const h = (labels: ExportLabels, ...keys: string[]) => keys.map((k) => labels.csv[k] ?? k);

function contact(person: Person, options: CsvListOptions): { phone: string; email: string } {
  const open = options.includeSensitive || options.operational.has(person.id);
  return { phone: open ? (person.phone ?? '') : '', email: open ? (person.email ?? '') : '' };
}

function passportCells(person: Person): string[] {
  return [person.passport?.name ?? '', person.passport?.number ?? '', person.passport?.expires ?? ''];
}

function peopleList(model: Model, labels: ExportLabels, options: CsvListOptions): CsvTable {
  const { lang } = options;
  const keys = ['no', 'id', 'side', 'organization', 'name', 'position', 'role', 'languages', 'phone', 'email'];
  if (options.includeSensitive) keys.push(...['diet', 'passportName', 'passportNumber', 'passportExpires']);
  const counters = { delegation: 0, host: 0, none: 0 };
  const rows = inPrecedenceOrder(model.people).map((p) => {
    const n = ++counters[p.side ?? 'none'];
    const { phone, email } = contact(p, options);
    const row = [
      String(n), p.id, p.side ? labels.sides[p.side] : '', textIn(p.organization?.name, lang), textIn(p.name, lang), textIn(p.position, lang),
      labels.roles[p.role], (p.languages ?? []).join(' '), phone, email,
    ];
    if (options.includeSensitive) row.push(textIn(p.diet, lang), ...passportCells(p));
    return row;
  });
  return { headers: h(labels, ...keys), keys, rows };
}

function contactsList(model: Model, labels: ExportLabels, options: CsvListOptions): CsvTable {
  const { lang } = options;
  const keys = ['contactType', 'name', 'organization', 'position', 'phone', 'email', 'details'];
  const rows: string[][] = [];
  const duty = new Set(model.visit?.contacts ?? []);
  const officerOf = new Map<string, ItineraryEvent[]>();
  for (const e of model.events) if (e.responsible) officerOf.set(e.responsible, [...(officerOf.get(e.responsible) ?? []), e]);
  for (const p of inPrecedenceOrder(model.people)) {
    const roles: string[] = [];
    if (duty.has(p.id)) roles.push(labels.csv.dutyContact!);
    const events = officerOf.get(p.id);
    if (events) roles.push(labels.csv.officerOf!);
    if (roles.length === 0 && !(options.includeSensitive && (p.phone || p.email))) continue;
    const { phone, email } = contact(p, options);
    const details = events ? events.map((e) => `${e.day.date} ${e.start} ${textIn(e.title, lang)}`).join('; ') : '';
    rows.push([roles.join(', ') || labels.sides[p.side ?? 'delegation'], textIn(p.name, lang), textIn(p.organization?.name, lang), textIn(p.position, lang), phone, email, details]);
  }
  for (const v of model.vehicles) {
    if (!v.driver) continue;
    rows.push([labels.csv.driverOf!, textIn(v.driver.name, lang), '', '', v.driver.phone ?? '', '', [labels.vehicleKinds[v.kind], v.plate].filter(Boolean).join(' ')]);
  }
  for (const place of model.places) {
    if (!place.phone) continue;
    rows.push([labels.csv.placeContact!, textIn(place.name, lang), '', '', place.phone, '', place.address ? textIn(place.address, lang) : '']);
  }
  return { headers: h(labels, ...keys), keys, rows };
}

/**
 * Moves and every event with vehicles: one row per event and rider. With a seating mapping each rider's
 * row names their own vehicle; without one (seats not assigned) it names all of the event's vehicles.
 */
function transportList(model: Model, labels: ExportLabels, options: CsvListOptions): CsvTable {
  const { lang } = options;
  const keys = ['date', 'start', 'end', 'endDate', 'zone', 'event', 'kind', 'flight', 'from', 'to', 'no', 'name', 'organization', 'vehicle', 'vehicleKind', 'seats', 'plate', 'driver', 'driverPhone'];
  const rows: string[][] = [];
  const vehicleCells = (vehicles: readonly Vehicle[]) => {
    const cell = (f: (v: Vehicle) => string) => vehicles.map(f).join(' / ');
    return [cell((v) => v.id), cell((v) => labels.vehicleKinds[v.kind] ?? v.kind), cell((v) => String(v.seats)), cell((v) => v.plate ?? ''),
      cell((v) => (v.driver ? textIn(v.driver.name, lang) : '')), cell((v) => v.driver?.phone ?? '')];
  };
  for (const e of model.events) {
    const move = (MOVE_KINDS as readonly string[]).includes(e.kind);
    if (!move && e.vehicleIds.length === 0) continue;
    const end = e.endMs !== undefined && e.endZone ? instantToLocal(e.endMs, e.endZone) : undefined;
    const base = [
      e.day.date, e.start, end?.time ?? e.end, end?.date ?? '', e.startZone === e.endZone ? (e.startZone ?? '') : `${e.startZone ?? ''} → ${e.endZone ?? ''}`,
      textIn(e.title, lang), labels.kinds[e.kind], e.flight === undefined ? '' : String(e.flight),
      e.startPlace ? placeText(e.startPlace, lang) : '', move && e.endPlace ? placeText(e.endPlace, lang) : '',
    ];
    const riders: [Person, Vehicle[]][] = [];
    if (e.seats) {
      for (const ride of e.rides) for (const person of inPrecedenceOrder(ride.riders)) riders.push([person, ride.vehicle ? [ride.vehicle] : []]);
      for (const person of inPrecedenceOrder(unseated(e))) riders.push([person, []]);
    } else {
      const vehicles = e.rides.flatMap((ride) => (ride.vehicle ? [ride.vehicle] : []));
      for (const person of inPrecedenceOrder(e.people.filter((p) => p.side === 'delegation'))) riders.push([person, vehicles]);
    }
    riders.forEach(([person, vehicles], i) => {
      rows.push([...base, String(i + 1), textIn(person.name, lang) || person.id, person.organization ? textIn(person.organization.name, lang) : person.org, ...vehicleCells(vehicles)]);
    });
  }
  return { headers: h(labels, ...keys), keys, rows };
}

/**
 * Who sleeps where: for each day with a `hotel`, the delegation-side people whose programme has begun
 * by that day and goes on after it (or ends that day without leaving).
 */
function roomingList(model: Model, labels: ExportLabels, options: CsvListOptions): CsvTable {
  const { lang } = options;
  const keys = ['hotel', 'address', 'night', 'no', 'guest', 'organization', 'position'];
  if (options.includeSensitive) keys.push(...['passportName', 'passportNumber', 'passportExpires']);
  keys.push('room');
  const span = new Map<Person, { first: number; last: number; leavesOn: Set<number> }>();
  for (const e of model.events) {
    const day = dayNumber(e.day.date);
    for (const p of e.people) {
      if (p.side !== 'delegation') continue;
      const s = span.get(p) ?? { first: day, last: day, leavesOn: new Set<number>() };
      s.first = Math.min(s.first, day);
      s.last = Math.max(s.last, day);
      if (e.kind === 'departure' || e.kind === 'flight') s.leavesOn.add(day);
      span.set(p, s);
    }
  }
  const nights: { hotel: string; date: string; people: Person[] }[] = [];
  for (const day of model.days) {
    if (!day.hotel) continue;
    const n = dayNumber(day.date);
    const guests = [...span].filter(([, s]) => s.first <= n && (s.last > n || (s.last === n && !s.leavesOn.has(n)))).map(([p]) => p).sort(byPrecedence);
    nights.push({ hotel: day.hotel, date: day.date, people: guests });
  }
  // Grouped by hotel in order of first night, then by night: one block per hotel for its front desk.
  const hotelOrder = [...new Set(nights.map((n) => n.hotel))];
  nights.sort((a, b) => hotelOrder.indexOf(a.hotel) - hotelOrder.indexOf(b.hotel) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows: string[][] = [];
  for (const night of nights) {
    const hotel = model.byId.places.get(night.hotel);
    night.people.forEach((p, i) => {
      const row = [hotel ? textIn(hotel.name, lang) : night.hotel, hotel?.address ? textIn(hotel.address, lang) : '', night.date, String(i + 1), textIn(p.name, lang), textIn(p.organization?.name, lang), textIn(p.position, lang)];
      if (options.includeSensitive) row.push(...passportCells(p));
      row.push('');
      rows.push(row);
    });
  }
  return { headers: h(labels, ...keys), keys, rows };
}

function agreementsList(model: Model, labels: ExportLabels, options: CsvListOptions): CsvTable {
  const { lang } = options;
  const keys = ['id', 'agreement', 'parties', 'signatories', 'signedAt', 'signedDate', 'signedTime', 'place', 'notes'];
  const rows = model.agreements.map((a: Agreement) => {
    const parties = a.parties.map((id) => textIn(model.byId.organizations.get(id)?.name, lang) || id).join('; ');
    const signatories = inPrecedenceOrder(a.signatories.map((id) => model.byId.people.get(id)).filter((p): p is Person => p !== undefined))
      .map((p) => [textIn(p.name, lang), textIn(p.position, lang)].filter(Boolean).join(', '))
      .join('; ');
    const signing = model.events.filter((e) => e.agreements?.includes(a.id));
    return [
      a.id, textIn(a.title, lang), parties, signatories, signing.map((e) => textIn(e.title, lang)).join('; '), signing.map((e) => e.day.date).join('; '),
      signing.map((e) => e.start).join('; '), signing.map((e) => (e.startPlace ? placeText(e.startPlace, lang) : '')).join('; '), textIn(a.notes, lang),
    ];
  });
  return { headers: h(labels, ...keys), keys, rows };
}

// A cell a spreadsheet would read as a formula: it starts (after any blanks) with = + - @, or with a tab
// or carriage return (OWASP, "CSV Injection").
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

// Digits a spreadsheet would turn into a number and change: leading zeros dropped, past the 15
// significant digits Excel keeps, or — from 10 digits on (a 10- or 12-digit INN, a passport series and
// number, a national phone number) — shown as 6,90201E+11 or summed like an amount.
const FRAGILE_NUMBER = /^(0\d+|\d{10,})$/;

/**
 * OWASP's neutralisation: a leading apostrophe, which spreadsheets read as "this cell is text".
 * Also given to digit strings a spreadsheet would alter.
 */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) || FRAGILE_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: CRLF between records; a field with the separator, a quote, CR or LF is quoted, quotes doubled. */
export function encodeCsv(table: Pick<CsvTable, 'headers' | 'rows'>, options: CsvEncodeOptions): string {
  const separator = CSV_SEPARATORS[options.separator ?? (options.excel ? 'semicolon' : 'comma')];
  const quoteIf = new RegExp(`["\\r\\n${separator}]`);
  const field = (cell: string) => {
    const shown = safeText(cell, 'csv');
    const value = options.raw ? shown : neutraliseCell(shown);
    return quoteIf.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const lines = [table.headers, ...table.rows].map((row) => row.map(field).join(separator));
  return (options.excel ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}
