// A partial whose output can depend only on the object it is given is run once per object on day
// sheets for everyone; any other partial (an office's own that reads the sheet's person, the caller's
// @index, ../ or log) is run on every sheet, so that every layout prints exactly what it says.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { daySheets } from '../src/commands/day-sheets.js';
import type { DocumentCommandOptions } from '../src/commands/documents.js';
import { contextOnlyPartials, reusePartials } from '../src/render/partial-reuse.js';
import { PLAIN_STYLE } from '../src/report/index.js';

const SMALL = 'test/fixtures/documents/small.yaml';
const base: DocumentCommandOptions = { file: SMALL, style: PLAIN_STYLE, cwd: process.cwd(), toolVersion: 'test' };

const reusable = (partials: Record<string, string>, layout = '{{#each items}}{{> item}}{{/each}}') =>
  [...contextOnlyPartials(Handlebars.parse(layout), new Map(Object.entries(partials).map(([name, source]) => [name, Handlebars.parse(source)])))].sort();

describe('which partials depend only on the object they are given', () => {
  it('the shipped partials of the day sheet are all such', () => {
    const dir = 'templates/partials';
    const partials = Object.fromEntries(readdirSync(dir).map((file) => [file.replace(/\.hbs$/, ''), readFileSync(join(dir, file), 'utf8')]));
    const found = reusable(partials, readFileSync('templates/day-sheet.html.hbs', 'utf8'));
    for (const name of ['sheet-event', 'event-title', 'place-facts', 'vehicle-line', 'person-line', 'styles', 'fonts']) expect(found).toContain(name);
  });

  it('fields, @root.labels, its own loop variables, literals and pure helpers are fine', () => {
    expect(reusable({ item: '{{name}} {{@root.labels.x}} {{#each list}}{{@index}}{{#if @first}}!{{/if}}{{/each}} {{join list ", "}} {{eq a "b"}} {{lookup this "k"}} {{> other place=place}}', other: '{{place.name}}' })).toEqual(['item', 'other']);
  });

  it('anything else from outside the object is not', () => {
    expect(reusable({ item: '{{@root.person.name}}' })).toEqual([]);
    expect(reusable({ item: '{{@root.title}}' })).toEqual([]);
    expect(reusable({ item: '{{@index}}' })).toEqual([]);
    expect(reusable({ item: '{{#if x}}{{@first}}{{/if}}' })).toEqual([]);
    expect(reusable({ item: '{{#each list}}{{else}}{{@index}}{{/each}}' })).toEqual([]);
    expect(reusable({ item: '{{../title}}' })).toEqual([]);
    expect(reusable({ item: '{{#each list}}{{../../title}}{{/each}}' })).toEqual([]);
    expect(reusable({ item: '{{log "x"}}{{name}}' })).toEqual([]);
    expect(reusable({ item: '{{> (lookup this "kind")}}' })).toEqual([]);
    expect(reusable({ item: '{{> @partial-block}}' })).toEqual([]);
  });

  it('a partial calling one that is not, or itself, is not', () => {
    expect(reusable({ item: '{{> other}}', other: '{{@root.person.name}}' })).toEqual([]);
    expect(reusable({ item: '{{name}}{{#each children}}{{> item}}{{/each}}' })).toEqual([]);
  });

  it('none at all when any template uses inline partials, partial blocks or decorators', () => {
    expect(reusable({ item: '{{name}}' }, '{{#*inline "item"}}{{@root.person}}{{/inline}}{{#each items}}{{> item}}{{/each}}')).toEqual([]);
    expect(reusable({ item: '{{name}}', other: '{{#> item}}x{{/item}}' })).toEqual([]);
  });
});

describe('reusing the output of a partial', () => {
  const setUp = () => {
    const hb = Handlebars.create();
    let runs = 0;
    hb.registerHelper('count', () => {
      runs++;
      return '';
    });
    hb.registerPartial('item', '{{count}}[{{name}}|{{@root.labels.sep}}]');
    reusePartials(hb, new Set(['item']));
    const template = hb.compile('{{#each items}}{{> item}}{{/each}}{{#each items}}{{> item x=1}}{{/each}}');
    return { template, runs: () => runs };
  };

  it('runs a partial once per object from its second time on, with the same output', () => {
    const { template, runs } = setUp();
    const a = { name: 'a' };
    const b = { name: 'b' };
    const labels = { sep: ';' };
    // The first run compiles the partial (and so is not counted as a sighting of a).
    for (let i = 0; i < 3; i++) expect(template({ labels, items: [a, b] })).toBe('[a|;][b|;][a|;][b|;]');
    expect(runs()).toBe(11);
    // From then on only the second loop runs it: it passes name=value pairs, a new object each time.
    expect(template({ labels, items: [a, b] })).toBe('[a|;][b|;][a|;][b|;]');
    expect(runs()).toBe(13);
    expect(template({ labels, items: [b, a] })).toBe('[b|;][a|;][b|;][a|;]');
    expect(runs()).toBe(15);
  });

  it('runs it again for other labels', () => {
    const { template, runs } = setUp();
    const a = { name: 'a' };
    const labels = { sep: ';' };
    for (let i = 0; i < 4; i++) template({ labels, items: [a] });
    // Compiled on the first run, seen on the second, kept on the third, reused on the fourth.
    expect(runs()).toBe(7);
    const other = { sep: '/' };
    expect(template({ labels: other, items: [a] })).toBe('[a|/][a|/]');
    expect(runs()).toBe(9);
    expect(template({ labels: other, items: [a] })).toBe('[a|/][a|/]');
    expect(runs()).toBe(10);
  });
});

describe('day sheets with an office layout', () => {
  it('a partial that reads the sheet\'s person prints each sheet\'s own, on events shared by everyone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-reuse-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'sheet-event.hbs'), '<p>{{title}} for {{@root.person.name}} #{{@index}}</p>\n');
    const result = await daySheets({ ...base, lang: 'en', format: 'html', allPeople: true, dates: ['2023-11-20'], templatesDir: dir });
    const sheets = result.documents.map((d) => ({ name: d.fileName, content: d.content }));
    expect(sheets.length).toBeGreaterThan(2);
    for (const { name, content } of sheets) {
      const person = /<b><bdi>([^<]+)<\/bdi><\/b>/.exec(content.slice(content.indexOf('<div class="who">')))![1]!;
      const lines = [...content.matchAll(/<p>[^<]* for ([^<]*)<\/p>/g)].map((m) => m[1]);
      expect(lines.length, name).toBeGreaterThan(2);
      expect(lines, name).toEqual(lines.map((_, i) => `${person} #${i}`));
    }
  });

  it('the same sheets with the shipped partials whether or not their output is reused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-reuse-'));
    mkdirSync(join(dir, 'partials'));
    // A copy of the shipped event partial with a {{log}} that does nothing visible: it is run every time.
    const shipped = readFileSync('templates/partials/sheet-event.hbs', 'utf8');
    writeFileSync(join(dir, 'partials', 'sheet-event.hbs'), `{{log level="debug"}}${shipped}`);
    const reused = await daySheets({ ...base, lang: 'ru', format: 'html', allPeople: true });
    const run = await daySheets({ ...base, lang: 'ru', format: 'html', allPeople: true, templatesDir: dir });
    expect(reused.documents.length).toBeGreaterThan(4);
    expect(reused.documents.map((d) => d.content)).toEqual(run.documents.map((d) => d.content));
  });
});
