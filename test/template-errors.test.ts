// A broken layout in --templates names the file, the line and what is wrong, and exits 2.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { checkTemplate, templateError } from '../src/render/template-errors.js';

const root = join(import.meta.dirname, '..');

function problem(source: string): string {
  try {
    checkTemplate((s) => Handlebars.parse(s), source, 'brief.html.hbs');
    Handlebars.create().compile(source)({ days: [] });
  } catch (error) {
    const e = (error as { exitCode?: number }).exitCode ? (error as Error) : templateError(error, source, 'brief.html.hbs');
    return e.message;
  }
  return 'no error';
}

describe('template errors', () => {
  it.each([
    ['<html>\n{{#each days}}\n<p>{{title}}</p>\n', 'brief.html.hbs:2: the template is broken: {{#each}} is never closed: add {{/each}} where the block ends'],
    ['<p>\n{{#if a}}x{{/each}}\n', 'brief.html.hbs:2: the template is broken: {{/each}} closes {{#if}}: a block must be closed with its own name'],
    ['<p>\n\n{{title</p>\n', 'brief.html.hbs:3: the template is broken: a {{ … }} tag is not closed or has a stray brace (write {{name}} for text, {{{name}}} for raw HTML)'],
    ['<p>\n{{> cover}}\n', 'brief.html.hbs:2: the template is broken: the partial "cover" does not exist (partials are the files in partials/)'],
    ['<p>\n{{upper title}}\n', 'brief.html.hbs:2: the template is broken: "upper" is not a helper (the helpers are eq, join, inc, pageOf and timetable, and Handlebars\' own if, unless, each, with)'],
  ])('%j', (source, message) => expect(problem(source)).toBe(message));

  it('the CLI names the file and exits 2, without "internal error"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'template-errors-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'brief.html.hbs'), '<html>\n<body>\n{{#each days}}\n<p>{{title}}</p>\n</body>\n');
    const run = spawnSync(
      process.execPath,
      [join(root, 'bin', 'delegation.js'), 'brief', join(root, 'itineraries', 'liaoning-2023.yaml'), '--templates', join(dir, 'templates'), '--format', 'html', '-o', join(dir, 'out.html')],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`delegation: ${join(dir, 'templates', 'brief.html.hbs')}:3: the template is broken: {{#each}} is never closed`);
    expect(run.stderr).not.toContain('internal error');
  });
});
