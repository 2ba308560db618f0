// Draws the agenda as terminal tables that fit a given width, wrapping Cyrillic and Chinese text by
// display width: a Chinese character takes two columns.
import { displayWidth, fitLine, measuredGraphemes } from '../text/width.js';
import type { EventKind } from '../model/types.js';
import type { Agenda, AgendaEntry, LocalTime, SeatVehicle, WhereAt, WhereGroup } from './agenda.js';
import { formatDate } from './dates.js';
import type { AgendaLabels, ExportLabels, Labels } from './labels.js';
import { mapStrings } from './documents.js';
import { safeText } from '../text/safe.js';

/** Colours, passed in by the CLI (identity functions when colour is off). */
export interface AgendaPaint {
  kind(kind: EventKind, text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

/** Narrower tables cannot hold four readable columns; a narrower terminal wraps the lines. */
export const MIN_WIDTH = 60;

export const PLAIN_PAINT: AgendaPaint = { kind: (_k, t) => t, heading: (t) => t, dim: (t) => t };

export interface AgendaTableOptions {
  width: number;
  /** The reader's words, in the agenda's language. */
  labels: Labels;
  paint?: AgendaPaint;
}

/** Borders and padding of a table with `columns` columns: one bar per edge, one space each side. */
const overhead = (columns: number) => columns + 1 + columns * 2;

export function renderAgendaTables(unsafe: Agenda, options: AgendaTableOptions): string {
  // Names and titles reach a terminal: one line each, control characters shown, never acted on.
  const agenda = mapStrings(unsafe, (s) => safeText(s));
  const paint = options.paint ?? PLAIN_PAINT;
  const labels = options.labels.exports.agenda;
  const words = options.labels.exports;
  const width = Math.max(MIN_WIDTH, options.width);
  const out: string[] = [];
  const title = [agenda.visit.title, agenda.person?.name].filter(Boolean).join(' — ');
  out.push(paint.heading(fitLine(title, width)));
  for (const day of agenda.days) {
    out.push('');
    const head = [formatDate(day.date, labels.weekday, agenda.lang) + ' ' + day.date, day.title].filter(Boolean).join('  ');
    out.push(paint.heading(fitLine(head, width)));
    const sub = [day.zone, day.hotel ? `${labels.hotel}: ${day.hotel}` : ''].filter(Boolean).join(' · ');
    out.push(paint.dim(fitLine(sub, width)));
    if (day.entries.length === 0) {
      out.push(paint.dim(labels.noEvents));
      continue;
    }
    const plusOne = day.entries.some((e) => e.end.date !== e.start.date);
    const timeWidth = plusOne ? 13 : 11;
    const rest = width - overhead(4) - timeWidth;
    const titleWidth = Math.max(8, Math.floor(rest * 0.4));
    const placeWidth = Math.max(8, Math.floor(rest * 0.3));
    const whoWidth = Math.max(8, rest - titleWidth - placeWidth);
    const table = newTable([labels.time, labels.title, labels.place, labels.who], [timeWidth, titleWidth, placeWidth, whoWidth]);
    for (const e of day.entries) {
      table.push([
        wrap(timeRange(e), timeWidth),
        paint.kind(e.kind, wrap(titleText(e, words), titleWidth)),
        wrap(placeText(e, day.zone), placeWidth),
        wrap(e.who, whoWidth),
      ]);
    }
    out.push(table.toString());
  }
  return out.join('\n') + '\n';
}

export function renderWhereTable(unsafe: WhereAt, options: AgendaTableOptions): string {
  const where = mapStrings(unsafe, (s) => safeText(s));
  const paint = options.paint ?? PLAIN_PAINT;
  const labels = options.labels.exports.agenda;
  const { lang } = options.labels;
  const width = Math.max(MIN_WIDTH, options.width);
  const rest = width - overhead(3);
  const nameWidth = Math.max(8, Math.floor(rest * 0.26));
  const nowWidth = Math.max(10, Math.floor(rest * 0.42));
  const nextWidth = Math.max(8, rest - nameWidth - nowWidth);
  const out = [paint.heading(fitLine(`${formatDate(where.at.date, labels.weekday, lang)} ${where.at.date} ${where.at.time} (${where.at.zone})`, width))];
  const table = newTable([labels.person, labels.now, labels.next], [nameWidth, nowWidth, nextWidth]);
  // People in the same situation share a row: "where is everyone" reads as a handful of places.
  for (const g of where.groups) {
    const now = g.event ? paint.kind(g.event.kind, wrap(eventLine(g.event, labels, where.at.date) + (g.vehicle ? ` · ${vehicleLine(g.vehicle)}` : ''), nowWidth)) : paint.dim(wrap(statusText(g, labels, where.at.date), nowWidth));
    const next = g.next ? wrap(`${timeOn(g.next.start, where.at.date)} ${g.next.title} · ${g.next.place}`, nextWidth) : '';
    table.push([wrap(g.label, nameWidth), now, next]);
  }
  out.push(table.toString());
  return out.join('\n') + '\n';
}

interface BoxTable {
  push(row: string[]): void;
  toString(): string;
}

/**
 * A table in cli-table3's default box style. Drawn here rather than by cli-table3 itself: cli-table3
 * re-measures a multi-line cell's whole content for every line it draws (a debug truncation in
 * Cell.draw), which took over 20 s for one day of a 50-person programme. Cells arrive wrapped to their
 * column's width; widths are measured by text/width.ts.
 */
function newTable(head: string[], widths: number[]): BoxTable {
  const rows: string[][] = [head.map((h, i) => fitLine(h, widths[i]!))];
  const rule = (left: string, mid: string, right: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const drawRow = (cells: string[]) => {
    const lines = cells.map((c) => c.split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      out.push('│' + lines.map((l, col) => {
        const text = l[i] ?? '';
        return ' ' + text + ' '.repeat(Math.max(0, widths[col]! - displayWidth(stripStyle(text)))) + ' ';
      }).join('│') + '│');
    }
    return out;
  };
  return {
    push: (row) => void rows.push(row),
    toString: () => {
      const out = [rule('┌', '┬', '┐')];
      rows.forEach((row, i) => {
        if (i > 0) out.push(rule('├', '┼', '┤'));
        out.push(...drawRow(row));
      });
      out.push(rule('└', '┴', '┘'));
      return out.join('\n');
    },
  };
}

// eslint-disable-next-line no-control-regex
const STYLE = /\u001b\[[0-9;]*m/g;

function stripStyle(text: string): string {
  return text.replace(STYLE, '');
}

function timeRange(e: AgendaEntry): string {
  const plus = e.end.date !== e.start.date ? `+${Math.round((Date.parse(e.end.date) - Date.parse(e.start.date)) / 86_400_000)}` : '';
  return `${e.start.time}–${e.end.time}${plus}`;
}

function titleText(e: AgendaEntry, labels: ExportLabels): string {
  const title = e.flight && !e.title.includes(e.flight) ? `${e.title} (${e.flight})` : e.title;
  return e.gather ? `${title}\n${labels.gather} ${e.gather.time}${labels.comma}${e.gather.at}` : title;
}

function placeText(e: AgendaEntry, dayZone: string): string {
  const start = e.start.zone !== dayZone ? ` [${e.start.zone}]` : '';
  if (e.to === undefined) return e.place + start;
  const end = e.end.zone !== e.start.zone ? ` [${e.end.zone}]` : '';
  return `${e.place}${start} → ${e.to}${end}`;
}

/** A time, with its date when that is not the day asked about. */
function timeOn(t: LocalTime, day: string): string {
  return t.date === day ? t.time : `${t.date} ${t.time}`;
}

function eventLine(e: AgendaEntry, labels: AgendaLabels, day: string): string {
  const where = e.to !== undefined ? `${e.place} → ${e.to}` : e.place;
  return `${e.title} · ${where} (${labels.until} ${timeOn(e.end, day)})`;
}

function vehicleLine(v: SeatVehicle): string {
  return [v.kind, v.plate, [v.driver, v.driverPhone].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function statusText(p: WhereGroup, labels: AgendaLabels, day: string): string {
  if (p.status === 'none') return labels.noEvents;
  if (p.status === 'before') return labels.notArrived;
  const last = p.previous ? `${labels.lastSeen} ${p.previous.to ?? p.previous.place} (${timeOn(p.previous.end, day)})` : '';
  return p.status === 'after' ? [labels.gone, last].filter(Boolean).join('; ') : [labels.free, last].filter(Boolean).join('; ');
}

/** Wrap to `width` display columns: at spaces, between CJK characters, and inside over-long words. */
export function wrap(text: string, width: number): string {
  return text.split('\n').flatMap((line) => wrapLine(line, width)).join('\n');
}

function wrapLine(line: string, width: number): string[] {
  // Tokens: runs of spaces, single CJK characters, or runs of anything else.
  const tokens = line.match(/\s+|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+/gu) ?? [''];
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  const flush = () => {
    lines.push(current.trimEnd());
    current = '';
    currentWidth = 0;
  };
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (current !== '' && currentWidth + 1 <= width) {
        current += ' ';
        currentWidth += 1;
      }
      continue;
    }
    const tokenWidth = displayWidth(token);
    if (currentWidth + tokenWidth <= width) {
      current += token;
      currentWidth += tokenWidth;
      continue;
    }
    // Chinese closing punctuation never starts a line: the character before it moves down with it.
    if (/^[、，。；：！？）」』】》]$/u.test(token) && current !== '') {
      const chars = [...measuredGraphemes(current)];
      const [last, lastWidth] = chars.pop()!;
      if (chars.length > 0 && !/\s/.test(last)) {
        current = chars.map(([g]) => g).join('');
        currentWidth -= lastWidth;
        flush();
        current = last + token;
        currentWidth = lastWidth + tokenWidth;
        continue;
      }
    }
    if (current !== '') flush();
    for (const [ch, w] of measuredGraphemes(token)) {
      if (currentWidth + w > width && current !== '') flush();
      current += ch;
      currentWidth += w;
    }
  }
  if (current !== '' || lines.length === 0) flush();
  return lines;
}
