// Every command reads LF, CRLF and CR-only files the same way, and the commands that compare or edit
// refuse a file whose structure validate rejects, naming the findings.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliBatch } from './helpers/cli.js';

const CURATED = join(import.meta.dirname, 'fixtures', 'authoring', 'curated.yaml');
const LF = readFileSync(CURATED, 'utf8');

describe('line ends', () => {
  const dir = mkdtempSync(join(tmpdir(), 'line-ends-'));
  const files = {
    lf: join(dir, 'lf.yaml'),
    crlf: join(dir, 'crlf.yaml'),
    cr: join(dir, 'cr.yaml'),
  };
  writeFileSync(files.lf, LF);
  writeFileSync(files.crlf, LF.replace(/\n/g, '\r\n'));
  writeFileSync(files.cr, LF.replace(/\n/g, '\r'));
  const forms = Object.entries(files);
  const commands = (file: string) => [
    ['validate', '--format', 'json', file],
    ['agenda', file, '--width', '100'],
    ['csv', file, '--list', 'people'],
    ['diff', files.lf, file, '--format', 'json'],
  ];
  const results = runCliBatch(forms.flatMap(([, file]) => commands(file)));
  const of = (index: number) => results.slice(index * 4, index * 4 + 4).map((r) => ({ ...r, stdout: r.stdout.split(files[forms[index]![0] as keyof typeof files]).join('FILE') }));

  for (const [index, [form]] of forms.entries()) {
    it(`${form}: validate, agenda, csv and diff read what they read in the LF file`, () => {
      const [validate, agenda, csv, diff] = of(index);
      const [lfValidate, lfAgenda, lfCsv] = of(0);
      expect(validate!.stdout).toBe(lfValidate!.stdout);
      expect(agenda!.stdout).toBe(lfAgenda!.stdout);
      expect(csv!.stdout).toBe(lfCsv!.stdout);
      expect(diff!.status, diff!.stderr).toBe(0);
      expect((JSON.parse(diff!.stdout) as { changes: unknown[] }).changes).toEqual([]);
    });
  }

  it('add keeps CR-only line ends and adds the entry', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'line-ends-add-')), 'cr.yaml');
    writeFileSync(file, LF.replace(/\n/g, '\r'));
    const [run] = runCliBatch([['add', 'person', file, '--yes', '--name', 'en=Kilo Eight', '--org', 'tver', '--role', 'staff']]);
    expect(run!.status, run!.stderr).toBe(0);
    const bytes = readFileSync(file, 'utf8');
    expect(bytes).not.toContain('\n');
    expect(bytes.replace(/\r/g, '\n')).toBe(LF.replace('  - { id: li, name: { ru: Ли Вэй, en: Li Wei }, org: liaoning, role: official }\n', '  - { id: li, name: { ru: Ли Вэй, en: Li Wei }, org: liaoning, role: official }\n  - { id: kilo-eight, name: { en: Kilo Eight }, org: tver, role: staff }\n'));
  });

  it('add refuses a file that mixes CR-only and LF line ends', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'line-ends-mixed-')), 'mixed.yaml');
    writeFileSync(file, LF.replace('\n', '\r'));
    const before = readFileSync(file);
    const [run] = runCliBatch([['add', 'person', file, '--yes', '--name', 'en=Lima', '--org', 'tver', '--role', 'staff']]);
    expect(run!.status).toBe(2);
    expect(run!.stderr).toContain('ends some lines with CR alone and others with LF');
    expect(readFileSync(file)).toEqual(before);
  });
});

describe('structural errors stop diff and add', () => {
  const dir = mkdtempSync(join(tmpdir(), 'refusals-'));
  const good = join(dir, 'good.yaml');
  const bad = join(dir, 'bad.yaml');
  copyFileSync(CURATED, good);
  writeFileSync(bad, LF.replace(/^visit:\n/m, 'visit:\n  bogus: 1\n'));
  const [diffNew, diffOld, add] = runCliBatch([
    ['diff', good, bad],
    ['diff', bad, good, '--format', 'md'],
    ['add', 'person', bad, '--yes', '--name', 'en=Mike', '--org', 'tver', '--role', 'staff'],
  ]);

  it('diff refuses either version with a schema error, naming it, instead of reporting every event moved', () => {
    for (const run of [diffNew!, diffOld!]) {
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('has structural errors; the versions cannot be compared');
      expect(run.stderr).toMatch(/bad\.yaml:\d+:3 {2}unknown key "bogus"/);
    }
  });

  it('add refuses it, naming the finding, and writes nothing', () => {
    expect(add!.status).toBe(1);
    expect(add!.stderr).toContain('has structural errors; it cannot be edited safely');
    expect(add!.stderr).toMatch(/bad\.yaml:\d+:3 {2}unknown key "bogus"/);
    expect(readFileSync(bad, 'utf8')).not.toContain('Mike');
  });
});
