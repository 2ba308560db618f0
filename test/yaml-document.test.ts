// Duplicate keys are found in linear time, exactly where and as the `yaml` library's own check
// (`uniqueKeys: true`, which compares each key with every earlier one) finds them.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from '../src/source/yaml-document.js';
import { parseYaml } from '../src/source/parse.js';

const OPTIONS = { schema: 'core', version: '1.2', prettyErrors: false } as const;
const errorsOf = (errors: readonly { code: string; pos: [number, number]; message: string }[]) =>
  errors.map((e) => ({ code: e.code, pos: e.pos, message: e.message })).sort((a, b) => a.pos[0] - b.pos[0] || a.code.localeCompare(b.code));

describe('duplicate keys', () => {
  const cases = [
    'a: 1\nb: 2\na: 3\n',
    'a: 1\nb:\n  c: 1\n  c: 2\n  d: { x: 1, x: 2, y: 3 }\na: 4\n',
    '{ a: 1, "a": 2, 1: x, "1": y, 1: z }\n',
    '- { k: 1, k: 1 }\n- k: 1\n  k: 2\n',
    '&anchor a: 1\n!!str a: 2\n',
    '? a\n: 1\n? a\n: 2\n',
    'a: 1\nb: [ {c: 1, c: 2} ]\n',
    'null: 1\n~: 2\n: 3\n',
  ];
  it.each(cases)('same errors as the library with uniqueKeys: %j', (text) => {
    const ours = errorsOf(parseYamlDocument(text, OPTIONS).errors);
    expect(ours).toEqual(errorsOf(parseDocument(text, { ...OPTIONS, uniqueKeys: true }).errors));
    expect(ours.some((e) => e.code === 'DUPLICATE_KEY')).toBe(true);
  });

  it('a mapping of 50,000 keys is read in linear time (comparing each key with every earlier one took minutes)', () => {
    const count = 50_000;
    const text = `visit:\n  extra: {${Array.from({ length: count }, (_, i) => `k${i}: ${i}`).join(', ')}, k7: again}\n`;
    const doc = parseYamlDocument(text, OPTIONS);
    const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
    expect(duplicates).toHaveLength(1);
    expect(text.slice(duplicates[0]!.pos[0], duplicates[0]!.pos[0] + 9)).toBe('k7: again');
    // The checker's own parse goes the same way: one finding, at that key.
    const parsed = parseYaml(text);
    expect(parsed.problems.map((p) => text.slice(p.start, p.start + 2))).toEqual(['k7']);
  });
});
