// `delegation schema` and `delegation rules`: what the tool knows, for editors and people.
import type { Command } from 'commander';
import { jsonSchemaText } from '../model/json-schema.js';
import { RULES } from '../rules/index.js';
import { out } from './output.js';

export function registerInfo(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the itinerary format (for editors and other tools)')
    .action(() => out(jsonSchemaText()));

  program
    .command('rules')
    .description('list every rule with its default severity and what it checks')
    .action(() => {
      const width = Math.max(...RULES.map((r) => r.id.length));
      const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`);
      out(lines.join('\n') + '\n');
    });
}
