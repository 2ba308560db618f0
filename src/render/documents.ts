// Renders the briefing pack and the day sheets to HTML and Markdown through the Handlebars layouts of
// templates/ (loaded by the caller and passed in), and day sheets to plain text. Pure functions.
import type HandlebarsNamespace from 'handlebars';
import type { Model } from '../model/types.js';
import { briefView } from './brief-view.js';
import { daySheetViews, type SheetSelection } from './day-sheet-view.js';
import { labelsFor, type LabelSet } from './labels.js';
import { checkTemplate, templateError } from './template-errors.js';
import { timetablePages } from './timetable.js';
import { escapeMarkdown } from './markdown.js';
import { contextOnlyPartials, reusePartials } from './partial-reuse.js';
import { safeText } from '../text/safe.js';
import { daySheetText } from './text.js';
import { typeset, typesets } from './typography.js';
import type { DocumentOptions } from './view.js';

export type HandlebarsRuntime = typeof HandlebarsNamespace;

/** Layouts, partials and label files, as read from a templates folder. */
export interface TemplateSet {
  /** Layouts by name: "brief.html", "brief.md", "day-sheet.html", "day-sheet.md". */
  layouts: Record<string, string>;
  /** Partials by name ("styles", "event" …), usable as {{> name}} in every layout. */
  partials: Record<string, string>;
  labels: LabelSet;
  /** Where each layout and partial was read from ("layout:brief.html", "partial:event" → path), for messages. */
  files?: Record<string, string>;
}

export interface Renderer {
  handlebars: HandlebarsRuntime;
  templates: TemplateSet;
}

export type BriefFormat = 'html' | 'md';
export type SheetFormat = 'html' | 'md' | 'txt';

export interface RenderedDocument {
  /** File name without extension. */
  name: string;
  content: string;
}

export type RenderOptions = Omit<DocumentOptions, 'labels'>;

export function renderBrief(model: Model, options: RenderOptions, format: BriefFormat, renderer: Renderer): string {
  const view = typesetView(briefView(model, { ...options, labels: renderer.templates.labels }), options.lang);
  // Each day as a timetable grid (SVG made and escaped by the renderer), for `{{timetable date}}`.
  const labels = labelsFor(renderer.templates.labels, options.lang);
  const grids = new Map(format === 'html' ? model.days.map((day) => [day.date, timetablePages(model, day, { lang: options.lang, labels }).map((p) => p.svg)]) : []);
  return compile(renderer, `brief.${format}`, format, grids)(format === 'md' ? mapStrings(view, escapeMarkdown) : view);
}

/** Every text of a view typeset for print in the reader's language (punctuation, non-breaking spaces). */
export function typesetView<T>(view: T, lang: string): T {
  return mapStrings(view, (s) => typeset(s, lang));
}

export function renderDaySheets(model: Model, options: RenderOptions, selection: SheetSelection, format: SheetFormat, renderer: Renderer): RenderedDocument[] {
  return daySheetRenderers(model, options, selection, format, renderer).map(({ name, render }) => ({ name, content: render() }));
}

/** A document rendered each time `render` is called. */
export interface DocumentRenderer {
  /** File name without extension. */
  name: string;
  render(): string;
}

/**
 * The day sheets, each rendered when asked for: a forum prints thousands, which need not all be held
 * in memory at once (each can be written as soon as it is rendered).
 */
export function daySheetRenderers(model: Model, options: RenderOptions, selection: SheetSelection, format: SheetFormat, renderer: Renderer): DocumentRenderer[] {
  // The sheets of a run repeat the same texts (labels, places, names) thousands of times, and the same
  // parts (the builder hands out one view of each person, place and event): each is typeset once.
  // In a language typesetting leaves as it is (English), the views are not walked at all.
  const typesetOnce = typesets(options.lang) ? sharedMapping(remembered((s: string) => typeset(s, options.lang))) : <T>(view: T): T => view;
  const sheets = daySheetViews(model, { ...options, labels: renderer.templates.labels }, selection);
  // Every field of a text sheet is one line: a line break in a name is shown, never printed.
  if (format === 'txt') {
    const safe = sharedMapping((s) => safeText(s));
    return sheets.map(({ name, view }) => ({ name, render: () => daySheetText(safe(typesetOnce(view))) }));
  }
  // One compiled layout for all the sheets of a run; an event or contact shown on many sheets is laid out once.
  const template = compile(renderer, `day-sheet.${format}`, format, new Map(), { reusePartials: true });
  const escaped = format === 'md' ? sharedMapping(escapeMarkdown) : undefined;
  return sheets.map(({ name, view }) => ({ name, render: () => template(escaped ? escaped(typesetOnce(view)) : typesetOnce(view)) }));
}

/** A layout of the templates compiled with every partial and helper, ready to render views. */
export function compile(
  renderer: Renderer,
  layout: string,
  format: BriefFormat,
  grids: ReadonlyMap<string, string[]> = new Map(),
  { reusePartials: reuse = false }: { reusePartials?: boolean } = {},
): (view: unknown) => string {
  const source = renderer.templates.layouts[layout];
  if (source === undefined) throw new Error(`the templates have no layout "${layout}"`);
  const hb = renderer.handlebars.create();
  const files = renderer.templates.files ?? {};
  const layoutFile = files[`layout:${layout}`] ?? `${layout}.hbs`;
  // Parse everything first: a broken file is named with its line before anything is rendered.
  let layoutTree: unknown;
  checkTemplate((s) => (layoutTree = hb.parse(s)), source, layoutFile);
  const partialTrees = new Map<string, unknown>();
  for (const [name, partial] of Object.entries(renderer.templates.partials)) {
    checkTemplate((s) => partialTrees.set(name, hb.parse(s)), partial, files[`partial:${name}`] ?? `partials/${name}.hbs`);
    hb.registerPartial(name, partial);
  }
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('join', (list: unknown, separator: unknown) => (Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : ''));
  hb.registerHelper('inc', (n: unknown) => (typeof n === 'number' ? n + 1 : n));
  hb.registerHelper('timetable', (date: unknown) =>
    new hb.SafeString((grids.get(String(date)) ?? []).map((svg) => `<section class="timetable-page">\n${svg}</section>`).join('\n')),
  );
  // "page {page} of {pages}" with the spans Chromium fills in its running header and footer.
  hb.registerHelper('pageOf', (label: unknown) => {
    const text = hb.escapeExpression(typeof label === 'string' ? label : '{page} / {pages}');
    return new hb.SafeString(text.replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>'));
  });
  // For many documents from views that share parts (see partial-reuse.ts).
  if (reuse) reusePartials(hb, contextOnlyPartials(layoutTree, partialTrees));
  // Markdown is escaped in the view (above); HTML is escaped by Handlebars itself.
  const template = hb.compile(source, { noEscape: format === 'md', strict: false });
  return (view) => {
    let out: string;
    try {
      out = template(view);
    } catch (error) {
      // Running fails on a partial or helper the layout names but nobody defines.
      throw templateError(error, source, layoutFile);
    }
    return tidy(out);
  };
}

/** `f` with its results kept by argument (up to a limit): for pure functions of strings that repeat. */
function remembered(f: (s: string) => string, limit = 200_000): (s: string) => string {
  const results = new Map<string, string>();
  return (s) => {
    let result = results.get(s);
    if (result === undefined) {
      result = f(s);
      if (results.size < limit) results.set(s, result);
    }
    return result;
  };
}

/** Collapse the blank lines that block helpers leave behind, and end with one newline. */
function tidy(text: string): string {
  const collapsed = text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n');
  // No newline at the start, one at the end (what /^\n+/ and /\n*$/ did, without scanning the text).
  let start = 0;
  while (collapsed.charCodeAt(start) === 10) start++;
  let end = collapsed.length;
  while (end > start && collapsed.charCodeAt(end - 1) === 10) end--;
  return `${collapsed.slice(start, end)}\n`;
}

/**
 * A view with every string passed through `f`, except links (keys ending in "Href"). The view is only
 * read afterwards: parts in which `f` changes nothing are the view's own (see sharedMapping).
 */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  return sharedMapping(f)(value);
}

/**
 * `mapStrings` for views that share parts and are only read: a part met again (the same object) is
 * mapped once and its result reused, and a part in which `f` changes nothing is used as it is, so a
 * part shared by many views stays shared and nothing is copied for nothing.
 */
function sharedMapping(f: (s: string) => string): <T>(value: T) => T {
  // A Map, not a WeakMap: the views are kept to the end of the run anyway, and a Map is quicker.
  const results = new Map<object, unknown>();
  const map = (value: unknown): unknown => {
    if (typeof value === 'string') return f(value);
    if (!value || typeof value !== 'object') return value;
    const known = results.get(value);
    if (known !== undefined) return known;
    let result: unknown = value;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        const mapped = map(v);
        if (mapped !== v && !copy) copy = value.slice(0, i);
        copy?.push(mapped);
      }
      if (copy) result = copy;
    } else {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      let copy: Record<string, unknown> | undefined;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const v = record[key];
        const mapped = key.endsWith('Href') ? v : map(v);
        if (mapped !== v && !copy) {
          copy = {};
          for (let j = 0; j < i; j++) copy[keys[j]!] = record[keys[j]!];
        }
        if (copy) copy[key] = mapped;
      }
      if (copy) result = copy;
    }
    results.set(value, result);
    return result;
  };
  return map as <T>(value: T) => T;
}
