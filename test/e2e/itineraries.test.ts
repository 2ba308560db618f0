// Every itinerary shipped in itineraries/ must pass `delegation validate` through the built command,
// as the README's first command runs it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const folder = join(ROOT, 'itineraries');
const files = existsSync(folder) ? readdirSync(folder).filter((f) => /\.ya?ml$/i.test(f)).sort() : [];

describe('itineraries/', () => {
  if (files.length === 0) {
    // The title is the reason the reporter shows for the skip.
    it.skip('itineraries/ holds no .yaml file yet: nothing to validate', () => {});
    return;
  }

  for (const file of files) {
    it(`${file} passes validate with no errors`, () => {
      const r = runCli(['validate', '--format', 'json', join('itineraries', file)]);
      const report = JSON.parse(r.stdout) as { files: { diagnostics: { severity: string; line: number; column: number; rule: string; message: string }[] }[] };
      const errors = report.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([]);
      expect(r.status).toBe(0);
    });

    it(`${file} starts with the yaml-language-server schema comment`, () => {
      expect(readFileSync(join(folder, file), 'utf8').split(/\r?\n/)[0]).toBe('# yaml-language-server: $schema=../schema/itinerary.schema.json');
    });
  }

  it('validates as a folder, as the README says', () => {
    const r = runCli(['validate', 'itineraries/']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
