// The fast read path must give exactly the value the `yaml` parser gives, or step aside.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../src/source/fast-parse.js';
import { parseYaml } from '../src/source/parse.js';
import { checkText } from './helpers/check.js';

const core = (text: string) => parse(text, { schema: 'core', version: '1.2' });

describe('fastParse', () => {
  const scalars = [
    'yes', 'NO', 'on', 'off', '09:30', '07:25+1', '0o14', '014', '0012', '0x1F', '0xff', '0b101', '1_000', '.inf', '-.Inf', '+.INF', '.nan', '.NaN',
    '1e3', '1E3', '+12', '-7', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', '2023-11-21', '1:30', '0.5', '.5', '5.', '+.5', '-.5',
    '1.2e+3', '1.5e-3', '0xFF_FF', '-0x1A', '+0o7', '0o8', '12e', '6902008908', '00 0000001', '+7 900 000-00-01', '""', "''", '',
    // Scalars that start like no number (text at once) next to ones that start like one but are text.
    'e3', 'x1F', 'o7', 'inf', 'Infinity', 'nan', 'NaN', 'a1', '١٢', '１２', 'Ⅻ', '+', '.', '-1-', '-a', '+x', '.x', '.e3', '1a', '0o', '0x', '-0o7', '+.nan',
    '..5', '-.inf.', '.Inf', '.NAN', '-1_0', '+-1', '0x-1',
  ];
  it.each(scalars)('reads %j as the YAML 1.2 core schema does', (scalar) => {
    const text = `v: ${scalar}\n`;
    const fast = fastParse(text);
    expect(fast).toHaveProperty('value');
    expect((fast as { value: unknown }).value).toEqual(core(text));
  });

  it('reads every example itinerary and rule fixture exactly as yaml does', () => {
    const files = [
      ...readdirSync('itineraries').filter((f) => f.endsWith('.yaml')).map((f) => join('itineraries', f)),
      ...readdirSync('test/fixtures/rules', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).map((f) => join('test/fixtures/rules', f)),
    ];
    expect(files.length).toBeGreaterThan(1);
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = fastParse(text);
      if (!fast || !('value' in fast)) {
        // Left to the full parser: text it finds faulty, or syntax the fast reader does not take.
        expect(parseYaml(text).problems.length > 0 || /[&*!%]|(^|\n)(---|\.\.\.)/.test(text), file).toBe(true);
        continue;
      }
      read++;
      expect(fast.value, file).toEqual(core(text));
    }
    // Most files are plain: the comparison above must have run for them.
    expect(read).toBeGreaterThan(files.length / 2);
    for (const file of files.filter((f) => f.startsWith('itineraries'))) expect(fastParse(readFileSync(file, 'utf8')), file).toHaveProperty('value');
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: yes\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
  ])('leaves %s to the full parser', (_what, text) => {
    expect(fastParse(text)).toBeUndefined();
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n', 5],
    ['a syntax error', 'a: [1, 2\n', 9],
  ])('says where it stopped on %s, for the full parser to explain', (_what, text, offset) => {
    expect(fastParse(text)).toEqual({ stoppedAt: offset });
  });

  it('keeps __proto__ an ordinary key without touching prototypes', () => {
    const value = (fastParse('__proto__: { polluted: 1 }\n') as { value: unknown }).value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the engine on the fast path', () => {
  it('reports the same findings with the same positions as the full parser', () => {
    // An alias sends the file to the full parser; the same text without it goes the fast way.
    const body = readFileSync('test/fixtures/rules/unknown-reference/places-and-people.yaml', 'utf8');
    const fast = checkText(body).diagnostics;
    const full = checkText(body.replace('format: delegation/1', 'format: &f delegation/1')).diagnostics;
    expect(fast.length).toBeGreaterThan(0);
    expect(fast).toEqual(full);
  });
});
