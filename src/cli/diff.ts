// `delegation diff OLD NEW` and `delegation diff --git REV FILE`: a change notice for the delegation.
import type { Command } from 'commander';
import { diffItineraries } from '../commands/diff.js';
import { NOTICE_FORMATS, type NoticeFormat } from '../render/change-notice.js';
import { UserError } from '../source/errors.js';
import { err, out, writeOutputFile } from './output.js';
import { Option } from './program.js';
import { words } from '../text/words.js';
import { runLanguage, sayLine } from './say.js';

interface DiffFlags {
  git?: string;
  person?: string;
  format: NoticeFormat;
  lang?: string;
  output?: string;
  exitCode?: boolean;
  includeSensitive?: boolean;
  config?: string | false;
  templates?: string;
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('what changed between two versions of a programme, and for whom: a notice to paste into a message or pull request')
    .argument('<files...>', 'OLD NEW, or with --git one FILE')
    .option('--git <rev>', 'compare FILE with its version in a git revision (HEAD, main, a1b2c3d …)')
    .option('--person <id>', 'only what changes the day of this person')
    .addOption(new Option('-f, --format <format>', 'notice format').choices(NOTICE_FORMATS as string[]).default('text'))
    .option('--lang <code>', 'language of the notice: ru, en or zh (default: the programme\'s first language) (also of the messages, which otherwise follow DELEGATION_LANG or the locale)')
    .option('-o, --output <file>', 'write the notice to a file')
    .option('--templates <dir>', 'a folder whose labels/<lang>.json replace the shipped words (see templates/labels/)')
    .option('--exit-code', 'exit 1 when there are changes (like git diff --exit-code)')
    .option('--config <file>', 'use this configuration file instead of the nearest delegation.config.yaml')
    .option('--no-config', 'ignore delegation.config.yaml files')
    .option('--include-sensitive', 'show old and new passport data, diets and private phones and e-mails (otherwise only that they changed)')
    .addHelpText(
      'after',
      `
Every field of every entry is compared; events are matched by id (an event whose id changed shows as
cancelled and added), days by date. When the programme changed but visit.revision did not increase,
the notice starts with a warning.

Examples:
  delegation diff sent/visit-v3.yaml visit.yaml
  delegation diff --git HEAD visit.yaml --lang ru
  delegation diff --git main visit.yaml --format md > notice.md
  delegation diff --git HEAD~1 visit.yaml --person rudenya`,
    )
    .action((files: string[], flags: DiffFlags) => {
      if (flags.git !== undefined && files.length !== 1) {
        throw new UserError(words('gitOneFile', { count: files.length }), words('gitOneFile.hint'), 2);
      }
      if (flags.git === undefined && files.length !== 2) {
        throw new UserError(words('diffTwoFiles', { count: files.length }), words('diffTwoFiles.hint'), 2);
      }
      if (flags.lang !== undefined && !/^[a-z]{2}$/.test(flags.lang)) throw new UserError(words('badLangCode', { value: flags.lang }), undefined, 2);
      const result = diffItineraries({
        oldFile: flags.git === undefined ? files[0] : undefined,
        newFile: flags.git === undefined ? files[1]! : files[0]!,
        gitRevision: flags.git,
        person: flags.person,
        includeSensitive: flags.includeSensitive,
        config: flags.config,
        format: flags.format,
        lang: flags.lang,
        messageLang: runLanguage(),
        templatesDir: flags.templates,
        cwd: process.cwd(),
      });
      for (const note of result.notes) err(sayLine('note', { message: note }));
      if (flags.output) writeOutputFile(flags.output, result.output, files);
      else out(result.output);
      if (flags.exitCode && result.notice.changes.length > 0) process.exitCode = 1;
    });
}
