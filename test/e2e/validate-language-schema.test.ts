// Schema findings the engine and the model word from data, in Russian and Chinese through the built
// command: a date that is not in the calendar, a value YAML split at its commas, an unknown key with
// the keys its mapping knows, and a seating mapping of the wrong form, each at its line and column.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const temp = mkdtempSync(join(tmpdir(), 'delegation-lang-schema-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const file = join(temp, 'visit.yaml');
writeFileSync(
  file,
  readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'schema', 'valid.yaml'), 'utf8')
    .replace('from: 2023-11-20', 'from: 2024-02-30')
    .replace('  - { id: airport, name: Аэропорт, kind: airport }', '  - { id: airport, name: Аэропорт, kind: airport, address: Тверь, Советская улица, 10 }')
    .replace('travel:\n', 'hotels: []\ntravel:\n')
    .replace('        vehicles: [bus-1]', '        vehicles: { bus-1: rest }'),
);

/** The lines of the report that name a finding, hints and the summary; excerpts left out. */
function lines(lang: string): string[] {
  const run = runCli(['validate', '--lang', lang, file]);
  expect(run.status).toBe(1);
  return run.stdout.split('\n').filter((line) => line.startsWith(file) || /^ {4}[^\s|]/.test(line)).map((line) => line.replace(file, 'visit.yaml'));
}

describe('schema findings worded from data', () => {
  it.each([
    [
      'ru',
      [
        'visit.yaml:6:9  ошибка  30 февраля 2024 года не существует: в феврале 2024 года 29 дней  schema',
        'visit.yaml:30:60  ошибка  значение «address» содержит запятую внутри { … } и не взято в кавычки, поэтому YAML разбил его на лишние ключи ("Советская улица", "10")  schema',
        '    подсказка: Возьмите всё значение в двойные кавычки: - { id: airport, name: Аэропорт, kind: airport, address: "Тверь, Советская улица, 10" }',
        'visit.yaml:32:1  ошибка  неизвестный ключ «hotels»  schema',
        '    подсказка: Здесь допустимы ключи: format, visit, organizations, people, groups, places, travel, vehicles, agreements, days.',
        'visit.yaml:61:19  ошибка  в рассадке каждому транспортному средству указывается список селекторов, например { gov-car: [rudenya, aide-1], bus-1: [rest] }  schema',
      ],
    ],
    [
      'zh',
      [
        'visit.yaml:6:9  错误  2024年2月30日不存在：2024年2月只有29天  schema',
        'visit.yaml:30:60  错误  “address” 的值在 { … } 内含有逗号且未加引号，因此 YAML 将其拆成了多余的键（"Советская улица"、"10"）  schema',
        '    提示：请用双引号括起整个值：- { id: airport, name: Аэропорт, kind: airport, address: "Тверь, Советская улица, 10" }',
        'visit.yaml:32:1  错误  未知的键 “hotels”  schema',
        '    提示：此处可用的键：format、visit、organizations、people、groups、places、travel、vehicles、agreements、days。',
        'visit.yaml:61:19  错误  乘车安排应为每辆车列出选择器列表，例如 { gov-car: [rudenya, aide-1], bus-1: [rest] }  schema',
      ],
    ],
  ])('in %s', (lang, expected) => {
    expect(lines(lang)).toEqual(expect.arrayContaining(expected));
  });

  it('JSON keeps the English text and the same message ids', () => {
    type Json = { files: { diagnostics: { messageId: string; line: number; message: string; messageEnglish?: string }[] }[] };
    const ru = JSON.parse(runCli(['validate', '--lang', 'ru', '--format', 'json', file]).stdout) as Json;
    const date = ru.files[0]!.diagnostics.find((d) => d.line === 6)!;
    expect(date.messageEnglish).toBe('30 February 2024 does not exist: February 2024 has 29 days');
    expect(ru.files[0]!.diagnostics.find((d) => d.line === 30)!.messageId).toBe('commaSplit');
  });

  it('an empty file and a file of comments only, with the hint to start one', () => {
    const empty = join(temp, 'empty.yaml');
    const comments = join(temp, 'comments.yaml');
    writeFileSync(empty, '');
    writeFileSync(comments, '# programme to come\n');
    const ru = runCli(['validate', '--lang', 'ru', empty, comments]).stdout;
    expect(ru).toContain(`${empty}:1:1  ошибка  файл пуст  schema\n`);
    expect(ru).toContain(`${comments}:1:1  ошибка  в файле одни комментарии: программы визита в нём нет  schema\n`);
    expect(ru).toContain('    подсказка: Программа визита начинается со строки `format: delegation/1`, за ней идут visit, organizations, people, places и days. Заготовку файла создаёт `delegation init`.\n');
    const zh = runCli(['validate', '--lang', 'zh', empty]).stdout;
    expect(zh).toContain(`${empty}:1:1  错误  文件为空  schema\n`);
  });

  it('a file without its format line, the missing field named in the language of the report', () => {
    const noFormat = join(temp, 'no-format.yaml');
    writeFileSync(noFormat, 'visit:\n  id: x\n');
    const said = (lang: string) => runCli(['validate', '--lang', lang, noFormat]).stdout.split('\n').filter((line) => line.includes('format: delegation/1'));
    expect(said('ru')).toEqual([`${noFormat}:1:1  ошибка  нет поля «format»: напишите в начале файла \`format: delegation/1\`  schema`]);
    expect(said('zh')).toEqual([`${noFormat}:1:1  错误  缺少 “format”：请在文件开头写上 \`format: delegation/1\`  schema`]);
    expect(said('en')).toEqual([`${noFormat}:1:1  error  missing "format": write \`format: delegation/1\` at the top  schema`]);
  });
});
