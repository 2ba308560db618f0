// The lists as one Excel workbook (.xlsx), one sheet per list, for hotels and transport companies that
// work in spreadsheets: identifiers, phones and passport numbers are text cells (no apostrophe, no
// 6,90201E+11, no leading zero lost, no "1/2" turned into a date), dates are real dates, counts are
// numbers; column widths from the content, the header row frozen, A4 print setup.
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';
import type { Model } from '../model/types.js';
import { displayWidth } from '../text/width.js';
import { buildCsvList, type CsvList, type CsvListOptions, type CsvTable } from './csv.js';

/** What a column holds, by its label key; every other column is text. */
const DATE_COLUMNS = new Set(['date', 'endDate', 'night', 'passportExpires', 'signedDate']);
const NUMBER_COLUMNS = new Set(['no', 'seats', 'riderCount']);
/** How a date cell is shown: the usual way of each language (the value is the same date). */
const DATE_FORMATS: Record<string, string> = { ru: 'dd.mm.yyyy', en: 'yyyy-mm-dd', zh: 'yyyy-mm-dd' };
const LIST_LABELS: Record<CsvList, string> = {
  people: 'listPeople', contacts: 'listContacts', transport: 'listTransport', rooming: 'listRooming', agreements: 'listAgreements',
};
/** Column widths in characters: room for the longest cell, within limits that keep a sheet printable. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

export type WorkbookCell = { type: 'text'; value: string } | { type: 'number'; value: number } | { type: 'date'; value: string } | null;

export interface WorkbookSheet {
  name: string;
  /** Column titles, in the chosen language. */
  headers: string[];
  rows: WorkbookCell[][];
  /** In characters, from the content. */
  widths: number[];
  /** Wide lists print across the page. */
  landscape: boolean;
  dateFormat: string;
}

/** One sheet per list, in the order given. Pure: the cells and their types, nothing written yet. */
export function buildWorkbook(model: Model, lists: readonly CsvList[], options: CsvListOptions): WorkbookSheet[] {
  const words = options.labels.exports.csv;
  return lists.map((list) => {
    const table = buildCsvList(model, list, options);
    return sheetOf(sheetName(words[LIST_LABELS[list]] ?? list), table, DATE_FORMATS[options.lang] ?? 'yyyy-mm-dd');
  });
}

function sheetOf(name: string, table: CsvTable, dateFormat: string): WorkbookSheet {
  const rows = table.rows.map((row) => row.map((cell, i) => typedCell(table.keys[i] ?? '', cell)));
  const widths = table.headers.map((header, i) => {
    const longest = Math.max(displayWidth(header), ...table.rows.map((row) => Math.max(...(row[i] ?? '').split('\n').map(displayWidth))));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2, DATE_COLUMNS.has(table.keys[i] ?? '') ? 12 : 0));
  });
  return { name, headers: table.headers, rows, widths, landscape: widths.reduce((a, b) => a + b, 0) > 90, dateFormat };
}

function typedCell(key: string, cell: string): WorkbookCell {
  if (cell === '') return null;
  if (DATE_COLUMNS.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return { type: 'date', value: cell };
  if (NUMBER_COLUMNS.has(key) && /^\d{1,9}$/.test(cell)) return { type: 'number', value: Number(cell) };
  return { type: 'text', value: cell };
}

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
}

/** The .xlsx file (a zip of XML parts), written by write-excel-file. */
export async function encodeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  const written: Sheet<never>[] = sheets.map((sheet) => ({
    sheet: sheet.name,
    data: [
      sheet.headers.map((value): Cell => ({ value, type: String, fontWeight: 'bold', format: '@' })),
      ...sheet.rows.map((row) => row.map((cell): Cell => xlsxCell(cell, sheet.dateFormat))),
    ],
    columns: sheet.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
    // write-excel-file writes the page setup (A4, paperSize 9) only together with an orientation; its
    // type names only 'landscape', but 'portrait' is written the same way (an attribute value).
    orientation: (sheet.landscape ? 'landscape' : 'portrait') as 'landscape',
  }));
  const buffer = await writeXlsxFile(written, { fontFamily: 'Arial', fontSize: 10 }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function xlsxCell(cell: WorkbookCell, dateFormat: string): Cell {
  if (cell === null) return null;
  switch (cell.type) {
    case 'date': {
      // Midnight UTC of the calendar date: the serial number write-excel-file computes does not then
      // depend on the machine's time zone.
      const [y, m, d] = cell.value.split('-').map(Number) as [number, number, number];
      return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: dateFormat };
    }
    case 'number':
      return { value: cell.value, type: Number };
    case 'text':
      // Text format (@), so a cell edited later in the spreadsheet stays text too.
      return { value: cell.value, type: String, format: '@' };
  }
}
