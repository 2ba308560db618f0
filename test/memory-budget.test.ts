// The memory budget: a file larger than the caps is refused before it is parsed, with the limit and
// what to do; a file with thousands of findings of one rule lists the first of them and counts the
// rest, in every format and language.
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from './helpers/cli.js';
import { checkText } from './helpers/check.js';
import { MAX_FINDINGS_PER_RULE } from '../src/diagnostics/types.js';
import { MAX_SOURCE_BYTES } from '../src/source/read.js';
import { countYamlMarks, MAX_YAML_MARKS } from '../src/source/budget.js';
import { validate } from '../src/commands/validate.js';
import { PLAIN_STYLE } from '../src/report/index.js';

const dir = mkdtempSync(join(tmpdir(), 'delegation-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A visit with `extra` unknown keys: one schema finding each, on lines 3 onwards. */
const unknownKeys = (extra: number) =>
  `format: delegation/1\nvisit:\n${Array.from({ length: extra }, (_, i) => `  unknown_${i}: 1\n`).join('')}`;

describe('files over the caps are refused before they are parsed', () => {
  it('refuses a file over the byte cap before reading it, giving the limit and the way out', () => {
    // A sparse file: its size is over the cap, its blocks are never written (nor read).
    const file = join(dir, 'huge.yaml');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, MAX_SOURCE_BYTES + 1);
    closeSync(fd);
    const r = runCli(['validate', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`huge.yaml is too large to check: 16.0 MB, the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MB`);
    expect(r.stderr).toContain('Split the programme into several files');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    // Read, its zero bytes would have been "a binary file": the refusal came first.
    expect(r.stderr).not.toMatch(/binary/i);
    const ru = runCli(['validate', file, '--lang', 'ru']);
    expect(ru.stderr).toContain('слишком велик для проверки');
    expect(ru.stderr).toContain('Разделите программу');
    const zh = runCli(['day-sheets', file, '--lang', 'zh', '-o', join(dir, 'sheets')]);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('过大，无法检查');
    expect(zh.stderr).toContain('请把日程拆分为多个文件');
  });

  it('refuses a file with more YAML marks than the budget before parsing it', () => {
    // Under the byte cap, but a node for every line: the count of marks, not the size, is over.
    const file = join(dir, 'dense.yaml');
    const lines = MAX_YAML_MARKS + 1;
    writeFileSync(file, `format: delegation/1\nvisit:\n${'- 0\n'.repeat(Math.ceil(lines / 2))}`);
    const r = runCli(['validate', file, '--format', 'json']);
    expect(r.status).toBe(2);
    // No report: the file was never parsed (it would have had a schema finding, visit is not a list).
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/dense\.yaml holds too much YAML structure to check within 1 GB of memory: \d+ marks .*the limit is 750,?000/);
    expect(r.stderr).toContain('Split the programme into several files');
    const ru = runCli(['brief', file, '--lang', 'ru', '-o', join(dir, 'brief.html')]);
    expect(ru.status).toBe(2);
    expect(ru.stderr).toContain('слишком много элементов YAML');
  });

  it('counts the marks that make YAML nodes', () => {
    expect(countYamlMarks('a: 1\nb: [1, 2, {c: 3}]\n- x\n')).toBe(11);
    expect(countYamlMarks('url: http://x\n')).toBe(2);
    expect(countYamlMarks('a-b: c\r\n')).toBe(3);
  });
});

describe('findings beyond the per-rule cap are counted, not listed', () => {
  const extra = MAX_FINDINGS_PER_RULE + 7;
  const file = join(dir, 'many-findings.yaml');
  writeFileSync(file, unknownKeys(extra));

  it('keeps the first findings of each rule in report order and counts the others', () => {
    const result = checkText(unknownKeys(extra));
    const unknown = result.diagnostics.filter((d) => d.rule === 'schema' && d.line >= 3);
    expect(unknown).toHaveLength(MAX_FINDINGS_PER_RULE - (result.diagnostics.filter((d) => d.rule === 'schema').length - unknown.length));
    expect(result.diagnostics.filter((d) => d.rule === 'schema')).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(result.diagnostics.at(-1)!.line).toBeLessThan(3 + MAX_FINDINGS_PER_RULE);
    const total = result.diagnostics.length + result.omitted.reduce((n, o) => n + o.count, 0);
    expect(result.omitted).toEqual([{ rule: 'schema', severity: 'error', count: total - result.diagnostics.length }]);
    expect(total).toBeGreaterThanOrEqual(extra);
  });

  const run = (format: 'pretty' | 'json' | 'sarif' | 'github', lang = 'en') =>
    validate({ paths: [file], format, style: PLAIN_STYLE, cwd: dir, toolVersion: '0.0.0', config: false, lang });

  it('says so in the pretty report, in each language, and counts them in the summary', () => {
    const en = run('pretty');
    const omitted = checkText(unknownKeys(extra)).omitted[0]!.count;
    expect(en.output).toContain(`many-findings.yaml  error  … and ${omitted} more schema findings not shown (the first ${MAX_FINDINGS_PER_RULE} of each rule are listed)  schema`);
    expect(en.errors).toBe(MAX_FINDINGS_PER_RULE + omitted);
    expect(en.output).toContain(`✖ ${MAX_FINDINGS_PER_RULE + omitted} problems (${MAX_FINDINGS_PER_RULE + omitted} errors, 0 warnings)`);
    expect(en.exitCode).toBe(1);
    expect(run('pretty', 'ru').output).toContain(`… и ещё ${omitted} замечаний правила schema не показано (по каждому правилу перечислены первые ${MAX_FINDINGS_PER_RULE})`);
    expect(run('pretty', 'zh').output).toContain(`…… 另有 ${omitted} 条 schema 问题未显示（每条规则只列出前 ${MAX_FINDINGS_PER_RULE} 条）`);
  });

  it('states the truncation in JSON, with the counts', () => {
    const out = JSON.parse(run('json').output) as { files: { diagnostics: unknown[]; omitted: { rule: string; severity: string; count: number; message: string }[] }[]; errors: number };
    const [only] = out.files;
    expect(only!.diagnostics).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(only!.omitted).toHaveLength(1);
    expect(only!.omitted[0]).toMatchObject({ rule: 'schema', severity: 'error' });
    expect(out.errors).toBe(MAX_FINDINGS_PER_RULE + only!.omitted[0]!.count);
    expect(only!.omitted[0]!.message).toContain(`${only!.omitted[0]!.count} more schema findings not shown`);
  });

  it('states the truncation in SARIF as a notification of the run, tied to the rule', () => {
    const sarif = JSON.parse(run('sarif', 'ru').output) as { runs: { results: unknown[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; associatedRule: { id: string; index: number }; properties: { omittedResults: number } }[] }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    const [sarifRun] = sarif.runs;
    expect(sarifRun!.results).toHaveLength(MAX_FINDINGS_PER_RULE);
    const [note] = sarifRun!.invocations[0]!.toolExecutionNotifications;
    expect(sarifRun!.invocations[0]!.executionSuccessful).toBe(true);
    expect(note!.level).toBe('error');
    expect(note!.message.text).toContain('не показано');
    expect(sarifRun!.tool.driver.rules[note!.associatedRule.index]!.id).toBe('schema');
    expect(note!.properties.omittedResults).toBeGreaterThan(0);
  });

  it('states the truncation in GitHub annotations', () => {
    const lines = run('github').output.trim().split('\n');
    expect(lines).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(lines.at(-1)).toMatch(/^::error file=many-findings\.yaml,title=schema \(error\)::… and \d+ more schema findings not shown/);
  });

  it('a file with fewer findings says nothing of the kind', () => {
    writeFileSync(join(dir, 'few.yaml'), unknownKeys(3));
    const r = validate({ paths: [join(dir, 'few.yaml')], format: 'json', style: PLAIN_STYLE, cwd: dir, toolVersion: '0.0.0', config: false });
    expect(r.output).not.toContain('omitted');
  });
});
