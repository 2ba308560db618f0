// Day sheets as plain text that fits 80 columns, for the terminal and plain printers. Chinese and
// other wide characters count two columns.
import { displayWidth, measuredGraphemes } from '../text/width.js';
import { typeset } from './typography.js';
import type { DaySheetView, EventView, PersonView, PlaceView, VehicleView } from './view.js';

export const TEXT_WIDTH = 80;
const TIME_WIDTH = 13;
const MAX_LABEL = 22;

export function daySheetText(view: DaySheetView): string {
  const l = view.labels as unknown as Record<string, string>;
  const lines: string[] = [];
  const rule = (ch: string) => lines.push(ch.repeat(TEXT_WIDTH));
  rule('=');
  const heading = String(l.daySheetTitle).toUpperCase();
  const revision = view.revision ? `${l.revision} ${view.revision}` : '';
  const gap = TEXT_WIDTH - displayWidth(heading) - displayWidth(revision);
  lines.push(gap >= 1 ? heading + ' '.repeat(gap) + revision : heading, ...(gap >= 1 || !revision ? [] : [revision]));
  lines.push(...wrap(view.title, TEXT_WIDTH));
  lines.push(...wrap([view.day.dateLong, view.day.title].filter(Boolean).join(' — '), TEXT_WIDTH));
  if (view.person) {
    const who = [view.person.name, view.person.position].filter(Boolean).join(', ') + (view.person.organization ? ` (${view.person.organization})` : '');
    lines.push(...wrap(`${l.person}: ${who}`, TEXT_WIDTH, 2));
  }
  if (view.unchecked) lines.push(...wrap(`*** ${l.unchecked}: ${view.unchecked} ***`, TEXT_WIDTH));
  if (view.personal) lines.push(...wrap(l.sensitive ?? '', TEXT_WIDTH));
  rule('=');
  if (view.day.events.length === 0) lines.push('', l.noEvents ?? '');
  // Values joined here ("name, position") are typeset again: full-width commas between Chinese words.
  const events = view.day.events.map((event) => ({ event, rows: eventRows(event, l).map(([k, v]): [string, string] => [k, typeset(v, view.lang)]) }));
  // One label column for the whole sheet, so that the events line up under each other.
  const labelWidth = Math.min(MAX_LABEL, Math.max(0, ...events.flatMap(({ rows }) => rows.map(([k]) => displayWidth(k) + 1))));
  for (const { event, rows } of events) {
    lines.push('');
    lines.push(...eventLines(event, rows, labelWidth, l));
  }
  lines.push('');
  rule('-');
  const hotel = view.day.hotel;
  if (hotel) {
    const rows: [string, string][] = [[l.hotel ?? '', placeLine(hotel)]];
    if (hotel.address) rows.push([l.address ?? '', hotel.address]);
    if (hotel.addressLocal) rows.push([l.addressLocal ?? '', hotel.addressLocal]);
    const width = Math.max(...rows.map(([k]) => displayWidth(k) + 1));
    for (const [key, value] of rows) lines.push(...field(key, value, 0, width - displayWidth(key) - 1));
  }
  if (view.contacts.length > 0) {
    lines.push(...(hotel ? [''] : []), `${l.contacts}:`);
    for (const c of view.contacts) lines.push(...wrap(typeset(personLine(c, true), view.lang), TEXT_WIDTH - 2, 2).map((s) => '  ' + s.trimStart()));
  }
  rule('=');
  // A wrapped line never starts with "::": printed in a CI log, the runner would take it for a command.
  return lines.map((s) => s.replace(/\s+$/, '').replace(/\u00a0/g, ' ').replace(/^(\s*):(?=:)/, '$1\u200b:')).join('\n') + '\n';
}

/** Phone numbers and plates are not broken across lines. */
function keep(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

function eventLines(e: EventView, rows: [string, string][], labelWidth: number, l: Record<string, string>): string[] {
  const lines: string[] = [];
  const indent = TIME_WIDTH;
  if (e.gatherTime || e.gatherAt) {
    lines.push(...hanging(pad(e.gatherTime, TIME_WIDTH), `${l.gather}: ${e.gatherAt}`));
  }
  const time = `${e.start}–${e.end}`;
  const suffix = e.timeNote;
  lines.push(...hanging(pad(time, TIME_WIDTH), `${e.title} [${e.kindLabel}]${suffix ? ` (${suffix})` : ''}`));
  for (const [key, value] of rows) lines.push(...field(key, value, indent, labelWidth - displayWidth(key) - 1));
  return lines;
}

function eventRows(e: EventView, l: Record<string, string>): [string, string][] {
  const rows: [string, string][] = [];
  if (e.flight) rows.push([l.flight ?? '', e.flight]);
  if (e.place) pushPlace(rows, l.place ?? '', e.place, l);
  if (e.from) pushPlace(rows, l.from ?? '', e.from, l);
  if (e.to) pushPlace(rows, l.to ?? '', e.to, l);
  for (const v of e.vehicles) {
    rows.push([l.vehicle ?? '', vehicleLine(v, l)]);
    if (v.riders.length > 0) rows.push([l.riders ?? '', v.riders.join(', ')]);
  }
  if (e.dress) rows.push([l.dress ?? '', e.dress]);
  if (e.officer) rows.push([l.officer ?? '', personLine(e.officer, true)]);
  if (e.wholeDelegation) rows.push([l.delegationSide ?? '', l.wholeDelegation ?? '']);
  else if (e.delegationGroups.length > 0) rows.push([l.delegationSide ?? '', e.delegationGroups.join(', ')]);
  if (e.host.length > 0) rows.push([l.hostSide ?? '', e.host.map((p) => p.name).join(', ')]);
  if (e.diet) rows.push([l.yourDiet ?? '', e.diet]);
  if (e.diets.length > 0) rows.push([l.diets ?? '', e.diets.map((d) => `${d.name}: ${d.diet}`).join('; ')]);
  if (e.notes) rows.push([l.notes ?? '', e.notes]);
  return rows;
}

function pushPlace(rows: [string, string][], key: string, place: PlaceView, l: Record<string, string>): void {
  rows.push([key, placeLine(place)]);
  if (place.address) rows.push([l.address ?? '', place.address]);
  if (place.addressLocal) rows.push([l.addressLocal ?? '', place.addressLocal]);
}

function placeLine(p: PlaceView): string {
  return [p.name, keep(p.phone)].filter(Boolean).join(', ');
}

function vehicleLine(v: VehicleView, l: Record<string, string>): string {
  const driver = v.driver || v.driverPhone ? `${l.driver} ${[v.driver, keep(v.driverPhone)].filter(Boolean).join(' ')}` : '';
  return [v.kind, keep(v.plate), driver].filter(Boolean).join(', ');
}

function personLine(p: PersonView, contact = false): string {
  const parts = [p.name, p.position];
  if (contact || p.phone) parts.push(keep(p.phone));
  if (p.email) parts.push(p.email);
  return parts.filter(Boolean).join(', ');
}

/** "Label: value", the value wrapped under itself. */
function field(key: string, value: string, indent: number, extra: number): string[] {
  const head = ' '.repeat(indent) + `${key}:` + ' '.repeat(Math.max(1, extra + 1));
  return hanging(head, value);
}

/** `head` then `text`, continuation lines indented to the end of `head` (or 4 columns if it is long). */
function hanging(head: string, text: string): string[] {
  let indent = displayWidth(head);
  if (indent > TEXT_WIDTH / 2) indent = 4;
  const first = TEXT_WIDTH - displayWidth(head);
  const words = wrapWords(text, Math.max(10, first), TEXT_WIDTH - indent);
  return words.map((line, i) => (i === 0 ? head + line : ' '.repeat(indent) + line));
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - displayWidth(text)));
}

function wrap(text: string, width: number, indent = 0): string[] {
  return wrapWords(text, width, width - indent).map((line, i) => (i === 0 ? line : ' '.repeat(indent) + line));
}

/** Greedy wrapping by words; a word wider than a line (Chinese has no spaces) is cut between characters. */
export function wrapWords(text: string, firstWidth: number, restWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let limit = firstWidth;
  const flush = () => {
    lines.push(line);
    line = '';
    width = 0;
    limit = restWidth;
  };
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const w = displayWidth(word);
    if (line !== '' && width + 1 + w <= limit) {
      line += ' ' + word;
      width += 1 + w;
      continue;
    }
    if (line !== '') flush();
    if (w <= limit) {
      line = word;
      width = w;
      continue;
    }
    for (const [ch, cw] of measuredGraphemes(word)) {
      if (width + cw > limit) flush();
      line += ch;
      width += cw;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
