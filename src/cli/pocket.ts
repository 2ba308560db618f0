// `delegation pocket FILE`: one offline page per person and index.html in the -o folder (default ./pocket).
import { join } from 'node:path';
import type { Command } from 'commander';
import { out, refuseFileNameAsFolder } from './output.js';
import { addCommonOptions, collectList, documentRequest, ensureFolder, reportFindings, writeAll, type CommonCliOptions } from './documents.js';
import { resolveNow } from './export-io.js';
import { sayLine } from './say.js';

export function registerPocket(program: Command): void {
  const command = program
    .command('pocket')
    .description('the programme for the phone: one self-contained offline page per person, and an index')
    .argument('<file>', 'itinerary file')
    .option('--person <id...>', 'pages for these people only', collectList)
    .option('--all-people', 'a page for every delegation member who attends anything (the default)')
    .option('-o, --output <dir>', 'folder for the pages (created if missing)', 'pocket')
    .option('--now <instant>', 'the production time written on the pages and in their calendars, e.g. 2023-11-19T09:00Z (default: SOURCE_DATE_EPOCH if set, else the current time)');
  addCommonOptions(command, { pdf: false })
    .addHelpText(
      'after',
      '\nEach page holds everything inline (styles, icons, script, the person\'s calendar) and makes no\nnetwork request: send it by messenger or copy it to the phone. Files: <person-id>.html, index.html.\nExit codes: 0 written; 1 the itinerary has errors (nothing written; --force writes pages stamped UNCHECKED); 2 usage or I/O failure.\n\nExamples:\n  delegation pocket itineraries/liaoning-2023.yaml --lang ru -o pocket/\n  delegation pocket itineraries/liaoning-2023.yaml --person rudenya --person kovalchuk --lang zh',
    )
    .action(async (file: string, options: CommonCliOptions & { person?: string[]; allPeople?: boolean; now?: string }, cmd: Command) => {
      const { pocket } = await import('../commands/pocket.js');
      const result = await pocket({ ...documentRequest(file, options, cmd), people: options.person, allPeople: options.allPeople, stampMs: resolveNow(options.now, true) });
      if (!reportFindings(result, file, options.force)) return;
      const dir = options.output ?? 'pocket';
      refuseFileNameAsFolder(dir, 'pages');
      ensureFolder(dir);
      writeAll(result.documents.map((d) => ({ path: join(dir, d.fileName), content: d.content })), [file]);
      const pages = result.documents.filter((d) => d.fileName !== 'index.html');
      const largest = pages.reduce((max, d) => Math.max(max, Buffer.byteLength(d.content)), 0);
      out(sayLine('wrotePocket', { count: pages.length, lang: result.lang, kb: Math.ceil(largest / 1024), dir }));
    });
}
