// `delegation csv FILE --list people|contacts|transport|rooming|agreements [--excel] [-o PATH]`
import type { Command } from 'commander';
import { exportCsv } from '../commands/csv.js';
import { CSV_LISTS, CSV_SEPARATORS, type CsvList, type CsvSeparator } from '../render/csv.js';
import { err, out } from './output.js';
import { exportInputOptions, exportOptions, withItinerary, writeExport, type ExportFlags } from './export-io.js';
import { Option } from './program.js';

interface CsvFlags extends ExportFlags {
  list: CsvList;
  excel?: boolean;
  raw?: boolean;
  separator?: CsvSeparator;
  output?: string;
  includeSensitive?: boolean;
}

export function registerCsv(program: Command): void {
  const command = program
    .command('csv')
    .description('export a list (people, contacts, transport, rooming, agreements) as CSV for spreadsheets')
    .argument('<file>', 'itinerary file')
    .addOption(new Option('-l, --list <list>', 'which list').choices([...CSV_LISTS]).makeOptionMandatory())
    .option('--excel', 'for Excel: UTF-8 byte order mark and ";" between cells, so Cyrillic and Chinese open correctly')
    .addOption(new Option('--separator <name>', 'between cells (default: semicolon with --excel, else comma); comma for Excel in English or Chinese').choices(Object.keys(CSV_SEPARATORS)))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--lang <code>', 'language of headers and texts (default: the visit\'s first language)')
    .option('--include-sensitive', 'add passports and diets, and private phones and e-mails')
    .option('--raw', 'do not guard cells that start with = + - @ (for programs, never for spreadsheets)');
  exportOptions(command, 'write the list')
    .addHelpText(
      'after',
      '\nLists:\n  people      everyone, in protocol order\n  contacts    duty contacts, officers in charge, drivers, places\n  transport   each move and vehicle, with its riders\n  rooming     each hotel night and its guests\n  agreements  documents, parties, signatories, signing\n\nExamples:\n  delegation csv visit.yaml --list transport --excel -o transport.csv\n  delegation csv visit.yaml --list rooming --lang zh --include-sensitive \\\n    --excel --separator comma -o rooming.csv',
    )
    .action((file: string, flags: CsvFlags, command: Command) => {
      const { color } = command.optsWithGlobals<{ color?: boolean }>();
      const result = withItinerary(
        () => exportCsv({ ...exportInputOptions(file, flags), list: flags.list, excel: flags.excel, raw: flags.raw, separator: flags.separator, includeSensitive: flags.includeSensitive }),
        color,
      );
      if (flags.output === undefined) {
        out(result.content);
        return;
      }
      writeExport(flags.output, result.content, [file]);
      err(`wrote ${flags.output} (${result.rows} ${result.rows === 1 ? 'row' : 'rows'})\n`);
    });
}
