// Every piece of user text in the HTML outputs sits in its own <bdi>, so that a name, a plate or a
// position holding a right-to-left override cannot reorder the rest of its line. The fixture is the
// small programme with an unterminated U+202E planted in every text a user writes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { brief } from '../src/commands/brief.js';
import { daySheets } from '../src/commands/day-sheets.js';
import { pocket } from '../src/commands/pocket.js';
import type { DocumentCommandOptions } from '../src/commands/documents.js';
import { PLAIN_STYLE } from '../src/report/index.js';

const RLO = '\u202E';
/** Keys whose string values are the user's words (ids, dates, times, kinds and references are not). */
const WORDS = new Set(['title', 'host', 'notes', 'name', 'position', 'bio', 'sector', 'city', 'address', 'plate', 'flight', 'dress', 'at', 'purpose', 'background', 'talking_points', 'revision']);

function plant(value: unknown, inWords: boolean): unknown {
  if (typeof value === 'string' || typeof value === 'number') return inWords ? `${value}${RLO}x` : value;
  if (Array.isArray(value)) return value.map((item) => plant(item, inWords));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // A text given per language ({ ru: …, en: … }) is words when its key is.
      const words = /^[a-z]{2}$/.test(k) ? inWords : WORDS.has(k);
      out[k] = plant(v, words);
    }
    return out;
  }
  return value;
}

const temp = mkdtempSync(join(tmpdir(), 'delegation-bidi-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const file = join(temp, 'bidi.yaml');
writeFileSync(file, stringify(plant(parse(readFileSync('test/fixtures/documents/small.yaml', 'utf8')), false)));
const base: DocumentCommandOptions = { file, style: PLAIN_STYLE, cwd: temp, toolVersion: 'test', force: true, includeSensitive: true };
const STAMP = Date.UTC(2023, 10, 1, 9, 0);

/**
 * Each U+202E in the text of the page (not in an attribute, not in <title>, which holds no markup)
 * must have a <bdi> of its own as the element right around its run of text.
 */
function unisolated(html: string): string[] {
  const bad: string[] = [];
  for (let i = html.indexOf(RLO); i !== -1; i = html.indexOf(RLO, i + 1)) {
    const tagStart = html.lastIndexOf('<', i);
    const tagEnd = html.lastIndexOf('>', i);
    if (tagEnd < tagStart) continue; // inside a tag: an attribute value
    const tag = /^<\/?[a-z0-9-]+/i.exec(html.slice(tagStart))![0];
    if (tag === '<title') continue;
    // The isolation closes right after the planted text: no other words share it.
    if (tag === '<bdi' && html.startsWith('x</bdi>', i + 1)) continue;
    bad.push(html.slice(Math.max(0, tagStart - 60), i + 2));
  }
  return bad;
}

function planted(html: string): number {
  return html.split(RLO).length - 1;
}

describe('user text in HTML is isolated with <bdi>', () => {
  it('briefing pack (en, ru)', async () => {
    for (const lang of ['en', 'ru']) {
      const html = (await brief({ ...base, lang, format: 'html' })).documents[0]!.content;
      expect(planted(html)).toBeGreaterThan(60);
      expect(unisolated(html)).toEqual([]);
      expect(html).toContain(`<span class="muted small">bus-1</span></td><td class="nowrap"><bdi>辽A·12345${RLO}x</bdi></td>`);
    }
  });

  it('day sheets (whole delegation and one person)', async () => {
    for (const options of [{}, { people: ['rudenya'] }]) {
      const result = await daySheets({ ...base, lang: 'en', format: 'html', ...options });
      for (const doc of result.documents) {
        expect(planted(doc.content)).toBeGreaterThan(10);
        expect(unisolated(doc.content), doc.fileName).toEqual([]);
      }
      expect(result.documents.map((d) => d.content).join('')).toContain(`<bdi class="nowrap">辽A·12345${RLO}x</bdi>`);
    }
  });

  it('pocket pages and their index', async () => {
    const result = await pocket({ ...base, lang: 'en', stampMs: STAMP });
    expect(result.documents.length).toBeGreaterThan(2);
    const all = result.documents.map((d) => d.content).join('');
    expect(all).toContain(`<bdi class="muted">Governor of Tver Region${RLO}x</bdi>`);
    for (const doc of result.documents) expect(unisolated(doc.content), doc.fileName).toEqual([]);
  });
});
