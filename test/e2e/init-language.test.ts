// `init` writes the new file's comments in the language of the run; the keys and values stay the
// format's, so the same answers give the same itinerary in every language.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const FLAGS = [
  '--yes', '--title', 'ru=Визит в провинцию Ляонин', '--title', 'en=Visit to Liaoning', '--from', '2023-11-20', '--to', '2023-11-21',
  '--timezone', 'Asia/Shanghai', '--languages', 'ru,en', '--org', 'ru=Правительство Тверской области', '--org', 'en=Tver Region Government',
  '--head', 'ru=Игорь Руденя', '--head', 'en=Igor Rudenya',
];

/** The file init writes with these flags in `lang`, without its modeline (it names the path). */
function written(lang: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), `delegation-init-${lang}-`));
  temps.push(dir);
  const run = runCli(['init', 'visit.yaml', ...FLAGS, '--lang', lang], { cwd: dir });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(join(dir, 'visit.yaml'), 'utf8').split('\n').slice(1);
}

describe('init in the language of the run', () => {
  const en = written('en');
  const ru = written('ru');
  const zh = written('zh');

  it('writes its comments in Russian with --lang ru, each on the line of its English one', () => {
    const lines = (text: string[], numbers: number[]) => numbers.map((n) => text[n - 2]);
    // Line numbers of the file, the modeline being line 1.
    expect(lines(ru, [4, 5, 15, 16, 21, 30, 41, 42])).toEqual([
      '# Программа визита в формате delegation (версия 1).',
      '# Проверить:        delegation validate visit.yaml',
      '  timezone: Asia/Shanghai  # время в файле — местное для этого часового пояса, если у места не указан свой',
      '  head: igor-rudenya  # глава делегации: один из участников ниже',
      '# Организации обеих сторон. side: delegation (делегация) или host (принимающая сторона).',
      '# Паспорт, питание, телефон и e-mail — личные данные: в документы они попадают, только если это явно запрошено.',
      '# Программа по дням, одна запись на календарный день. Мероприятия добавляются командой delegation add event visit.yaml',
      '# У дня можно указать гостиницу, где делегация ночует: hotel: <id места>',
    ]);
    expect(lines(en, [4, 15, 41])).toEqual([
      '# The programme of the visit, in the delegation itinerary format (version 1).',
      '  timezone: Asia/Shanghai  # times in this file are local to this zone, unless a place has its own',
      '# The programme, one entry per calendar day. Add events with: delegation add event visit.yaml',
    ]);
    expect(lines(zh, [4, 16])).toEqual(['# 访问日程，采用 delegation 日程格式（第 1 版）。', '  head: igor-rudenya  # 代表团团长：下方人员之一']);
  });

  it('writes the same itinerary whatever the language: only the comments differ', () => {
    const data = (text: string[]) => parse(text.join('\n')) as unknown;
    expect(data(ru)).toEqual(data(en));
    expect(data(zh)).toEqual(data(en));
    const uncommented = (text: string[]) => text.map((line) => line.replace(/\s*#.*$/, '')).join('\n');
    expect(uncommented(ru)).toBe(uncommented(en));
    expect(ru.join('\n')).not.toMatch(/The programme|local to this zone|a person below|Organizations of both sides/);
  });
});
