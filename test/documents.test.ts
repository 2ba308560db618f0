// The briefing pack and day sheets, rendered from a small fixture and compared with golden files;
// escaping of hostile names; template overrides; the pure renderer.
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief } from '../src/commands/brief.js';
import { daySheets } from '../src/commands/day-sheets.js';
import type { DocumentCommandOptions } from '../src/commands/documents.js';
import { escapeMarkdown } from '../src/render/markdown.js';
import { wrapWords, TEXT_WIDTH } from '../src/render/text.js';
import { columns as displayWidth } from './helpers/columns.js';
import { PLAIN_STYLE } from '../src/report/index.js';
import { expectGolden } from './helpers/golden.js';

const SMALL = 'test/fixtures/documents/small.yaml';
const HOSTILE = 'test/fixtures/documents/hostile.yaml';
const GOLDEN = 'test/golden/documents';
const base = (file: string): DocumentCommandOptions => ({ file, style: PLAIN_STYLE, cwd: process.cwd(), toolVersion: 'test' });

describe('briefing pack goldens (small fixture)', () => {
  for (const [lang, format] of [['en', 'html'], ['ru', 'html'], ['ru', 'md'], ['en', 'md'], ['zh', 'md']] as const) {
    it(`${format} in ${lang}`, async () => {
      const result = await brief({ ...base(SMALL), lang, format });
      expect(result.refused).toBe(false);
      expect(result.documents).toHaveLength(1);
      expect(result.documents[0]!.fileName).toBe(`tver-liaoning-mini-brief-${lang}.${format}`);
      expectGolden(result.documents[0]!.content, `${GOLDEN}/small-brief-${lang}.${format}`);
    });
  }
});

describe('day sheet goldens (small fixture)', () => {
  for (const [lang, format] of [['ru', 'html'], ['en', 'md'], ['ru', 'txt'], ['en', 'txt'], ['zh', 'txt']] as const) {
    it(`whole delegation, ${format} in ${lang}`, async () => {
      const result = await daySheets({ ...base(SMALL), lang, format });
      expect(result.documents.map((d) => d.fileName)).toEqual([`2023-11-20.${format}`, `2023-11-21.${format}`]);
      expectGolden(result.documents.map((d) => `<<< ${d.fileName} >>>\n${d.content}`).join('\n'), `${GOLDEN}/small-sheets-${lang}.${format}`);
    });
  }

  it('one person: only their events, named by date and person', async () => {
    const result = await daySheets({ ...base(SMALL), lang: 'en', format: 'txt', people: ['sokolov'] });
    // Sokolov takes part in the arrival day only (talks and signing are for a smaller group); the flight is for all.
    expect(result.documents.map((d) => d.fileName)).toEqual(['2023-11-20-sokolov.txt', '2023-11-21-sokolov.txt']);
    const second = result.documents[1]!.content;
    expect(second).toContain('Flight to Moscow');
    expect(second).not.toContain('Signing of the agreement');
    expect(second).toContain('Person: Alexey Sokolov, Chief Executive (Volga-Mash JSC)');
    expectGolden(result.documents.map((d) => `<<< ${d.fileName} >>>\n${d.content}`).join('\n'), `${GOLDEN}/small-sheets-sokolov-en.txt`);
  });

  it('--all-people gives each delegation member their days, and --date narrows them', async () => {
    const result = await daySheets({ ...base(SMALL), lang: 'en', format: 'md', allPeople: true, dates: ['2023-11-21'] });
    expect(result.documents.map((d) => d.fileName)).toEqual(['2023-11-21-rudenya.md', '2023-11-21-sokolov.md', '2023-11-21-petrova.md', '2023-11-21-lin.md']);
  });

  it('every txt line fits 80 columns, counting Chinese as two', async () => {
    for (const lang of ['ru', 'en', 'zh']) {
      const result = await daySheets({ ...base(SMALL), lang, format: 'txt', allPeople: true });
      for (const doc of result.documents) for (const line of doc.content.split('\n')) expect(displayWidth(line), `${lang} ${doc.fileName}: ${line}`).toBeLessThanOrEqual(TEXT_WIDTH);
    }
  });

  it('unknown person or date is a usage error with a suggestion', async () => {
    await expect(daySheets({ ...base(SMALL), format: 'txt', people: ['sokolow'] })).rejects.toThrow(/no such person/);
    await expect(daySheets({ ...base(SMALL), format: 'txt', people: ['sokolow'] })).rejects.toMatchObject({ hint: 'Did you mean sokolov?', exitCode: 2 });
    await expect(daySheets({ ...base(SMALL), format: 'txt', dates: ['2023-11-22'] })).rejects.toThrow(/no such day/);
  });
});

describe('hostile text is shown as text', () => {
  it('html: no markup, no script, no template expansion; bidi isolated', async () => {
    const html = (await brief({ ...base(HOSTILE), format: 'html' })).documents[0]!.content;
    expect(html).not.toMatch(/<script|<img|<b>bold|onerror=alert\(1\)>|href="javascript|href="http:\/\/evil/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; Mallory &quot;M&quot; {{constructor}}');
    expect(html).toContain('Hall &lt;b&gt;bold&lt;/b&gt; {{{raw}}}');
    expect(html).toContain('<bdi>Abc\u202Edcba\u202C Evil</bdi>');
    expect(html).not.toContain('mailto:x');
    for (const href of html.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^(#|tel:|mailto:|https?:)/);
    const sheet = (await daySheets({ ...base(HOSTILE), format: 'html' })).documents[0]!.content;
    expect(sheet).not.toMatch(/<script|<img|<\/style><script/i);
    expect(sheet).toContain('Day &lt;/style&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  it('md: no raw HTML, markup escaped; txt: direction controls made visible', async () => {
    const md = (await brief({ ...base(HOSTILE), format: 'md' })).documents[0]!.content;
    expect(md).not.toMatch(/<script|<img|<a href/);
    expect(md).toContain('Org \\| pipe \\*star\\* \\[link\\](javascript:alert(1))');
    expect(md).not.toContain('\u202E');
    const txt = (await daySheets({ ...base(HOSTILE), format: 'txt' })).documents[0]!.content;
    expect(txt).toContain('Abc[U+202E]dcba[U+202C] Evil');
    expect(txt).toContain('<img src=x onerror=alert(1)> Mallory "M" {{constructor}}');
  });

  it('escapeMarkdown keeps ordinary text readable', () => {
    expect(escapeMarkdown('+7 900 111-11-11')).toBe('+7 900 111-11-11');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
  });
});

describe('templates folder override', () => {
  it('a label file and a layout in --templates replace the shipped ones; the rest stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-templates-'));
    mkdirSync(join(dir, 'labels'));
    writeFileSync(join(dir, 'labels', 'en.json'), JSON.stringify({ daySheetTitle: 'Programme for the day' }));
    writeFileSync(join(dir, 'day-sheet.md.hbs'), '# {{labels.daySheetTitle}} {{day.date}}\n{{#each day.events}}- {{start}} {{title}}\n{{/each}}');
    const md = (await daySheets({ ...base(SMALL), lang: 'en', format: 'md', dates: ['2023-11-21'], templatesDir: dir })).documents[0]!.content;
    expect(md).toBe('# Programme for the day 2023-11-21\n- 09:30 Talks with the Governor of Liaoning\n- 11:00 Signing of the agreement\n- 15:40 Flight to Moscow\n');
    const txt = (await daySheets({ ...base(SMALL), lang: 'en', format: 'txt', dates: ['2023-11-21'], templatesDir: dir })).documents[0]!.content;
    expect(txt).toContain('PROGRAMME FOR THE DAY');
    expect(txt).toContain('Officer in charge:');
  });

  it('a language without a label file is refused with the list of languages', async () => {
    await expect(brief({ ...base(SMALL), lang: 'de', format: 'md' })).rejects.toThrow(/no labels for language "de"/);
  });

  it('a broken label file is a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-templates-'));
    mkdirSync(join(dir, 'labels'));
    writeFileSync(join(dir, 'labels', 'ru.json'), '{ broken');
    copyFileSync('templates/labels/en.json', join(dir, 'labels', 'en.json'));
    await expect(brief({ ...base(SMALL), format: 'md', templatesDir: dir })).rejects.toThrow(/ru\.json is not valid JSON/);
  });
});

describe('text wrapping', () => {
  it('wraps Chinese between characters and keeps words whole', () => {
    expect(wrapWords('沈阳市沈河区青年大街115号', 10, 10)).toEqual(['沈阳市沈河', '区青年大街', '115号']);
    expect(wrapWords('one two three', 8, 8)).toEqual(['one two', 'three']);
  });
});

describe('example itinerary goldens (itineraries/liaoning-2023.yaml)', () => {
  const EXAMPLE = 'itineraries/liaoning-2023.yaml';
  it('briefing pack: md in Russian, html in English', async () => {
    const md = await brief({ ...base(EXAMPLE), lang: 'ru', format: 'md' });
    expect(md.errors).toBe(0);
    expectGolden(md.documents[0]!.content, `${GOLDEN}/liaoning-brief-ru.md`);
    const html = await brief({ ...base(EXAMPLE), lang: 'en', format: 'html' });
    expectGolden(html.documents[0]!.content, `${GOLDEN}/liaoning-brief-en.html`);
  });

  it('day sheets: txt in Russian, md in English, html in Chinese; one person in txt (zh)', async () => {
    const join = (docs: { fileName: string; content: string }[]) => docs.map((d) => `<<< ${d.fileName} >>>\n${d.content}`).join('\n');
    expectGolden(join((await daySheets({ ...base(EXAMPLE), lang: 'ru', format: 'txt' })).documents), `${GOLDEN}/liaoning-sheets-ru.txt`);
    expectGolden(join((await daySheets({ ...base(EXAMPLE), lang: 'en', format: 'md' })).documents), `${GOLDEN}/liaoning-sheets-en.md`);
    expectGolden(join((await daySheets({ ...base(EXAMPLE), lang: 'zh', format: 'html', dates: ['2023-11-22'] })).documents), `${GOLDEN}/liaoning-sheets-zh.html`);
    expectGolden(join((await daySheets({ ...base(EXAMPLE), lang: 'zh', format: 'txt', people: ['rudenya'] })).documents), `${GOLDEN}/liaoning-sheets-rudenya-zh.txt`);
  });

  it('with --include-sensitive a sheet shows the diet at the meal, and says it holds personal data; without it, neither', async () => {
    const own = (await daySheets({ ...base(SMALL), lang: 'en', format: 'md', people: ['rudenya'], includeSensitive: true })).documents;
    const dinner = own.find((d) => d.content.includes('Welcome dinner'))!.content;
    expect(dinner).toContain('- **Your diet:** CANARY-DIET no nuts');
    expect(dinner).toContain('> Contains personal data.');
    // A day without a meal shows no personal data and carries no notice.
    const other = own.find((d) => !d.content.includes('Welcome dinner'));
    if (other) expect(other.content).not.toContain('Contains personal data');
    const all = (await daySheets({ ...base(SMALL), lang: 'en', format: 'txt', includeSensitive: true })).documents.map((d) => d.content).join('\n');
    expect(all).toMatch(/Diets at this meal: Igor Rudenya: CANARY-DIET no nuts/);
    const html = (await daySheets({ ...base(SMALL), lang: 'en', format: 'html', people: ['rudenya'], includeSensitive: true })).documents.map((d) => d.content).join('');
    expect(html).toContain('<span class="k">Your diet</span> <bdi>CANARY-DIET no nuts</bdi></p>');
    const without = (await daySheets({ ...base(SMALL), lang: 'en', format: 'md', people: ['rudenya'] })).documents.map((d) => d.content).join('\n');
    expect(without).not.toContain('CANARY-DIET');
    expect(without).not.toContain('Contains personal data');
  });

  it("the head of delegation's sheets name only his car; the delegation's sheets say who rides in which", async () => {
    const own = (await daySheets({ ...base(EXAMPLE), lang: 'en', format: 'txt', people: ['rudenya'] })).documents.map((d) => d.content).join('\n');
    const vehicles = own.split('\n').filter((line) => /^\s+Vehicle:/.test(line)).map((line) => line.trim());
    expect(vehicles.length).toBeGreaterThan(5);
    // The governor's car in Russia (ru-car-1) and in China (cn-van-1); never a bus or the minibus.
    expect(new Set(vehicles.map((line) => line.split(',')[1]!.trim()))).toEqual(new Set(['А 001 АА 69', '辽A·00001']));
    const md = (await daySheets({ ...base(EXAMPLE), lang: 'en', format: 'md', people: ['rudenya'], dates: ['2023-11-21'] })).documents[0]!.content;
    expect(md).toContain('Van, 辽A·00001, Driver Meng Fan +86 139 0000 0091');
    expect(own).not.toMatch(/Riders:/);
    const all = (await daySheets({ ...base(EXAMPLE), lang: 'en', format: 'md', dates: ['2023-11-20'] })).documents[0]!.content;
    expect(all).toContain('Car, А 001 АА 69, Driver Egor Markov +7 900 000-00-91; Riders: Igor Rudenya, Konstantin Yartsev, Anna Chernova');
  });
});
