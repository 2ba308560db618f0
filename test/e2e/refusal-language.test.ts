// `add` and `diff` refuse a file that is not valid YAML, or has structural errors, naming the finding
// in the run's language: the built command, run in Russian and Chinese, prints the whole refusal in
// that language (the finding worded as validate words it), with the same exit code as in English.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const temp = mkdtempSync(join(tmpdir(), 'delegation-refusal-lang-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const BAD = join(temp, 'bad.yaml');
const TEXT = 'visit:\n  id: v1\n  title: "C:\\Users\\x"\n';
writeFileSync(BAD, TEXT);
const WRONG_TYPE = join(ROOT, 'test', 'fixtures', 'rules', 'schema', 'wrong-type.yaml');

/** The English words of the bad-escape finding: none of them may appear in another language. */
const ENGLISH_PROBLEM = /backslash|escape sequence|double quotes|is none/;

describe('refusals of a file that is not valid YAML, in the run\'s language', () => {
  it('add in Russian (LANG) words the YAML problem in Russian, exit 1, file untouched', () => {
    const run = runCli(['add', 'event', BAD, '--yes'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `delegation: ${BAD} — некорректный YAML (строка 3: обратная косая черта в двойных кавычках начинает escape-последовательность, а «\\U» ею не является); безопасно править его нельзя\n`,
    );
    expect(run.stderr).not.toMatch(ENGLISH_PROBLEM);
    expect(readFileSync(BAD, 'utf8')).toBe(TEXT);
  });

  it('add in Chinese (--lang zh) words it in Chinese, exit 1', () => {
    const run = runCli(['add', 'event', BAD, '--yes', '--lang', 'zh']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`delegation: ${BAD} 不是有效的 YAML（第 3 行：双引号内的反斜杠表示转义序列，而 “\\U” 不是有效的转义序列），无法安全编辑\n`);
    expect(run.stderr).not.toMatch(ENGLISH_PROBLEM);
  });

  it('diff in Russian and Chinese words it in the language, exit 1 as in English', () => {
    const ru = runCli(['diff', BAD, BAD], { env: { DELEGATION_LANG: 'ru' } });
    expect(ru.status).toBe(1);
    expect(ru.stderr).toContain(`delegation: ${BAD} — некорректный YAML (строка 3: обратная косая черта в двойных кавычках начинает escape-последовательность, а «\\U» ею не является)\n`);
    expect(ru.stderr).not.toMatch(ENGLISH_PROBLEM);
    const zh = runCli(['diff', BAD, BAD, '--lang', 'zh']);
    expect(zh.status).toBe(1);
    expect(zh.stderr).toContain(`delegation: ${BAD} 不是有效的 YAML（第 3 行：双引号内的反斜杠表示转义序列，而 “\\U” 不是有效的转义序列）\n`);
    expect(zh.stderr).not.toMatch(ENGLISH_PROBLEM);
  });

  it('in English the refusal is as before', () => {
    const run = runCli(['diff', BAD, BAD], { env: { LANG: 'C' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`delegation: ${BAD} is not valid YAML (line 3: a backslash inside double quotes starts an escape sequence, and "\\U" is none)\n`);
  });
});

describe('refusals of a file with structural errors, in the run\'s language', () => {
  it('add lists the first five findings and counts the rest in Russian and Chinese', () => {
    const ru = runCli(['add', 'event', WRONG_TYPE, '--yes', '--lang', 'ru']);
    expect(ru.status).toBe(1);
    expect(ru.stderr).toContain('wrong-type.yaml:18:15  ожидается целое число человек, а указано: "many"\n');
    expect(ru.stderr).toContain('\n  … и ещё 5 ошибок\n');
    expect(ru.stderr).not.toMatch(/expected|found|more/);
    const zh = runCli(['add', 'event', WRONG_TYPE, '--yes', '--lang', 'zh']);
    expect(zh.stderr).toContain('wrong-type.yaml:18:15  应为人数（整数），实际为"many"\n');
    expect(zh.stderr).toContain('\n  … 另有 5 个错误\n');
    const en = runCli(['add', 'event', WRONG_TYPE, '--yes', '--lang', 'en']);
    expect(en.stderr).toContain('\n  … and 5 more\n');
  });
});
