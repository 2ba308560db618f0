// Reports of the built CLI never print passport data, private phones, e-mails or diets, whatever the
// format: the fixture plants recognisable values next to findings of every protocol rule.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const fixture = join(import.meta.dirname, 'fixtures', 'privacy', 'canaries.yaml');

const PROTOCOL_RULES = [
  'interpreter-needed', 'signatory-absent', 'signatory-party', 'passport-expiry', 'inn-checksum', 'duplicate-person', 'head-absent',
  'agreement-unsigned', 'passport-name', 'phone-format', 'missing-translation', 'empty-organization', 'no-b2b',
];

/** Each planted value, also as bare digits where a formatter might strip the punctuation. */
const CANARIES = [
  'CANARY-PASS-987', 'CANARYPASS987', 'CANARY PASSNAME', 'CANARY-DIET', 'canary-mail',
  '+7 999 123-45-67', '9991234567', '123-45-67',
  '8 999 765-43-21', '89997654321', '765-43-21',
  '8 (916) 555-44-33', '89165554433', '555-44-33',
  // The passport expiry date, as written and as a message would print it.
  '2024-01-15', '15 Jan 2024',
];

function validate(format: string) {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'delegation.js'), 'validate', '--format', format, '--no-color', fixture], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, stdout: run.stdout };
}

describe('sensitive values in reports', () => {
  it('the fixture has findings of every protocol rule, some of them marked sensitive', () => {
    const { status, stdout } = validate('json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { files: { diagnostics: { rule: string; path: (string | number)[] }[] }[] };
    const diagnostics = report.files[0]!.diagnostics;
    const rules = new Set(diagnostics.map((d) => d.rule));
    expect(PROTOCOL_RULES.filter((r) => !rules.has(r))).toEqual([]);
    const fields = new Set(diagnostics.map((d) => d.path.filter((p) => typeof p === 'string').join('.')));
    for (const field of ['people.passport.number', 'people.passport.expires', 'people.passport.name', 'people.phone', 'people.diet']) {
      expect(fields).toContain(field);
    }
  });

  for (const format of ['pretty', 'json', 'sarif', 'github']) {
    it(`${format}: no planted value appears`, () => {
      const { status, output } = validate(format);
      expect(status).toBe(1);
      expect(output).toContain('Kanareikin');
      expect(CANARIES.filter((canary) => output.includes(canary))).toEqual([]);
    });
  }
});
