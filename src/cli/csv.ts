// `delegation csv FILE --list people|contacts|transport|rooming|agreements [--excel] [-o PATH]`
import type { Command } from 'commander';
import { exportCsv, exportWorkbook } from '../commands/csv.js';
import { CSV_LISTS, CSV_SEPARATORS, type CsvList, type CsvSeparator } from '../render/csv.js';
import { UserError } from '../source/errors.js';
import { err, out, writeOutputFile } from './output.js';
import { exportInputOptions, exportOptions, withItinerary, withItineraryAsync, type ExportFlags } from './export-io.js';
import { Option } from './program.js';
import { words } from '../text/words.js';
import { outputName, sayLine } from './say.js';

interface CsvFlags extends ExportFlags {
  format: 'csv' | 'xlsx';
  list?: CsvList;
  excel?: boolean;
  raw?: boolean;
  separator?: CsvSeparator;
  output?: string;
  includeSensitive?: boolean;
}

export function registerCsv(program: Command): void {
  const command = program
    .command('csv')
    .description('export a list (people, contacts, transport, rooming, agreements) as CSV, or the lists as an Excel workbook')
    .argument('<file>', 'itinerary file')
    .addOption(new Option('-l, --list <list>', 'which list (required for CSV; with --format xlsx: only this sheet)').choices([...CSV_LISTS]))
    .addOption(new Option('-f, --format <format>', 'csv, or xlsx: one workbook with a sheet per list (needs -o)').choices(['csv', 'xlsx']).default('csv'))
    .option('--excel', 'for Excel: UTF-8 byte order mark and ";" between cells, so Cyrillic and Chinese open correctly')
    .addOption(new Option('--separator <name>', 'between cells (default: semicolon with --excel, else comma); comma for Excel in English or Chinese').choices(Object.keys(CSV_SEPARATORS)))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--lang <code>', 'language of headers and texts (default: the visit\'s first language) (also of the messages, which otherwise follow DELEGATION_LANG or the locale)')
    .option('--include-sensitive', 'add passports and diets, and private phones and e-mails')
    .option('--raw', 'do not guard cells that start with = + - @ (for programs, never for spreadsheets)');
  exportOptions(command, 'write the list')
    .addHelpText(
      'after',
      '\nLists:\n  people      everyone, in protocol order\n  contacts    duty contacts, officers in charge, drivers, places\n  transport   each move and vehicle, with its riders\n  rooming     each hotel night and its guests\n  agreements  documents, parties, signatories, signing\n\nExamples:\n  delegation csv visit.yaml --format xlsx -o lists.xlsx\n  delegation csv visit.yaml --list transport --excel -o transport.csv\n  delegation csv visit.yaml --list rooming --lang zh --include-sensitive \\\n    --excel --separator comma -o rooming.csv',
    )
    .action(async (file: string, flags: CsvFlags, command: Command) => {
      const { color } = command.optsWithGlobals<{ color?: boolean }>();
      if (flags.format === 'xlsx') {
        const csvOnly = (['excel', 'separator', 'raw'] as const).filter((flag) => flags[flag] !== undefined);
        if (csvOnly.length > 0) throw new UserError(words('csvOnlyOption', { option: `--${csvOnly[0]}` }), words('csvOnlyOption.hint'), 2);
        if (flags.output === undefined || flags.output === '-') throw new UserError(words('xlsxNeedsOutput'), words('xlsxNeedsOutput.hint'), 2);
        const workbook = await withItineraryAsync(
          () => exportWorkbook({ ...exportInputOptions(file, flags), lists: flags.list ? [flags.list] : undefined, includeSensitive: flags.includeSensitive }),
          color,
        );
        writeOutputFile(flags.output, workbook.content, [file]);
        err(sayLine('wroteWorkbook', { path: outputName(flags.output), count: workbook.sheets }));
        return;
      }
      if (flags.list === undefined) throw new UserError(words('missingOption', { option: '-l, --list <list>' }), words('csvListMissing.hint', { lists: CSV_LISTS.join(', ') }), 2);
      const list = flags.list;
      const result = withItinerary(
        () => exportCsv({ ...exportInputOptions(file, flags), list, excel: flags.excel, raw: flags.raw, separator: flags.separator, includeSensitive: flags.includeSensitive }),
        color,
      );
      if (flags.output === undefined) {
        out(result.content);
        return;
      }
      writeOutputFile(flags.output, result.content, [file]);
      err(sayLine('wroteRows', { path: outputName(flags.output), count: result.rows }));
    });
}
