// The tool's refusals, I/O errors and usage errors in the language of the run, from the built
// command: LANG, DELEGATION_LANG and --lang choose it; English stays as it was; exit codes do not change.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from './helpers/cli.js';

const VISIT = resolve('test/fixtures/documents/small.yaml');
const RU = { LANG: 'ru_RU.UTF-8' };

describe('refusals in the language of the run', () => {
  const work = mkdtempSync(join(tmpdir(), 'delegation-messages-'));

  it('a missing file: Russian with LANG, Chinese with --lang, English without; exit 2', () => {
    const ru = runCli(['brief', 'nope.yaml'], { cwd: work, env: RU });
    expect(ru.status).toBe(2);
    expect(ru.stderr).toBe('delegation: nope.yaml: такого файла или папки нет\n  Проверьте путь; имена файлов в папке покажет `ls`.\n');
    const zh = runCli(['day-sheets', 'nope.yaml', '--lang', 'zh'], { cwd: work, env: RU });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toBe('delegation: nope.yaml：文件或文件夹不存在\n  请检查路径；在该文件夹中运行 `ls` 可查看文件名。\n');
    const en = runCli(['brief', 'nope.yaml'], { cwd: work });
    expect(en.status).toBe(2);
    expect(en.stderr).toBe('delegation: nope.yaml: no such file or folder\n  Check the path; run `ls` in the folder to see the file names.\n');
  });

  it('an output that cannot be written: exit 2, nothing half-written, the reason in words', () => {
    const target = join(work, 'no', 'such', 'folder', 'visit.ics');
    const ru = runCli(['ics', VISIT, '-o', target], { env: RU });
    expect(ru.status).toBe(2);
    expect(ru.stderr).toContain(`delegation: не удаётся записать ${target}: такой папки нет\n`);
    expect(ru.stderr).toContain('  Ничего не изменено. Укажите другой путь через -o или исправьте права на папку.\n');
    const zh = runCli(['ics', VISIT, '-o', target, '--lang', 'zh'], { env: RU });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain(`delegation: 无法写入 ${target}：文件夹不存在\n`);
    const en = runCli(['ics', VISIT, '-o', target]);
    expect(en.stderr).toContain(`delegation: cannot write ${target}: the folder does not exist\n`);
    for (const r of [ru, zh, en]) expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('usage errors (commander\'s own): the message, the suggestion and where to find the usage; exit 2', () => {
    const ru = runCli(['brief', VISIT, '--formt', 'md'], { env: RU });
    expect(ru.status).toBe(2);
    expect(ru.stderr).toBe('ошибка: неизвестный параметр «--formt»\n(Возможно, имелось в виду --format?)\n(справка: `delegation --help` или `delegation help <команда>`)\n');
    const zh = runCli(['brief', '--lang', 'zh'], { env: RU });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toBe('错误：缺少必需的参数“file”\n（用法请运行 `delegation --help` 或 `delegation help <命令>`）\n');
    const choice = runCli(['brief', VISIT, '-f', 'docx'], { env: RU });
    expect(choice.stderr).toContain('ошибка: недопустимое значение «docx» параметра «-f, --format <format>». Допустимые значения: html, md, pdf.\n');
    const en = runCli(['brief', VISIT, '--formt', 'md']);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe("error: unknown option '--formt'\n(Did you mean --format?)\n(run `delegation --help` or `delegation help <command>` for usage)\n");
  });

  it('--lang before DELEGATION_LANG before LC_ALL before LANG; an unknown language is English', () => {
    const say = (env: Record<string, string>, ...args: string[]) => runCli(['brief', 'nope.yaml', ...args], { cwd: work, env }).stderr.split('\n')[0];
    expect(say({ LANG: 'ru_RU.UTF-8', DELEGATION_LANG: 'zh' })).toBe('delegation: nope.yaml：文件或文件夹不存在');
    expect(say({ LANG: 'zh_CN.UTF-8', LC_ALL: 'ru_RU.UTF-8' })).toBe('delegation: nope.yaml: такого файла или папки нет');
    expect(say({ DELEGATION_LANG: 'zh' }, '--lang=ru')).toBe('delegation: nope.yaml: такого файла или папки нет');
    expect(say({ LANG: 'de_DE.UTF-8' })).toBe('delegation: nope.yaml: no such file or folder');
  });

  it('numbers and plurals as each language writes them', () => {
    const out = join(work, 'sheets');
    const ru = runCli(['day-sheets', VISIT, '-o', out, '--date', '2023-11-20'], { env: RU });
    expect(ru.status, ru.stderr).toBe(0);
    expect(ru.stdout).toMatch(/^записана 1 программа дня \(html, ru\) в папку .+: 2023-11-20\.html\n$/);
    const two = runCli(['day-sheets', VISIT, '-o', out, '--date', '2023-11-20', '--date', '2023-11-21'], { env: RU });
    expect(two.stdout).toMatch(/^записаны 2 программы дня \(html, ru\)/);
    const zh = runCli(['day-sheets', VISIT, '-o', out, '--date', '2023-11-20', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/^已向 .+ 写入 1 份日程单（html，zh）：2023-11-20\.html\n$/);
  });

  it('an office\'s own label file (--templates) can reword a message; its other messages stay shipped', () => {
    const templates = join(work, 'office');
    mkdirSync(join(templates, 'labels'), { recursive: true });
    writeFileSync(join(templates, 'labels', 'ru.json'), JSON.stringify({ messages: { noSuchFile: 'файл {path} не найден' } }));
    const r = runCli(['brief', 'nope.yaml', '--templates', templates], { cwd: work, env: RU });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('delegation: файл nope.yaml не найден\n  Проверьте путь; имена файлов в папке покажет `ls`.\n');
  });

  it('user text in a message is shown, not sent to the terminal', () => {
    const r = runCli(['brief', 'no\u001b]0;pwned\u0007pe.yaml'], { cwd: work, env: RU });
    expect(r.stderr).toContain('delegation: no␛]0;pwned␇pe.yaml: такого файла или папки нет');
  });
});
