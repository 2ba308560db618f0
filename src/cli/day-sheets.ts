// `delegation day-sheets FILE`: one file per sheet in the -o folder (default ./day-sheets).
import { join } from 'node:path';
import type { Command } from 'commander';
import { out, refuseFileNameAsFolder } from './output.js';
import { Option } from './program.js';
import { addCommonOptions, collectList, documentRequest, ensureFolder, finalContents, reportFindings, writeAll, type CommonCliOptions } from './documents.js';
import { sayLine } from './say.js';

export function registerDaySheets(program: Command): void {
  const command = program
    .command('day-sheets')
    .description('day sheets: where to be, when, with whom, in which vehicle, with the address for the driver')
    .argument('<file>', 'itinerary file')
    .option('--person <id...>', 'one sheet per day for each of these people, with only their events', collectList)
    .option('--all-people', 'one sheet per day for every delegation member')
    .option('--date <date...>', 'only these days (YYYY-MM-DD)', collectList)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['html', 'md', 'txt', 'pdf']).default('html'))
    .option('-o, --output <dir>', 'folder for the sheets (created if missing)', 'day-sheets');
  addCommonOptions(command)
    .addHelpText(
      'after',
      '\nFiles are named by date, and by person id with --person: 2023-11-21.html, 2023-11-21-rudenya.html.\nExit codes: 0 written; 1 the itinerary has errors (nothing written; --force prints it stamped UNCHECKED); 2 usage or I/O failure.\n\nExamples:\n  delegation day-sheets itineraries/liaoning-2023.yaml --lang ru -o sheets/\n  delegation day-sheets itineraries/liaoning-2023.yaml --person rudenya --date 2023-11-21 --format txt -o -',
    )
    .action(async (file: string, options: CommonCliOptions & { format: 'html' | 'md' | 'txt' | 'pdf'; person?: string[]; allPeople?: boolean; date?: string[] }, cmd: Command) => {
      const { daySheets } = await import('../commands/day-sheets.js');
      const result = await daySheets({ ...documentRequest(file, options, cmd), format: options.format, people: options.person, allPeople: options.allPeople, dates: options.date });
      if (!reportFindings(result, file, options.force)) return;
      if (result.documents.length === 0) {
        process.stderr.write(sayLine('noDaySheets'));
        return;
      }
      const dir = options.output ?? 'day-sheets';
      if (dir === '-' && options.format !== 'pdf') {
        out(result.documents.map((d) => d.content).join(options.format === 'txt' ? '\f\n' : '\n'));
        process.stderr.write(sayLine('daySheetsToStdout', { count: result.documents.length, format: options.format, lang: result.lang }));
        return;
      }
      refuseFileNameAsFolder(dir, 'documents');
      ensureFolder(dir);
      // PDFs are printed all at once; other sheets are rendered one by one as they are written.
      const pdfs = options.format === 'pdf' ? await finalContents(result.documents, true, options.chromium) : undefined;
      writeAll(result.documents.map((d, i) => ({ path: join(dir, d.fileName), content: pdfs ? pdfs[i]! : () => d.content })), [file]);
      const names = result.documents.map((d) => d.fileName);
      const listed = names.length <= 6 ? names.join(', ') : `${names.slice(0, 3).join(', ')} … ${names[names.length - 1]}`;
      out(sayLine('wroteDaySheets', { count: names.length, format: options.format, lang: result.lang, dir, files: listed }));
    });
}
