// `delegation pocket FILE`: one offline page per person and index.html in the -o folder (default ./pocket).
import { join } from 'node:path';
import type { Command } from 'commander';
import { out } from './output.js';
import { VERSION } from './program.js';
import { commandContext, ensureFolder, reportFindings, writeAll, type CommonCliOptions } from './documents.js';
import { resolveNow } from './export-io.js';

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

export function registerPocket(program: Command): void {
  program
    .command('pocket')
    .description('the programme for the phone: one self-contained offline page per person, and an index')
    .argument('<file>', 'itinerary file')
    .option('--person <id...>', 'pages for these people only', collect)
    .option('--all-people', 'a page for every delegation member who attends anything (the default)')
    .option('--lang <code>', 'the reader\'s language (ru, en, zh …); default: the visit\'s first language')
    .option('-o, --output <dir>', 'folder for the pages (created if missing)', 'pocket')
    .option('--include-sensitive', 'also print passports, private phones and e-mails, diets')
    .option('--force', 'produce the pages even if the itinerary has errors; they are stamped UNCHECKED')
    .option('--templates <dir>', 'a folder of layouts, partials/ and labels/ that replace the shipped ones')
    .option('--config <file>', 'use this configuration file instead of the nearest delegation.config.yaml')
    .option('--no-config', 'ignore delegation.config.yaml files')
    .option('--now <instant>', 'the production time written on the pages and in their calendars, e.g. 2023-11-19T09:00Z (default: SOURCE_DATE_EPOCH if set, else the current time)')
    .addHelpText(
      'after',
      '\nEach page holds everything inline (styles, icons, script, the person\'s calendar) and makes no\nnetwork request: send it by messenger or copy it to the phone. Files: <person-id>.html, index.html.\nExit codes: 0 written; 1 the itinerary has errors (nothing written; --force writes pages stamped UNCHECKED); 2 usage or I/O failure.\n\nExamples:\n  delegation pocket itineraries/liaoning-2023.yaml --lang ru -o pocket/\n  delegation pocket itineraries/liaoning-2023.yaml --person rudenya --person kovalchuk --lang zh',
    )
    .action(async (file: string, options: CommonCliOptions & { person?: string[]; allPeople?: boolean; now?: string }, cmd: Command) => {
      const { pocket } = await import('../commands/pocket.js');
      const result = await pocket({
        file,
        people: options.person,
        allPeople: options.allPeople,
        lang: options.lang,
        force: options.force,
        includeSensitive: options.includeSensitive,
        templatesDir: options.templates,
        stampMs: resolveNow(options.now, true),
        ...commandContext(cmd),
        toolVersion: VERSION,
        config: options.config,
      });
      if (!reportFindings(result, file, options.force)) return;
      const dir = options.output ?? 'pocket';
      ensureFolder(dir);
      writeAll(result.documents.map((d) => ({ path: join(dir, d.fileName), content: d.content })), [file]);
      const pages = result.documents.filter((d) => d.fileName !== 'index.html');
      const largest = pages.reduce((max, d) => Math.max(max, Buffer.byteLength(d.content)), 0);
      out(`wrote ${pages.length} pocket page${pages.length === 1 ? '' : 's'} and index.html (${result.lang}, largest ${Math.ceil(largest / 1024)} KB) to ${dir}\n`);
    });
}
