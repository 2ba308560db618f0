// A mapping with thousands of unknown keys is checked and reported in time proportional to its keys.
// No clock: the tests count the work that grew with the square of the keys (key lookups while
// locating findings, mapping lookups while explaining comma splits, text measured for excerpts).
import { Document, parseDocument, YAMLMap } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkText } from './helpers/check.js';
import { FORMATTERS, PLAIN_STYLE } from '../src/report/index.js';
import { reportWords } from '../src/commands/itinerary.js';
import { locatePath } from '../src/source/locate.js';

const flowMapping = (keys: number, key = (i: number) => `k${i}: ${i}`) => `{format: delegation/1, ${Array.from({ length: keys }, (_, i) => key(i)).join(', ')}}\n`;

afterEach(() => vi.restoreAllMocks());

describe('a mapping with many unknown keys', () => {
  it('locates each key of a mapping without searching the mapping again', () => {
    const keys = 3000;
    const text = `{${Array.from({ length: keys }, (_, i) => `k${i}: ${i}`).join(', ')}}`;
    const doc = parseDocument(text);
    const map = doc.contents as YAMLMap;
    let reads = 0;
    map.items = new Proxy(map.items, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
        return Reflect.get(target, prop, receiver);
      },
    });
    for (let i = 0; i < keys; i++) {
      const range = locatePath(doc, text, [`k${i}`], true);
      expect(text.slice(range.start, range.end)).toBe(`k${i}`);
    }
    // Reading the items once is linear; searching them for each key read about keys² / 2 of them.
    expect(reads).toBeLessThanOrEqual(2 * keys);
  });

  it('looks up the mapping of unknown keys once, not once per key', () => {
    const getIn = vi.spyOn(Document.prototype, 'getIn');
    // `title: a, b, c …`: the keys after a plain text are read as parts of a split value.
    const result = checkText(`format: delegation/1\nvisit: {title: Visit, ${Array.from({ length: 2000 }, (_, i) => `k${i}`).join(', ')}}\n`);
    expect(result.diagnostics.filter((d) => d.rule === 'schema').length).toBeGreaterThan(0);
    expect(getIn.mock.calls.length).toBeLessThan(20);
  });

  it('measures a bounded part of a long line for each excerpt, however long the line', () => {
    // Cyrillic keys: the text must be segmented into characters to be measured (no ASCII shortcut).
    const measured = (keys: number) => {
      const text = flowMapping(keys, (i) => `ключ${i}: ${i}`);
      // Every finding listed (not only the first of each rule), so that the excerpts' cost is measured.
      const result = checkText(text, { findingsPerRule: Infinity });
      const unknown = result.diagnostics.filter((d) => d.rule === 'schema' && d.line === 1).length;
      expect(unknown).toBeGreaterThanOrEqual(keys);
      const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
      const out = FORMATTERS.pretty([{ file: 'f.yaml', diagnostics: result.diagnostics, lines: text.split('\n'), sensitiveLines: result.sensitiveLines }], {
        style: PLAIN_STYLE, toolVersion: '', rules: [], ...reportWords(),
      });
      const chars = segment.mock.calls.reduce((sum, [input]) => sum + input.length, 0);
      segment.mockRestore();
      // Each excerpt shows the key it is about, cut to the excerpt's width.
      expect(out).toContain(`ключ${keys - 1}`);
      for (const line of out.split('\n')) expect(line.length).toBeLessThan(140);
      return chars / unknown;
    };
    const few = measured(100);
    const many = measured(800);
    // Per finding, the text measured does not grow with the line (it grew with it: eight times the keys,
    // eight times the text per finding).
    expect(many).toBeLessThan(few * 1.5 + 100);
    expect(many).toBeLessThan(5000);
  });
});
