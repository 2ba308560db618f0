// `delegation init` in a real terminal (a pty from `script`) with LANG=ru_RU.UTF-8: every question in
// Russian, a bad date refused in Russian, and the file written is the one the same answers give as flags.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from './helpers/cli.js';

const ENTER = '\r';
const CLEAR_LINE = '\u0015'; // Ctrl+U

/** The built command in a pseudo-terminal: wait for a text on the screen, then type. */
class Pty {
  private screen = '';
  private seen = 0;
  private readonly exit: Promise<number | null>;
  private readonly child;

  constructor(args: readonly string[], cwd: string, env: Record<string, string>) {
    const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    this.child = spawn('script', ['-qec', command, '/dev/null'], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TERM: 'xterm', NO_COLOR: '1', ...env } });
    this.child.stdout.on('data', (chunk: Buffer) => (this.screen += chunk.toString('utf8')));
    this.child.stderr.on('data', (chunk: Buffer) => (this.screen += chunk.toString('utf8')));
    this.exit = new Promise((resolve) => this.child.on('close', resolve));
  }

  get transcript(): string {
    return stripVTControlCharacters(this.screen).replace(/\r/g, '');
  }

  async waitFor(text: string, timeoutMs = 30_000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const index = this.transcript.indexOf(text, this.seen);
      if (index !== -1) {
        this.seen = index + text.length;
        // Let the prompt attach its key handlers.
        await new Promise((r) => setTimeout(r, 150));
        return;
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${text}; screen:\n${this.transcript.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  async answer(question: string, text: string): Promise<void> {
    await this.waitFor(question);
    this.type(text + ENTER);
  }

  async done(): Promise<number | null> {
    const code = await this.exit;
    this.child.stdin.end();
    return code;
  }
}

const TITLE = { ru: 'Визит делегации Тверской области в провинцию Ляонин', en: 'Visit of the Tver Region delegation to Liaoning' };
const ORG = { ru: 'Правительство Тверской области', en: 'Government of Tver Region' };
const HEAD = { ru: 'Игорь Руденя', en: 'Igor Rudenya' };
const HOST = { ru: 'Народное правительство провинции Ляонин', en: "Liaoning Provincial People's Government" };

describe.skipIf(spawnSync('script', ['--version']).status !== 0)('init in Russian, in a terminal', () => {
  it('asks everything in Russian and writes the file the flags write', async () => {
    const asked = mkdtempSync(join(tmpdir(), 'wizard-ru-'));
    const term = new Pty(['init', 'visit.yaml'], asked, { LANG: 'ru_RU.UTF-8' });
    await term.waitFor('Новая программа визита. Ctrl+C — выход без записи.');
    await term.answer('Основной язык документов', ''); // ru, the first choice
    await term.waitFor('Другие языки (пробел — отметить, Enter — далее)');
    term.type(' ' + ENTER); // en
    await term.answer('Название визита (ru)', TITLE.ru);
    await term.answer('Название визита (en, необязательно)', TITLE.en);
    await term.answer('Первый день, включая дорогу (ГГГГ-ММ-ДД)', '2023-11-31');
    await term.waitFor('2023-11-31: такой даты нет — в ноябре 2023 года 30 дней');
    term.type(CLEAR_LINE + '2023-11-20' + ENTER);
    await term.answer('Последний день (ГГГГ-ММ-ДД) (2023-11-22)', ''); // the suggested three days
    await term.waitFor('Часовой пояс визита (начните вводить для поиска, например shanghai)');
    term.type('shanghai');
    await term.waitFor('Asia/Shanghai (UTC+08:00)');
    term.type(ENTER);
    await term.answer('Организация, направляющая делегацию (ru)', ORG.ru);
    await term.answer('Организация, направляющая делегацию (en, необязательно)', ORG.en);
    await term.answer('Руководитель делегации: имя и фамилия (ru)', HEAD.ru);
    await term.answer('Руководитель делегации: имя и фамилия (en, необязательно)', HEAD.en);
    await term.answer('Руководитель делегации: должность (ru, необязательно)', '');
    await term.answer('Принимающая сторона, например правительство провинции (ru, необязательно)', HOST.ru);
    await term.answer('Принимающая сторона, например правительство провинции (en, необязательно)', HOST.en);
    await term.waitFor('2023-11-20 – 2023-11-22 (3 дня), Asia/Shanghai, ru, en');
    await term.waitFor('Записать visit.yaml?');
    await term.waitFor('Да');
    term.type(ENTER);
    await term.waitFor('Создан visit.yaml: 3 дня, языки: ru, en.');
    expect(await term.done()).toBe(0);
    // Nothing of the wizard spoke English.
    for (const english of ['Main language', 'Title of the visit', 'optional', 'First day', 'Time zone', 'Write visit.yaml', 'Wrote', 'Next:', 'navigate']) {
      expect(term.transcript).not.toContain(english);
    }

    const flagged = mkdtempSync(join(tmpdir(), 'wizard-flags-'));
    const flags = runCli(
      [
        'init', 'visit.yaml', '--yes', '--title', `ru=${TITLE.ru}`, '--title', `en=${TITLE.en}`, '--from', '2023-11-20', '--to', '2023-11-22',
        '--timezone', 'Asia/Shanghai', '--languages', 'ru,en', '--org', `ru=${ORG.ru}`, '--org', `en=${ORG.en}`,
        '--head', `ru=${HEAD.ru}`, '--head', `en=${HEAD.en}`, '--host', `ru=${HOST.ru}`, '--host', `en=${HOST.en}`,
      ],
      { cwd: flagged, env: { LANG: 'ru_RU.UTF-8' } },
    );
    expect(flags.status, flags.stderr).toBe(0);
    expect(flags.stdout).toBe('Создан visit.yaml: 3 дня, языки: ru, en.\nДалее: delegation add place visit.yaml   (затем person, vehicle, event)\n');
    expect(readFileSync(join(asked, 'visit.yaml'), 'utf8')).toBe(readFileSync(join(flagged, 'visit.yaml'), 'utf8'));
  });
});
