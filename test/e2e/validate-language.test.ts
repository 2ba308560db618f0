// validate speaks the officer's language: the built command, run with a Russian or Chinese locale,
// DELEGATION_LANG or --lang, prints its findings, hints, summary and --max-warnings line in it, keeps
// the English beside them in JSON, and takes reworded findings from a --templates folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const OVERLAP = join(ROOT, 'test', 'fixtures', 'rules', 'person-overlap', 'overlap.yaml');
const temp = mkdtempSync(join(tmpdir(), 'delegation-lang-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('validate in the language of the locale', () => {
  const english = runCli(['validate', OVERLAP]);

  it('prints Russian with LANG=ru_RU.UTF-8: findings, hints, related texts and the summary', () => {
    const run = runCli(['validate', OVERLAP], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('ошибка  Игорь Руденя, Анна Иванова и Пётр Петров участвуют одновременно в мероприятиях «Конференция» (21 ноября 09:30–12:30, Экспо) и «Визит на завод» (21 ноября 11:00–12:00, Завод): они пересекаются на 1 ч  person-overlap');
    expect(run.stdout).toContain('    подсказка: Перенесите одно из мероприятий или исключите этих участников из одного из них: rudenya, ivanova и petrov.');
    expect(run.stdout).toMatch(/ {4}см\. .*overlap\.yaml:30:16 {2}здесь начинается «Конференция»/);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 5 проблем (2 ошибки, 3 предупреждения) в 1 файле');
  });

  it('prints Chinese with DELEGATION_LANG=zh, which wins over LANG', () => {
    const run = runCli(['validate', OVERLAP], { env: { LANG: 'ru_RU.UTF-8', DELEGATION_LANG: 'zh' } });
    expect(run.stdout).toContain('错误  Игорь Руденя、Анна Иванова和Пётр Петров同时被安排在“Конференция”（11月21日 09:30–12:30，Экспо）和“Визит на завод”（11月21日 11:00–12:00，Завод）中（两者重叠1小时）  person-overlap');
    expect(run.stdout).toContain('    提示：请调整其中一项活动的时间，或将 rudenya、ivanova和petrov 从其中一项活动中撤下。');
  });

  it('--lang wins over the environment; --lang en (and a language it has no words for) is the English report, byte for byte', () => {
    expect(runCli(['validate', '--lang', 'en', OVERLAP], { env: { LANG: 'ru_RU.UTF-8' } }).stdout).toBe(english.stdout);
    expect(runCli(['validate', OVERLAP], { env: { LANG: 'de_DE.UTF-8' } }).stdout).toBe(english.stdout);
    expect(runCli(['validate', '--lang', 'zh', OVERLAP], { env: { LANG: 'ru_RU.UTF-8' } }).stdout).toContain('提示：');
  });

  it('says --max-warnings in the language, with its plural', () => {
    const run = runCli(['validate', '--lang', 'ru', '--max-warnings', '1', OVERLAP]);
    expect(run.stderr).toContain('delegation: 3 предупреждения — больше, чем допускает --max-warnings 1\n');
    expect(runCli(['validate', '--max-warnings', '1', OVERLAP]).stderr).toContain('delegation: 3 warnings, more than --max-warnings 1 allows\n');
  });

  it('JSON keeps rule and messageId, words message and hint in Russian and carries the English ones', () => {
    type Json = { files: { diagnostics: { rule: string; messageId: string; message: string; hint?: string; messageEnglish?: string; hintEnglish?: string }[] }[] };
    const ru = JSON.parse(runCli(['validate', '--lang', 'ru', '--format', 'json', OVERLAP]).stdout) as Json;
    const en = JSON.parse(runCli(['validate', '--format', 'json', OVERLAP]).stdout) as Json;
    const overlap = ru.files[0]!.diagnostics.find((d) => d.rule === 'person-overlap')!;
    const same = en.files[0]!.diagnostics.find((d) => d.rule === 'person-overlap')!;
    expect(overlap.messageId).toBe(same.messageId);
    expect(overlap.messageEnglish).toBe(same.message);
    expect(overlap.message).toMatch(/^Игорь Руденя/);
    expect(overlap.hint).toMatch(/^Перенесите/);
    expect(overlap.hintEnglish).toMatch(/^Move one of the events/);
    expect(same).not.toHaveProperty('messageEnglish');
  });

  it('takes a finding reworded in a --templates folder', () => {
    const dir = join(temp, 'office');
    mkdirSync(join(dir, 'labels'), { recursive: true });
    writeFileSync(join(dir, 'labels', 'ru.json'), JSON.stringify({ findings: { 'person-overlap': { startsHere: 'начало: {event}' } } }));
    const run = runCli(['validate', '--lang', 'ru', '--templates', dir, OVERLAP]);
    expect(run.stdout).toMatch(/overlap\.yaml:30:16 {2}начало: «Конференция»/);
    expect(run.stdout).toContain('они пересекаются на 1 ч');
  });

  it.each([
    ['ru', 'binary.yaml', [
      'binary.yaml:1:6  ошибка  это двоичный файл, а не текст YAML  yaml-syntax',
      '    подсказка: Файл программы — это текст в кодировке UTF-8. Не передали ли по ошибке таблицу, PDF или архив?',
    ]],
    ['zh', 'binary.yaml', ['binary.yaml:1:6  错误  这是二进制文件，而不是 YAML 文本  yaml-syntax']],
    ['ru', 'utf16le-no-bom.yaml', ['utf16le-no-bom.yaml:1:1  ошибка  файл сохранён в кодировке UTF-16 LE без метки порядка байтов (BOM), а не в UTF-8  yaml-syntax']],
    ['zh', 'utf16be-no-bom.yaml', [
      'utf16be-no-bom.yaml:1:1  错误  该文件以 UTF-16 BE（无字节顺序标记 BOM）编码保存，而不是 UTF-8  yaml-syntax',
      '    提示：请另存为 UTF-8（记事本：“另存为”→“编码：UTF-8”），或转换编码：iconv -f UTF-16BE -t UTF-8 old.yaml > new.yaml',
    ]],
    ['ru', 'tag-binary.yaml', [
      'tag-binary.yaml:8:9  ошибка  !!binary обозначает двоичные данные (base64) — тип YAML 1.1, которого в программе визита не бывает  yaml-syntax',
      '    подсказка: Удалите `!!binary` и напишите значение обычным текстом: двоичных данных в программе визита нет.',
    ]],
    ['zh', 'tag-binary.yaml', ['tag-binary.yaml:8:9  错误  !!binary 表示二进制数据（base64），这是行程中不使用的 YAML 1.1 类型  yaml-syntax']],
    ['ru', 'bad-escape.yaml', [
      'bad-escape.yaml:5:31  ошибка  обратная косая черта в двойных кавычках начинает escape-последовательность, а «\\В» ею не является  yaml-syntax',
      "    подсказка: Используйте одинарные кавычки (в них обратная косая черта — обычный символ): notes: 'Материалы в папке C:\\Визит\\2023'",
    ]],
    ['zh', 'bad-escape.yaml', [
      'bad-escape.yaml:5:31  错误  双引号内的反斜杠表示转义序列，而 “\\В” 不是有效的转义序列  yaml-syntax',
      "    提示：请改用单引号，单引号内的反斜杠是普通字符：notes: 'Материалы в папке C:\\Визит\\2023'",
    ]],
  ])("words the YAML reader's finding in %s, at the same line and column (%s)", (lang, name, expected) => {
    const run = runCli(['validate', '--lang', lang, name], { cwd: join(ROOT, 'test', 'bad-input') });
    expect(run.status, run.stderr).toBe(1);
    // The finding (and its hint), without the excerpt of the file.
    const lines = run.stdout.split('\n').filter((line) => line !== '' && !/^(?:>|✖|\s*\d* \|)/.test(line));
    expect(lines.slice(0, expected.length)).toEqual(expected);
  });

  it('names --lang in its help, with a Russian run among the examples', () => {
    const help = runCli(['validate', '--help']).stdout;
    expect(help).toContain('--lang <code>');
    expect(help).toContain('LANG=ru_RU.UTF-8 delegation validate itineraries/');
  });
});
