// A day as a picture: a timetable grid with time down the side and one column per place (each B2B
// table is a place, so a forum's parallel tables become parallel columns). Events that overlap at one
// place share its column's width; moves are arrows from the column of `from` at the start to the
// column of `to` at the end. A label that does not fit its block is shortened, and when not even
// that fits, the block carries a number and the label goes to the key under the grid: labels never
// overlap. Wide days are cut into pages of at most `maxTracks` columns. Pure: model in, SVG out.
import { textIn } from '../model/text.js';
import type { Day, ItineraryEvent, Model, Place } from '../model/types.js';
import { displayWidth } from '../text/width.js';
import { formatDate } from './dates.js';
import { fillLabel, type Labels } from './labels.js';
import { typeset } from './typography.js';
import { sortEvents } from './view.js';

export interface TimetableOptions {
  lang: string;
  labels: Labels;
  /** Highlight this person's events (the others are drawn pale). */
  person?: string;
  /** Columns per page; a day with more places is cut into several pages. Default 8. */
  maxTracks?: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelBox extends Box {
  text: string;
}

export interface TimetablePage {
  date: string;
  /** 1-based page of the day, and how many pages the day has. */
  page: number;
  pages: number;
  svg: string;
  /** Where each text was placed (for checks: no two overlap). */
  labels: LabelBox[];
}

const WIDTH = 1000;
const HEIGHT = 680;
const MARGIN = 8;
const AXIS = 44;
const HEAD = 52;
const FONT = 11;
const SMALL = 9;
const LINE = 13;
const KEY_LINE = 13;

interface Track {
  id: string;
  name: string;
}

interface Item {
  event: ItineraryEvent;
  start: number;
  end: number;
  /** Continues after midnight (drawn to the bottom of the grid). */
  clipped: boolean;
  mine: boolean;
}

/** Every page of the timetable of `day`. */
export function timetablePages(model: Model, day: Day, options: TimetableOptions): TimetablePage[] {
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, options.lang).trim();
  const events = sortEvents(day.events);
  const items: Item[] = events.map((event) => {
    const start = minutes(event.start);
    const endRaw = minutes(event.end.slice(0, 5)) + (event.end.endsWith('+1') ? 24 * 60 : 0);
    const end = Math.max(start + 1, endRaw);
    return { event, start, end: Math.min(end, 24 * 60), clipped: end > 24 * 60, mine: options.person !== undefined && event.people.some((p) => p.id === options.person) };
  });
  // Columns: the places of the day in order of first use (a move's ends included).
  const tracks: Track[] = [];
  const seen = new Set<string>();
  const addTrack = (place: Place | undefined, id: string | undefined) => {
    const key = place?.id ?? id;
    if (key === undefined || seen.has(key)) return;
    seen.add(key);
    tracks.push({ id: key, name: (place ? text(place.name) : '') || key });
  };
  for (const { event } of items) {
    if (isMove(event)) {
      addTrack(event.startPlace, event.from);
      addTrack(event.endPlace, event.to);
    } else addTrack(event.startPlace, event.place);
  }
  const per = Math.max(1, options.maxTracks ?? 8);
  const blocks: Track[][] = [];
  for (let i = 0; i < Math.max(1, tracks.length); i += per) blocks.push(tracks.slice(i, i + per));
  const first = items.length ? Math.floor(Math.min(...items.map((i) => i.start)) / 60) * 60 : 8 * 60;
  const last = items.length ? Math.min(24 * 60, Math.ceil(Math.max(...items.map((i) => i.end)) / 60) * 60) : 18 * 60;
  const dateText = formatDate(day.date, options.labels.dateLong, options.lang);
  const title = [dateText, text(day.title)].filter(Boolean).join(' — ');
  return blocks.map((block, index) =>
    drawPage({
      date: day.date,
      title,
      heading: String(options.labels.timetable ?? 'Timetable'),
      trackNote:
        blocks.length > 1
          ? fillLabel(String(options.labels.timetableTracks ?? '{from}–{to} / {count}'), { from: index * per + 1, to: index * per + block.length, count: tracks.length })
          : '',
      page: index + 1,
      pages: blocks.length,
      tracks: block,
      items,
      first,
      last: Math.max(last, first + 60),
      lang: options.lang,
      highlight: options.person !== undefined,
      text,
    }),
  );
}

interface PageInput {
  date: string;
  title: string;
  heading: string;
  trackNote: string;
  page: number;
  pages: number;
  tracks: Track[];
  items: Item[];
  first: number;
  last: number;
  lang: string;
  highlight: boolean;
  text: (value: Parameters<typeof textIn>[0]) => string;
}

/** One page being drawn: its input, its geometry once the key is laid out, and what is drawn so far. */
interface Frame {
  p: PageInput;
  column: Map<string, number>;
  gridLeft: number;
  colWidth: number;
  top: number;
  gridHeight: number;
  y: (minutes: number) => number;
  /** The events drawn on this page (at one of its columns, or moving from or to one). */
  here: Item[];
  /** The blocks too small for a label, by their number in the key. */
  keyed: Map<Item, string>;
  out: string[];
  labels: LabelBox[];
}

function drawPage(p: PageInput): TimetablePage {
  const column = new Map(p.tracks.map((t, i) => [t.id, i]));
  const gridLeft = MARGIN + AXIS;
  const gridWidth = WIDTH - gridLeft - MARGIN;
  const colWidth = gridWidth / Math.max(1, p.tracks.length);
  const top = MARGIN + HEAD;
  const here = p.items.filter(({ event }) => (isMove(event) ? column.has(placeId(event, 'from')) || column.has(placeId(event, 'to')) : column.has(placeId(event, 'place'))));
  const minutesToY = (gridHeight: number) => (m: number) => top + ((m - p.first) / (p.last - p.first)) * gridHeight;
  const { key, keyed, gridHeight } = layoutKey(p, here, column, colWidth, gridLeft, top, minutesToY);
  const height = top + gridHeight + (key.length ? key.length * KEY_LINE + 10 : 0) + MARGIN;
  const frame: Frame = { p, column, gridLeft, colWidth, top, gridHeight, y: minutesToY(gridHeight), here, keyed, out: [], labels: [] };
  const { out } = frame;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${fmt(height)}" width="${WIDTH}" height="${fmt(height)}" lang="${esc(p.lang)}" font-family="Noto Sans, WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif" font-size="${FONT}" role="img" aria-label="${esc(`${p.heading}: ${p.title}`)}">`);
  out.push(`<title>${esc(`${p.heading}: ${p.title}${p.trackNote ? ` (${p.trackNote})` : ''}`)}</title>`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#b00020"/></marker></defs>');
  out.push(`<rect x="0" y="0" width="${WIDTH}" height="${fmt(height)}" fill="#fff"/>`);
  drawHeading(frame);
  drawGrid(frame);
  drawMoves(frame);
  drawBlocks(frame);
  drawKey(frame, key);
  out.push('</svg>');
  return { date: p.date, page: p.page, pages: p.pages, svg: out.join('\n') + '\n', labels: frame.labels };
}

/**
 * What goes into the key under the grid: blocks too small for a label, and every move; and the grid
 * height the key leaves. Two rounds settle it (the key's height changes the blocks' heights).
 */
function layoutKey(
  p: PageInput,
  here: Item[],
  column: Map<string, number>,
  colWidth: number,
  gridLeft: number,
  top: number,
  minutesToY: (gridHeight: number) => (m: number) => number,
): { key: { mark: string; text: string }[]; keyed: Map<Item, string>; gridHeight: number } {
  const key: { mark: string; text: string }[] = [];
  const keyed = new Map<Item, string>();
  let gridHeight = HEIGHT - top - MARGIN;
  for (let round = 0; round < 2; round++) {
    key.length = 0;
    keyed.clear();
    const y = minutesToY(gridHeight);
    const lanes = laneLayout(here.filter((i) => !isMove(i.event)), p.tracks);
    for (const item of here) {
      const box = isMove(item.event) ? undefined : blockBox(item, lanes, column, colWidth, gridLeft, y);
      const label = labelText(item, p.text);
      if (isMove(item.event) || !box || fitLines(label, box.width - 6, box.height - 4, p.lang).lines.length === 0) {
        const mark = String(key.length + 1);
        keyed.set(item, mark);
        key.push({ mark, text: typeset(`${item.event.start}–${item.event.end.slice(0, 5)}${item.clipped ? ' (+1)' : ''} ${p.text(item.event.title) || item.event.id}${isMove(item.event) ? ` (${placeName(item.event.startPlace, item.event.from, p.text)} → ${placeName(item.event.endPlace, item.event.to, p.text)})` : ''}`, p.lang) });
      }
    }
    gridHeight = HEIGHT - top - MARGIN - (key.length ? key.length * KEY_LINE + 10 : 0);
    gridHeight = Math.max(gridHeight, 300);
  }
  return { key, keyed, gridHeight };
}

/** Heading: the date and title (shortened to the width), and which columns this page holds. */
function drawHeading({ p, out, labels }: Frame): void {
  const headLeft = `${p.heading} · ${p.title}`;
  const note = p.trackNote;
  const noteWidth = note ? textWidth(note, SMALL) + 4 : 0;
  const headText = shorten(headLeft, WIDTH - 2 * MARGIN - noteWidth - 8, 13);
  out.push(text(MARGIN, MARGIN + 14, headText, { size: 13, weight: 700 }));
  labels.push({ x: MARGIN, y: MARGIN + 1, width: textWidth(headText, 13), height: 16, text: headText });
  if (note) {
    out.push(text(WIDTH - MARGIN, MARGIN + 13, note, { size: SMALL, anchor: 'end', fill: '#5b6470' }));
    labels.push({ x: WIDTH - MARGIN - textWidth(note, SMALL), y: MARGIN + 3, width: textWidth(note, SMALL), height: 12, text: note });
  }
}

/** Column heads (place names, up to two lines, shortened to the column), hour lines and times down the side, column lines. */
function drawGrid({ p, gridLeft, colWidth, top, gridHeight, y, out, labels }: Frame): void {
  p.tracks.forEach((track, i) => {
    const x = gridLeft + i * colWidth;
    out.push(`<rect x="${fmt(x)}" y="${MARGIN + 22}" width="${fmt(colWidth)}" height="${HEAD - 24}" fill="#eef2f7" stroke="#fff"/>`);
    const fitted = fitLines(track.name, colWidth - 6, HEAD - 26, p.lang, SMALL);
    fitted.lines.forEach((line, n) => {
      const ly = MARGIN + 22 + 11 + n * 11;
      out.push(text(x + 3, ly, line, { size: SMALL, weight: 700 }));
      labels.push({ x: x + 3, y: ly - SMALL, width: textWidth(line, SMALL), height: 11, text: line });
    });
  });
  for (let m = p.first; m <= p.last; m += 60) {
    const ly = y(m);
    out.push(`<line x1="${gridLeft}" y1="${fmt(ly)}" x2="${WIDTH - MARGIN}" y2="${fmt(ly)}" stroke="#c9ced6" stroke-width="0.6"/>`);
    if (m < p.last || m === p.first) {
      const hh = `${String(Math.floor(m / 60)).padStart(2, '0')}:00`;
      out.push(text(gridLeft - 4, ly + 4, hh, { size: SMALL, anchor: 'end', fill: '#5b6470' }));
      labels.push({ x: gridLeft - 4 - textWidth(hh, SMALL), y: ly - 5, width: textWidth(hh, SMALL), height: 10, text: hh });
    }
  }
  for (let i = 0; i <= p.tracks.length; i++) {
    const x = gridLeft + i * colWidth;
    out.push(`<line x1="${fmt(x)}" y1="${top}" x2="${fmt(x)}" y2="${fmt(top + gridHeight)}" stroke="#c9ced6" stroke-width="0.6"/>`);
  }
}

/** Moves (under the blocks): arrows from the column of `from` at the start to the column of `to` at the end (or the page edge). */
function drawMoves({ p, column, gridLeft, colWidth, y, here, out }: Frame): void {
  for (const item of here) {
    if (!isMove(item.event)) continue;
    const from = column.get(placeId(item.event, 'from'));
    const to = column.get(placeId(item.event, 'to'));
    const x1 = from !== undefined ? gridLeft + (from + 0.5) * colWidth : to! > 0 ? gridLeft : WIDTH - MARGIN;
    const x2 = to !== undefined ? gridLeft + (to + 0.5) * colWidth : from! > 0 ? WIDTH - MARGIN : gridLeft;
    out.push(`<line x1="${fmt(x1)}" y1="${fmt(y(item.start))}" x2="${fmt(x2)}" y2="${fmt(y(item.end))}" stroke="#b00020" stroke-width="${p.highlight && item.mine ? 2 : 1.2}" stroke-dasharray="4 2" marker-end="url(#arrow)"/>`);
  }
}

/** Event blocks, each with its label, or its number in the key when the label does not fit. */
function drawBlocks({ p, column, gridLeft, colWidth, y, here, keyed, out, labels }: Frame): void {
  const lanes = laneLayout(here.filter((i) => !isMove(i.event)), p.tracks);
  for (const item of here) {
    if (isMove(item.event)) continue;
    const box = blockBox(item, lanes, column, colWidth, gridLeft, y)!;
    const fill = p.highlight ? (item.mine ? '#1f3a5f' : '#eef2f7') : '#dbe4f0';
    const ink = p.highlight && item.mine ? '#fff' : '#1a1a1a';
    out.push(`<rect x="${fmt(box.x)}" y="${fmt(box.y)}" width="${fmt(box.width)}" height="${fmt(box.height)}" rx="2" fill="${fill}" stroke="${p.highlight && item.mine ? '#1f3a5f' : '#8a9bb3'}" stroke-width="0.8"${item.clipped ? ' stroke-dasharray="3 2"' : ''}/>`);
    const mark = keyed.get(item);
    if (mark !== undefined) {
      // Too small for its label: a number, when even that fits, else only the colour and the key.
      if (box.height >= SMALL + 1 && box.width >= textWidth(mark, SMALL) + 4) {
        out.push(text(box.x + 2, box.y + Math.min(box.height - 1, SMALL + 1), mark, { size: SMALL, weight: 700, fill: ink }));
        labels.push({ x: box.x + 2, y: box.y + Math.min(box.height - 1, SMALL + 1) - SMALL, width: textWidth(mark, SMALL), height: SMALL, text: mark });
      }
      continue;
    }
    const fitted = fitLines(labelText(item, p.text), box.width - 6, box.height - 4, p.lang);
    fitted.lines.forEach((line, n) => {
      const ly = box.y + 2 + (n + 1) * LINE - 3;
      out.push(text(box.x + 3, ly, line, { size: FONT, weight: n === 0 ? 700 : 400, fill: ink }));
      labels.push({ x: box.x + 3, y: ly - FONT + 1, width: textWidth(line, FONT), height: LINE - 1, text: line });
    });
  }
}

/** The key under the grid. */
function drawKey({ top, gridHeight, out, labels }: Frame, key: readonly { mark: string; text: string }[]): void {
  let ky = top + gridHeight + 10 + KEY_LINE - 3;
  for (const entry of key) {
    const line = shorten(`${entry.mark}  ${entry.text}`, WIDTH - 2 * MARGIN, SMALL);
    out.push(text(MARGIN, ky, line, { size: SMALL }));
    labels.push({ x: MARGIN, y: ky - SMALL, width: textWidth(line, SMALL), height: KEY_LINE - 2, text: line });
    ky += KEY_LINE;
  }
}

/** Lanes within each column: overlapping events at one place share the column's width. */
function laneLayout(items: Item[], tracks: Track[]): Map<Item, { lane: number; lanes: number }> {
  const result = new Map<Item, { lane: number; lanes: number }>();
  for (const track of tracks) {
    const mine = items.filter((i) => i.event.startPlace?.id === track.id || (i.event.startPlace === undefined && i.event.place === track.id));
    // Clusters of transitively overlapping events; each gets the lanes it needs.
    let cluster: Item[] = [];
    let clusterEnd = -1;
    const flush = () => {
      const laneEnds: number[] = [];
      const assigned: [Item, number][] = [];
      for (const item of cluster) {
        let lane = laneEnds.findIndex((end) => end <= item.start);
        if (lane < 0) lane = laneEnds.push(item.end) - 1;
        else laneEnds[lane] = item.end;
        assigned.push([item, lane]);
      }
      for (const [item, lane] of assigned) result.set(item, { lane, lanes: laneEnds.length });
      cluster = [];
      clusterEnd = -1;
    };
    for (const item of [...mine].sort((a, b) => a.start - b.start || a.end - b.end)) {
      if (cluster.length && item.start >= clusterEnd) flush();
      cluster.push(item);
      clusterEnd = Math.max(clusterEnd, item.end);
    }
    if (cluster.length) flush();
  }
  return result;
}

function blockBox(item: Item, lanes: Map<Item, { lane: number; lanes: number }>, column: Map<string, number>, colWidth: number, gridLeft: number, y: (m: number) => number): Box | undefined {
  const col = column.get(placeId(item.event, 'place'));
  const lane = lanes.get(item);
  if (col === undefined || !lane) return undefined;
  const laneWidth = (colWidth - 4) / lane.lanes;
  const x = gridLeft + col * colWidth + 2 + lane.lane * laneWidth;
  const top = y(item.start);
  // A hairline gap between back-to-back events.
  return { x, y: top + 0.5, width: laneWidth - 1, height: Math.max(0.5, y(item.end) - top - 1) };
}

function labelText(item: Item, text: (value: Parameters<typeof textIn>[0]) => string): string {
  return `${item.event.start} ${text(item.event.title) || item.event.id}`;
}

function isMove(event: ItineraryEvent): boolean {
  return event.kind === 'flight' || event.kind === 'transfer';
}

function placeId(event: ItineraryEvent, which: 'place' | 'from' | 'to'): string {
  if (which === 'place') return event.startPlace?.id ?? event.place ?? '';
  if (which === 'from') return event.startPlace?.id ?? event.from ?? '';
  return event.endPlace?.id ?? event.to ?? '';
}

function placeName(place: Place | undefined, id: string | undefined, text: (value: Parameters<typeof textIn>[0]) => string): string {
  return (place ? text(place.name) : '') || id || '';
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Estimated width of a text in SVG units: Latin and Cyrillic about 0.58 em, Chinese 1 em. */
export function textWidth(value: string, size: number): number {
  let width = 0;
  for (const ch of value) width += displayWidth(ch) === 2 ? 1 : 0.58;
  return width * size;
}

/** The lines of `value` that fit `width` × `height` (wrapped at spaces, or between Chinese characters); the last one shortened with "…". */
export function fitLines(value: string, width: number, height: number, lang: string, size = FONT): { lines: string[]; complete: boolean } {
  const lineHeight = size === FONT ? LINE : size + 2;
  const max = Math.floor(height / lineHeight);
  if (max < 1 || width < size) return { lines: [], complete: false };
  const units = lang === 'zh' || /[\u3400-\u9fff]/.test(value) ? [...value].map((ch, i, all) => (i > 0 && displayWidth(ch) !== 2 && displayWidth(all[i - 1]!) !== 2 ? ch : '\u0000' + ch)).join('').split('\u0000').filter(Boolean) : value.split(/(?<= )/);
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (textWidth((line + unit).trimEnd(), size) <= width) {
      line += unit;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = unit.trimStart();
    while (textWidth(line, size) > width) {
      // A word longer than the line: cut it.
      let cut = line;
      while (cut.length > 1 && textWidth(cut, size) > width) cut = cut.slice(0, -1);
      lines.push(cut);
      line = line.slice(cut.length);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  // A first line of only a few characters ("17:", "…") says nothing: leave the label to the key.
  if ([...(lines[0] ?? '')].reduce((w, ch) => w + displayWidth(ch), 0) < 5) return { lines: [], complete: false };
  if (lines.length <= max) return { lines, complete: true };
  const kept = lines.slice(0, max);
  kept[max - 1] = shorten(kept[max - 1]! + '…', width, size);
  // A one-line block that keeps only "…" says nothing: leave it to the key.
  if (kept.length === 1 && kept[0]!.replace('…', '').trim().length < 3) return { lines: [], complete: false };
  return { lines: kept, complete: false };
}

/** `value` cut with "…" to fit `width`. */
function shorten(value: string, width: number, size: number): string {
  if (textWidth(value, size) <= width) return value;
  let out = value.replace(/…$/, '');
  while (out.length > 0 && textWidth(out + '…', size) > width) out = [...out].slice(0, -1).join('');
  return out.trimEnd() + '…';
}

function text(x: number, y: number, value: string, o: { size?: number; weight?: number; anchor?: string; fill?: string } = {}): string {
  const attrs = [`x="${fmt(x)}"`, `y="${fmt(y)}"`];
  if (o.size && o.size !== FONT) attrs.push(`font-size="${o.size}"`);
  if (o.weight && o.weight !== 400) attrs.push(`font-weight="${o.weight}"`);
  if (o.anchor) attrs.push(`text-anchor="${o.anchor}"`);
  if (o.fill) attrs.push(`fill="${o.fill}"`);
  return `<text ${attrs.join(' ')}>${esc(value)}</text>`;
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Text for SVG/XML: markup escaped, control and bidi-override characters dropped. */
function esc(value: string): string {
  return value
    // Control characters cannot stand in XML; bidi overrides could reorder a label.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The date of a page for file names: "2023-11-21", or "2023-11-21-2" for the second page of a wide day. */
export function timetableName(page: TimetablePage): string {
  return page.pages > 1 ? `${page.date}-${page.page}` : page.date;
}

/** The timetable pages as one printable HTML document: each page landscape A4. */
export function timetableHtml(pages: readonly TimetablePage[], options: { lang: string; title: string; pageOf: string }): string {
  const footer = esc(options.pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>');
  const run = '<style>.run { width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; font-family: "Noto Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-synthesis: none; font-size: 7.5pt; color: #5b6470; }</style>';
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(options.title)}</title>`,
    '<meta name="print-font" content="Noto Sans">',
    '<meta name="print-font" content="WenQuanYi Micro Hei" data-script="han">',
    '<style>@page { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; } body { margin: 0; font-synthesis: none; } .timetable-page { break-after: page; } .timetable-page:last-child { break-after: auto; } .timetable-page svg { width: 100%; height: auto; max-height: 180mm; display: block; }</style>',
    '</head>',
    '<body>',
    `<template id="print-header">${run}<div class="run" lang="${esc(options.lang)}"><div>${esc(options.title)}</div></div></template>`,
    `<template id="print-footer">${run}<div class="run" lang="${esc(options.lang)}"><div></div><span>${footer}</span></div></template>`,
    ...pages.map((page) => `<section class="timetable-page">\n${page.svg}</section>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
