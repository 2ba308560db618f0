// `delegation day-sheets`: one sheet per day for the whole delegation, or per person per day with
// only that person's events, as HTML, Markdown or 80-column text (PDF is printed from the HTML).
import { closest } from 'fastest-levenshtein';
import { daySheetRenderers } from '../render/documents.js';
import { UserError } from '../source/errors.js';
import { isPrepared, prepareDocuments, type DocumentCommandOptions, type DocumentsResult } from './documents.js';
import { words } from '../text/words.js';

export type SheetOutputFormat = 'html' | 'md' | 'txt' | 'pdf';

export interface DaySheetOptions extends DocumentCommandOptions {
  format: SheetOutputFormat;
  people?: readonly string[];
  /** Every delegation-side person. */
  allPeople?: boolean;
  dates?: readonly string[];
}

export async function daySheets(options: DaySheetOptions): Promise<DocumentsResult> {
  const prepared = await prepareDocuments(options);
  if (!isPrepared(prepared)) return { ...prepared, documents: [] };
  const { model, renderer, result } = prepared;
  const known = model.people.map((p) => p.id);
  for (const id of options.people ?? []) {
    if (!model.byId.people.has(id)) {
      throw new UserError(words('noSuchPersonIn', { id, file: options.file }), known.length ? words('didYouMean', { value: closest(id, known) }) : undefined);
    }
  }
  const dates = model.days.map((d) => d.date);
  for (const date of options.dates ?? []) {
    if (!dates.includes(date)) throw new UserError(words('noSuchDate', { date }), words('noSuchDate.hint', { days: dates.join(', ') }));
  }
  const people = options.allPeople ? model.people.filter((p) => p.side === 'delegation').map((p) => p.id) : options.people;
  const format = options.format === 'pdf' ? 'html' : options.format;
  const sheets = daySheetRenderers(model, prepared.options, { people, dates: options.dates }, format, renderer);
  // A layout that fails as it runs (a helper nobody defines) fails here, before anything is written.
  sheets[0]?.render();
  // Each sheet is rendered when its content is read, so that thousands need not be held at once.
  return {
    ...result,
    documents: sheets.map(({ name, render }) => ({
      fileName: `${name}.${options.format}`,
      get content() {
        return render();
      },
    })),
  };
}
