// `delegation brief FILE`: the briefing pack, to stdout (html, md) or to a file (-o, and always for pdf).
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { err, out, STDOUT } from './output.js';
import { Option } from './program.js';
import { addCommonOptions, describeSize, documentRequest, ensureFolder, finalContents, reportFindings, targetPath, writeAll, type CommonCliOptions } from './documents.js';
import { outputName, sayLine } from './say.js';

export function registerBrief(program: Command): void {
  const command = program
    .command('brief')
    .description('the briefing pack: cover, programme, days with briefs, counterparts, delegation, agreements, places, vehicles, contacts')
    .argument('<file>', 'itinerary file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['html', 'md', 'pdf']).default('html'))
    .option('-o, --output <path>', 'file to write (or a folder: the default name goes in it); html and md go to standard output without it; pdf defaults to <visit-id>-brief-<lang>.pdf');
  addCommonOptions(command)
    .addHelpText(
      'after',
      '\nExit codes: 0 written; 1 the itinerary has errors (nothing written; --force prints it stamped UNCHECKED); 2 usage or I/O failure.\n\nExamples:\n  delegation brief itineraries/liaoning-2023.yaml --lang ru -o brief.html\n  delegation brief itineraries/liaoning-2023.yaml --format pdf --lang zh -o out/',
    )
    .action(async (file: string, options: CommonCliOptions & { format: 'html' | 'md' | 'pdf' }, cmd: Command) => {
      const { brief } = await import('../commands/brief.js');
      const result = await brief({ ...documentRequest(file, options, cmd), format: options.format });
      if (!reportFindings(result, file, options.force)) return;
      const document = result.documents[0]!;
      if (options.output === undefined && options.format !== 'pdf') {
        out(document.content);
        process.stderr.write(sayLine('briefToStdout', { format: options.format, lang: result.lang }));
        return;
      }
      const target = targetPath(options.output, document.fileName);
      if (target !== STDOUT) ensureFolder(dirname(target));
      const [content] = await finalContents(result.documents, options.format === 'pdf', options.chromium);
      writeAll([{ path: target, content: content! }], [file]);
      (target === STDOUT ? err : out)(sayLine('wroteDocument', { path: outputName(target), format: options.format, lang: result.lang, size: describeSize(content!) }));
    });
}
