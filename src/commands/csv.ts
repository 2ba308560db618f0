// `delegation csv`: one list of the programme as CSV, for spreadsheets and other programs.
import { operationalContacts } from '../engine/sensitive.js';
import { buildCsvList, encodeCsv, type CsvList, type CsvSeparator } from '../render/csv.js';
import { exportInput, type ExportOptions } from './export-options.js';
import type { LoadedItinerary } from './itinerary.js';

export interface CsvCommandOptions extends ExportOptions {
  list: CsvList;
  excel?: boolean;
  raw?: boolean;
  separator?: CsvSeparator;
  includeSensitive?: boolean;
}

export function exportCsv(options: CsvCommandOptions): { loaded: LoadedItinerary; content: string; rows: number } {
  const { loaded, model, lang, labels } = exportInput(options, 'the list was not written');
  const table = buildCsvList(model, options.list, { lang, labels, includeSensitive: options.includeSensitive ?? false, operational: operationalContacts(model) });
  return { loaded, content: encodeCsv(table, { excel: options.excel ?? false, raw: options.raw ?? false, separator: options.separator }), rows: table.rows.length };
}
