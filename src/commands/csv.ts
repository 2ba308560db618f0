// `delegation csv`: one list of the programme as CSV, for spreadsheets and other programs.
import { operationalContacts } from '../engine/sensitive.js';
import { buildCsvList, CSV_LISTS, encodeCsv, type CsvList, type CsvSeparator } from '../render/csv.js';
import { buildWorkbook, encodeWorkbook } from '../render/xlsx.js';
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
  const { loaded, model, lang, labels } = exportInput(options, 'list');
  const table = buildCsvList(model, options.list, { lang, labels, includeSensitive: options.includeSensitive ?? false, operational: operationalContacts(model) });
  return { loaded, content: encodeCsv(table, { excel: options.excel ?? false, raw: options.raw ?? false, separator: options.separator }), rows: table.rows.length };
}

export interface WorkbookCommandOptions extends Omit<CsvCommandOptions, 'list' | 'excel' | 'raw' | 'separator'> {
  /** The lists to write, one sheet each; every list when absent. */
  lists?: readonly CsvList[];
}

/** The lists as one .xlsx workbook, one sheet per list. */
export async function exportWorkbook(options: WorkbookCommandOptions): Promise<{ loaded: LoadedItinerary; content: Uint8Array; sheets: number }> {
  const { loaded, model, lang, labels } = exportInput(options, 'workbook');
  const lists = options.lists ?? CSV_LISTS;
  const sheets = buildWorkbook(model, lists, { lang, labels, includeSensitive: options.includeSensitive ?? false, operational: operationalContacts(model) });
  return { loaded, content: await encodeWorkbook(sheets), sheets: sheets.length };
}
