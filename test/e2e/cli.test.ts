// The built command end to end: formats, exit codes, colour, usage errors, the schema and rules commands.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, STACK_TRACE } from '../helpers/cli.js';

const GOOD = 'test/fixtures/cli/good.yaml';
const BAD = 'test/fixtures/cli/bad.yaml';
const WARN = 'test/fixtures/cli/warnings.yaml';
const temp = mkdtempSync(join(tmpdir(), 'delegation-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('delegation validate', () => {
  it('exits 0 with a one-line summary for a clean file', () => {
    const r = runCli(['validate', GOOD]);
    expect(r.stdout).toBe('1 file checked: no problems\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('exits 1 on errors and prints file:line:col  severity  message  rule, an excerpt and a summary', () => {
    const r = runCli(['validate', BAD]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${BAD}:30:105  error  unknown place "hotl"; did you mean "hotel"?  unknown-reference\n`);
    expect(r.stdout).toMatch(/> 30 \| … .*place: hotl, attendees: \[all\] \}\n {5}\| +\^\^\^\^\n/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (2 errors, 0 warnings) in 1 file');
  });

  it('never shows a passport line, nor the faulty value, for a finding about it', () => {
    const r = runCli(['validate', BAD]);
    expect(r.stdout).toContain(`${BAD}:18:67  error  the value is not a date in the calendar  schema\n    (source not shown: the field is sensitive)\n`);
    expect(r.stdout).not.toContain('RUDENIA');
    expect(r.stdout).not.toContain('751234567');
    expect(r.stdout).not.toContain('2030-02-30');
    for (const format of ['json', 'sarif', 'github']) expect(runCli(['validate', '-f', format, BAD]).stdout).not.toContain('2030-02-30');
  });

  it('reports a folder of good and bad files: only files with findings, and how many of how many', () => {
    const r = runCli(['validate', 'test/fixtures/cli']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('good.yaml');
    expect(r.stdout).toContain('warnings.yaml:31:29  warning');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (2 errors, 2 warnings) in 2 of 3 files');
  });

  it('warnings alone exit 0; --max-warnings fails past the limit and says so on stderr', () => {
    expect(runCli(['validate', WARN]).status).toBe(0);
    expect(runCli(['validate', '--max-warnings', '2', WARN]).status).toBe(0);
    const r = runCli(['validate', '--max-warnings', '1', WARN]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('delegation: 2 warnings, more than --max-warnings 1 allows\n');
    const json = runCli(['validate', '--format', 'json', '--max-warnings', '0', WARN]);
    expect(json.status).toBe(1);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
  });

  it('--format json prints exactly the specified shape on stdout', () => {
    const r = runCli(['validate', '--format', 'json', 'test/fixtures/cli']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { file: string; diagnostics: { rule: string; line: number }[] }[]; errors: number; warnings: number };
    expect(out.files.map((f) => f.file)).toEqual(['test/fixtures/cli/bad.yaml', 'test/fixtures/cli/good.yaml', 'test/fixtures/cli/warnings.yaml']);
    expect(out.errors).toBe(2);
    expect(out.warnings).toBe(2);
    expect(out.files[0]!.diagnostics[1]).toEqual({
      rule: 'unknown-reference', severity: 'error', messageId: 'unknown', message: 'unknown place "hotl"; did you mean "hotel"?',
      line: 30, column: 105, endLine: 30, endColumn: 109, path: ['days', 1, 'events', 0, 'place'],
    });
  });

  it('--format sarif is valid SARIF 2.1.0 with relative URIs', () => {
    const r = runCli(['validate', '--format', 'sarif', 'test/fixtures/cli']);
    expect(r.status).toBe(1);
    const sarif = JSON.parse(r.stdout) as { runs: { tool: { driver: { version: string; rules: unknown[] } }; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')) as object);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(sarif.runs[0]!.tool.driver.version).toBe(pkg.version);
    // Every registered rule is described, whoever added it.
    expect(sarif.runs[0]!.tool.driver.rules.length).toBeGreaterThanOrEqual(9);
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('test/fixtures/cli/bad.yaml');
  });

  it('--format github prints workflow commands', () => {
    const r = runCli(['validate', '--format', 'github', BAD]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error file=${BAD},line=30,col=105,endLine=30,endColumn=109,title=unknown-reference (error)::unknown place "hotl"; did you mean "hotel"?\n`);
  });

  it('-o writes the report to a file, and never over an input', () => {
    const target = join(temp, 'report.sarif');
    const r = runCli(['validate', '--format', 'sarif', '-o', target, BAD]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveProperty('version', '2.1.0');
    const input = join(temp, 'input.yaml');
    copyFileSync(join(ROOT, GOOD), input);
    const refused = runCli(['validate', '-o', input, input]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('refusing to write');
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(join(ROOT, GOOD), 'utf8'));
  });

  it('gives the same findings whatever the machine time zone', () => {
    const outputs = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati'].map((TZ) => runCli(['validate', '-f', 'json', 'test/fixtures/rules/time-order'], { env: { TZ } }).stdout);
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0]).toContain('"rule": "time-order"');
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it('is off when stdout is not a terminal', () => {
    expect(runCli(['validate', BAD], { env: { NO_COLOR: '' } }).stdout).not.toContain(ESC);
  });
  it('FORCE_COLOR turns it on; NO_COLOR and --no-color turn it off', () => {
    expect(runCli(['validate', BAD], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(runCli(['validate', BAD], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(['--no-color', 'validate', BAD], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(['validate', '--no-color', BAD], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
});

describe('usage errors exit 2 with a clear message and no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['no paths', ['validate'], /missing required argument 'paths'/],
    ['an unknown format', ['validate', '--format', 'xml', GOOD], /argument 'xml' is invalid. Allowed choices are pretty, json, sarif, github/],
    ['a bad --max-warnings', ['validate', '--max-warnings', 'many', GOOD], /expected a whole number/],
    ['an unknown command', ['valdate', GOOD], /unknown command 'valdate'/],
    ['an unknown option', ['validate', '--strict', GOOD], /unknown option '--strict'/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('delegation --help');
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    });
  }
});

describe('delegation schema and rules', () => {
  it('schema prints the checked-in JSON Schema', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'schema', 'itinerary.schema.json'), 'utf8'));
  });

  it('rules lists every rule with its severity and description', () => {
    const r = runCli(['rules']);
    expect(r.status).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(expect.arrayContaining(['yaml-syntax', 'schema', 'duplicate-id', 'unknown-reference', 'invalid-timezone', 'time-order', 'outside-visit', 'day-order', 'empty-event']));
    expect(r.stdout).toMatch(/^time-order +error +An event ends at or before its start/m);
  });

  it('--version and --help exit 0', () => {
    expect(runCli(['--version']).status).toBe(0);
    const help = runCli(['validate', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 no errors; 1 errors');
  });

});
