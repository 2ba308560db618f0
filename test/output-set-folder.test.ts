// Commands that write a set of files into a folder refuse an -o that names a file (`-o all.pdf`),
// instead of creating a folder of that name; an existing folder of any name is used.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, STACK_TRACE } from './helpers/cli.js';

const example = join(ROOT, 'itineraries', 'liaoning-2023.yaml');
const dir = mkdtempSync(join(tmpdir(), 'delegation-set-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an output folder named like a file', () => {
  const cases: { args: string[]; name: string; message: string }[] = [
    { args: ['day-sheets', example, '--format', 'pdf'], name: 'all.pdf', message: 'all.pdf is a file name, but the sheets are written as a set of files into a folder (-o names the folder)' },
    { args: ['pocket', example, '--lang', 'ru'], name: 'pages.html', message: 'pages.html — имя файла, а страницы записываются набором файлов в папку (-o задаёт папку)' },
    { args: ['timetable', example, '--lang', 'zh'], name: 'day.svg', message: 'day.svg 是文件名，但页面会作为一组文件写入文件夹（-o 指定的是文件夹）' },
    { args: ['ics', example, '--all-people'], name: 'team.ics', message: 'team.ics is a file name, but the calendars are written as a set of files into a folder' },
  ];
  for (const { args, name, message } of cases) {
    it(`${args[0]} -o ${name}: refused, exit 2, nothing created`, () => {
      const target = join(dir, name);
      const r = runCli([...args, '-o', target]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain(`${join(dir, name.replace(/\.\w+$/, ''))}`);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(existsSync(target)).toBe(false);
    });
  }

  it('writes into an existing folder whatever its name', () => {
    const folder = join(dir, 'existing.html');
    mkdirSync(folder);
    const r = runCli(['day-sheets', example, '--format', 'md', '-o', folder]);
    expect(r.status).toBe(0);
    expect(readdirSync(folder).length).toBeGreaterThan(0);
  });

  it('a folder name with a dot that is not a file ending is used as given', () => {
    const folder = join(dir, 'sheets.v2');
    const r = runCli(['day-sheets', example, '--format', 'txt', '-o', folder]);
    expect(r.status).toBe(0);
    expect(readdirSync(folder).length).toBeGreaterThan(0);
  });
});
