// `delegation validate PATH…`
import type { Command } from 'commander';
import { validate } from '../commands/validate.js';
import { FORMATTERS, type FormatName } from '../report/index.js';
import { err, out, writeOutputFile } from './output.js';
import { Option, parseCount, VERSION } from './program.js';
import { terminalStyle } from './style.js';
import { toolLanguage } from './language.js';
import { safeText } from '../text/safe.js';
import { errorText, sayLine } from './say.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check itinerary files: structure, references and protocol hazards')
    .argument('<paths...>', 'itinerary files, or folders to search for .yaml/.yml files')
    .addOption(new Option('-f, --format <format>', 'report format').choices(Object.keys(FORMATTERS)).default('pretty'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--config <file>', 'use this configuration file for every itinerary instead of searching for delegation.config.yaml')
    .option('--no-config', 'ignore delegation.config.yaml files: default severities and thresholds')
    .option('--lang <code>', 'language of the report: en, ru or zh (default: DELEGATION_LANG, else LC_ALL, LC_MESSAGES or LANG, else English)')
    .option('--templates <dir>', "a folder whose labels/<lang>.json change words of the report (its \"report\" and \"findings\" sections)")
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors; 1 errors (or more warnings than --max-warnings); 2 usage or I/O failure,\nor a configuration that cannot be followed.\n\nEach itinerary follows the delegation.config.yaml nearest to it (see docs/configuration.md).\n\nThe report speaks the language of --lang, else of DELEGATION_LANG, else of the locale (LC_ALL,\nLC_MESSAGES, LANG); JSON and SARIF keep the English text beside it.\n\nExamples:\n  delegation validate itineraries/\n  LANG=ru_RU.UTF-8 delegation validate itineraries/\n  delegation validate --lang zh itineraries/\n  delegation validate --format github itineraries/\n  delegation validate --format sarif -o delegation.sarif itineraries/\n  delegation validate --config ci/strict.config.yaml itineraries/',
    )
    .action((paths: string[], options: { format: FormatName; maxWarnings?: number; output?: string; config?: string | false; lang?: string; templates?: string }, command: Command) => {
      const { color } = command.optsWithGlobals<{ color?: boolean }>();
      const toFile = options.output !== undefined;
      const result = validate({
        paths,
        format: options.format,
        maxWarnings: options.maxWarnings,
        style: terminalStyle(process.stdout, toFile ? false : color),
        cwd: process.cwd(),
        toolVersion: VERSION,
        config: options.config,
        lang: toolLanguage(options.lang),
        templates: options.templates,
      });
      if (toFile) writeOutputFile(options.output!, result.output, paths);
      else out(result.output);
      // On stderr: stdout may be JSON or SARIF that a program reads.
      if (options.maxWarnings !== undefined && result.warnings > options.maxWarnings) {
        err(`delegation: ${result.tooManyWarnings(options.maxWarnings)}\n`);
      }
      for (const problem of result.unreadable) {
        const { message, hint } = errorText(problem);
        err(`delegation: ${safeText(message, 'text')}\n`);
        if (hint) err(`  ${safeText(hint, 'text')}\n`);
      }
      if (result.unreadable.length > 0) {
        const n = result.unreadable.length;
        err(`delegation: ${sayLine('filesUnreadable', { count: n })}`);
      }
      process.exitCode = result.exitCode;
    });
}
