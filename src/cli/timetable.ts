// `delegation timetable FILE`: SVG files in a folder (default ./timetable), or one HTML or PDF file.
import { dirname, join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { err, out, refuseFileNameAsFolder, STDOUT } from './output.js';
import { Option } from './program.js';
import { addCommonOptions, collectList, documentRequest, ensureFolder, finalContents, reportFindings, targetPath, writeAll, type CommonCliOptions } from './documents.js';
import { outputName, sayLine } from './say.js';

export function registerTimetable(program: Command): void {
  const command = program
    .command('timetable')
    .description('each day as a timetable grid: time down the side, a column per place, moves as arrows')
    .argument('<file>', 'itinerary file')
    .option('--date <date...>', 'only these days (YYYY-MM-DD)', collectList)
    .option('--person <id>', "highlight this person's events")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['svg', 'html', 'pdf']).default('svg'))
    .addOption(new Option('--columns <n>', 'columns per page; wider days take several pages').default('8').argParser((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 40) throw new InvalidArgumentError('--columns takes a whole number from 1 to 40');
      return n;
    }))
    .option('-o, --output <path>', 'svg: folder for the files (default ./timetable); html, pdf: a file or a folder (default <visit-id>-timetable-<lang>.<format>)');
  addCommonOptions(command)
    .addHelpText(
      'after',
      '\nSVG files are named by date (2023-11-21.svg; 2023-11-21-2.svg for the second page of a wide day; -<person> with --person).\nExit codes: 0 written; 1 the itinerary has errors (nothing written; --force prints it stamped UNCHECKED); 2 usage or I/O failure.\n\nExamples:\n  delegation timetable itineraries/liaoning-2023.yaml --lang ru -o timetable/\n  delegation timetable itineraries/liaoning-2023.yaml --date 2023-11-22 --person rudenya --format pdf -o day.pdf',
    )
    .action(async (file: string, options: CommonCliOptions & { format: 'svg' | 'html' | 'pdf'; date?: string[]; person?: string; columns: number | string }, cmd: Command) => {
      const { timetable } = await import('../commands/timetable.js');
      const result = await timetable({ ...documentRequest(file, options, cmd), format: options.format, dates: options.date, person: options.person, maxTracks: Number(options.columns) });
      if (!reportFindings(result, file, options.force)) return;
      if (options.format === 'svg') {
        const dir = options.output ?? 'timetable';
        refuseFileNameAsFolder(dir, 'pages');
        ensureFolder(dir);
        writeAll(result.documents.map((d) => ({ path: join(dir, d.fileName), content: d.content })), [file]);
        out(sayLine('wroteTimetablePages', { count: result.documents.length, lang: result.lang, dir, files: result.documents.map((d) => d.fileName).join(', ') }));
        return;
      }
      const document = result.documents[0]!;
      const target = targetPath(options.output, document.fileName);
      if (target !== STDOUT) ensureFolder(dirname(target));
      const [content] = await finalContents(result.documents, options.format === 'pdf', options.chromium);
      writeAll([{ path: target, content: content! }], [file]);
      (target === STDOUT ? err : out)(sayLine('wroteTimetable', { path: outputName(target), format: options.format, lang: result.lang }));
    });
}
