// One harness for every rule fixture under test/fixtures/rules/<rule-id>/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { checkText } from './helpers/check.js';
import { readFixture, type Expected } from './helpers/fixtures.js';

const root = join(import.meta.dirname, 'fixtures', 'rules');
const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('rule fixtures', () => {
  it('every fixture folder names a rule', () => {
    const ids = new Set<string>(RULES.map((r) => r.id));
    expect(folders.filter((f) => !ids.has(f))).toEqual([]);
  });

  for (const rule of folders) {
    const files = readdirSync(join(root, rule)).filter((f) => /\.ya?ml$/.test(f)).sort();
    describe(rule, () => {
      it('has fixtures that fire and that must not fire', () => {
        expect(files.some((f) => f.startsWith('valid'))).toBe(true);
        expect(files.some((f) => !f.startsWith('valid'))).toBe(true);
      });
      for (const file of files) {
        it(file, () => {
          const { text, expected } = readFixture(join(root, rule, file));
          const { diagnostics } = checkText(text);
          const watched = new Set([rule, ...expected.map((e) => e.rule)]);
          // Severity is compared only where the fixture pins it.
          const pinned = (d: { rule: string; line: number; column: number }) =>
            expected.some((e) => e.severity && e.rule === d.rule && e.line === d.line && e.column === d.column);
          const actual = diagnostics
            .filter((d) => watched.has(d.rule))
            .map((d) => ({
              rule: d.rule,
              messageId: d.messageId,
              line: d.line,
              column: d.column,
              endLine: d.endLine,
              endColumn: d.endColumn,
              ...(pinned(d) ? { severity: d.severity } : {}),
            }));
          if (file.startsWith('valid')) expect(actual.filter((d) => d.rule === rule)).toEqual([]);
          const sort = (list: Expected[]) =>
            [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.messageId.localeCompare(b.messageId));
          expect(sort(actual), diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}/${d.messageId} ${d.message}`).join('\n')).toEqual(sort(expected));
        });
      }
    });
  }
});
