// `delegation schema` and `delegation rules`: what the tool knows, for editors and people.
import type { Command } from 'commander';
import { listRules } from '../commands/rules.js';
import { jsonSchemaText } from '../model/json-schema.js';
import { out } from './output.js';

export function registerInfo(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the itinerary format (for editors and other tools)')
    .option('--lang <code>', 'language of the messages: ru, en or zh (default: DELEGATION_LANG, else the locale)')
    .action(() => out(jsonSchemaText()));

  program
    .command('rules')
    .description('list the rules with their severities, and the thresholds in force')
    .option('--config <file>', 'use this configuration file instead of searching for delegation.config.yaml')
    .option('--no-config', 'ignore delegation.config.yaml files: show the defaults')
    .option('--json', 'print the list as JSON')
    .option('--lang <code>', 'language of the messages: ru, en or zh (default: DELEGATION_LANG, else the locale)')
    .addHelpText(
      'after',
      '\nThe configuration is the delegation.config.yaml nearest to the current folder\n(see docs/configuration.md).\n\nExamples:\n  delegation rules\n  LANG=ru_RU.UTF-8 delegation rules --config ci/strict.config.yaml      (messages in Russian)\n  delegation rules --config ci/strict.config.yaml\n  delegation rules --json',
    )
    .action((options: { config?: string | false; json?: boolean }) => {
      out(listRules({ config: options.config, cwd: process.cwd(), json: options.json === true }));
    });
}
