// Property-based robustness: random damage to the example never crashes the checks, every finding
// points inside the file, and the JSON report always parses.
import { reportWords } from '../src/commands/itinerary.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/report/json.js';
import { PLAIN_STYLE } from '../src/report/index.js';
import { checkText } from './helpers/check.js';
import { fastParse } from '../src/source/fast-parse.js';

const exampleText = readFileSync('itineraries/liaoning-2023.yaml', 'utf8');
const example = (fastParse(exampleText) as { value: unknown }).value;
const runs = Number(process.env.FUZZ_RUNS ?? 40);

type Json = unknown;

/** All paths to nodes of the value, for picking a random one. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function getAt(value: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], value);
}

const REPLACEMENTS: Json[] = [null, 0, -1, 1.5, '', 'x', '25:99', '2023-02-30', true, [], {}, ['all'], { ru: 'a' }, 'Asia/Nowhere', '+1', 'org:nobody'];

function mutate(root: Json, pick: number, op: number, replacement: number, target: number): Json {
  const copy = structuredClone(root);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[pick % all.length]!;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1]!;
  switch (op % 4) {
    case 0: // delete
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key];
      break;
    case 1: // duplicate
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
      else (parent as Record<string, Json>)[`${key}`] = structuredClone((parent as Record<string, Json>)[key]);
      break;
    case 2: // retype
      (parent as Record<string | number, Json>)[key] = structuredClone(REPLACEMENTS[replacement % REPLACEMENTS.length]!);
      break;
    default: {
      // move: put this node somewhere else
      const node = (parent as Record<string | number, Json>)[key];
      const other = all[target % all.length]!;
      const destination = getAt(copy, other.slice(0, -1)) as Record<string | number, Json> | undefined;
      if (destination && typeof destination === 'object') (destination as Record<string | number, Json>)[other[other.length - 1]!] = structuredClone(node);
    }
  }
  return copy;
}

function assertSound(text: string) {
  const result = checkText(text);
  const lines = text.split('\n').length;
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  const json = formatJson([{ file: 'x.yaml', diagnostics: result.diagnostics, lines: text.split('\n'), sensitiveLines: result.sensitiveLines }], {
    style: PLAIN_STYLE,
    toolVersion: '0',
    rules: [],
    ...reportWords(),
  });
  expect(() => JSON.parse(json)).not.toThrow();
}

describe('fuzzing the example', () => {
  it('survives structural mutations (delete, duplicate, retype, move)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.nat(), (pick, op, replacement, target) => {
        assertSound(stringify(mutate(example, pick, op, replacement, target)));
      }),
      { numRuns: runs, seed: 42 },
    );
  }, 300_000);

  it('survives damage to the text itself (lines deleted, duplicated, swapped, cut)', () => {
    const lines = exampleText.split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.nat(lines.length - 1), fc.nat(3), fc.nat(200), (a, b, op, cut) => {
        const copy = [...lines];
        if (op === 0) copy.splice(a, 1);
        else if (op === 1) copy.splice(a, 0, copy[b]!);
        else if (op === 2) [copy[a], copy[b]] = [copy[b]!, copy[a]!];
        else copy[a] = copy[a]!.slice(0, cut % (copy[a]!.length + 1));
        assertSound(copy.join('\n'));
      }),
      { numRuns: runs, seed: 7 },
    );
  }, 300_000);
});
