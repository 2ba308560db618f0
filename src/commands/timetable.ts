// `delegation timetable`: each day as a timetable grid (SVG), one file per page, or all pages in one
// HTML document (PDF is printed from it).
import { closest } from 'fastest-levenshtein';
import { labelsFor } from '../render/labels.js';
import { timetableHtml, timetableName, timetablePages, type TimetablePage } from '../render/timetable.js';
import { UserError } from '../source/errors.js';
import { isPrepared, prepareDocuments, type DocumentCommandOptions, type DocumentsResult } from './documents.js';
import { words } from '../text/words.js';

export type TimetableFormat = 'svg' | 'html' | 'pdf';

export interface TimetableOptions extends DocumentCommandOptions {
  format: TimetableFormat;
  dates?: readonly string[];
  /** Highlight this person's events. */
  person?: string;
  /** Columns per page (default 8). */
  maxTracks?: number;
}

export async function timetable(options: TimetableOptions): Promise<DocumentsResult> {
  const prepared = await prepareDocuments(options);
  if (!isPrepared(prepared)) return { ...prepared, documents: [] };
  const { model, renderer, result } = prepared;
  if (options.person !== undefined && !model.byId.people.has(options.person)) {
    const known = model.people.map((p) => p.id);
    throw new UserError(words('noSuchPersonIn', { id: options.person, file: options.file }), known.length ? words('didYouMean', { value: closest(options.person, known) }) : undefined);
  }
  const dates = model.days.map((d) => d.date);
  for (const date of options.dates ?? []) {
    if (!dates.includes(date)) throw new UserError(words('noSuchDate', { date }), words('noSuchDate.hint', { days: dates.join(', ') }));
  }
  const labels = labelsFor(renderer.templates.labels, result.lang);
  const pages: TimetablePage[] = model.days
    .filter((d) => !options.dates?.length || options.dates.includes(d.date))
    .flatMap((day) => timetablePages(model, day, { lang: result.lang, labels, person: options.person, maxTracks: options.maxTracks }));
  const suffix = options.person ? `-${options.person}` : '';
  if (options.format === 'svg') {
    return { ...result, documents: pages.map((page) => ({ fileName: `${timetableName(page)}${suffix}.svg`, content: page.svg })) };
  }
  const title = `${String(labels.timetable)} · ${(model.visit && (typeof model.visit.title === 'string' ? model.visit.title : (model.visit.title[result.lang] ?? Object.values(model.visit.title)[0]))) ?? ''}`;
  const html = timetableHtml(pages, { lang: result.lang, title, pageOf: String(labels.pageOf) });
  return { ...result, documents: [{ fileName: `${result.visitId}-timetable-${result.lang}${suffix}.${options.format}`, content: html }] };
}
