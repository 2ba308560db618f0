// End-to-end: the built `delegation brief` and `delegation day-sheets` — files, names, refusal on
// errors, --force, I/O failures, PDF through Chromium, privacy of every output, machine zone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAll } from '../src/cli/documents.js';

const BIN = resolve('bin/delegation.js');
const SMALL = resolve('test/fixtures/documents/small.yaml');
const HAVE_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => existsSync(p)) || Boolean(process.env.DELEGATION_CHROMIUM);
const HAVE_POPPLER = spawnSync('pdftotext', ['-v']).status === 0;
const PDF_SKIP = !HAVE_CHROMIUM ? 'chromium is not installed (apt-get install chromium fonts-noto-cjk)' : !HAVE_POPPLER ? 'poppler-utils is not installed' : '';

function run(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'delegation-docs-'));
}

function pdfText(path: string): string {
  return spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
}

function pdfPages(path: string): number {
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
}

/** The small fixture with one unknown reference: an error. */
function brokenCopy(dir: string): string {
  const path = join(dir, 'broken.yaml');
  writeFileSync(path, readFileSync(SMALL, 'utf8').replace('responsible: zhang-duty', 'responsible: zhang-dutty'));
  return path;
}

describe('delegation brief', () => {
  it('writes html to standard output without -o, with a note on stderr', () => {
    const r = run(['brief', SMALL, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout).toContain('Tver Region delegation to Liaoning Province');
    // The fixture has three warnings (no-b2b, meal-gap, long-day); warnings do not stop a document, they are counted on stderr.
    expect(r.stderr).toBe('3 warnings (run `delegation validate ' + SMALL + '` to see them)\nbrief (html, en) written to standard output\n');
  });

  it('-o into a new folder (trailing slash) uses the default name; summary on stdout', () => {
    const dir = tmp();
    const r = run(['brief', SMALL, '-f', 'md', '--lang', 'zh', '-o', join(dir, 'out') + '/']);
    expect(r.status).toBe(0);
    const target = join(dir, 'out', 'tver-liaoning-mini-brief-zh.md');
    // --lang zh: the documents and the messages in Chinese.
    expect(r.stdout).toMatch(/^已写入 .*tver-liaoning-mini-brief-zh\.md（md，zh，\d+ KB）\n$/);
    expect(readFileSync(target, 'utf8')).toContain('# 情况介绍材料: 特维尔州代表团访问辽宁省');
  });

  it('never writes over the itinerary', () => {
    const dir = tmp();
    const input = join(dir, 'trip.yaml');
    const text = readFileSync(SMALL, 'utf8');
    writeFileSync(input, text);
    const r = run(['brief', input, '-o', input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('refusing to write');
    expect(r.stderr).toContain(`it is the input file ${input}`);
    expect(readFileSync(input, 'utf8')).toBe(text);
  });

  it('refuses an itinerary with errors (exit 1, findings shown, nothing written); --force stamps it UNCHECKED', () => {
    const dir = tmp();
    const broken = brokenCopy(dir);
    const refused = run(['brief', broken, '-o', join(dir, 'b.html')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('unknown-reference');
    expect(refused.stderr).toContain('has 1 error; no document was written');
    expect(existsSync(join(dir, 'b.html'))).toBe(false);
    const forced = run(['brief', broken, '--force', '--lang', 'en', '-o', join(dir, 'b.html')]);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('printing anyway (--force)');
    const html = readFileSync(join(dir, 'b.html'), 'utf8');
    expect(html).toContain('<div class="stamp"><strong>UNCHECKED</strong>This document was produced from a programme with errors (found: 1). Do not distribute.</div>');
    const sheets = run(['day-sheets', broken, '--force', '--lang', 'ru', '-f', 'txt', '-o', join(dir, 's')]);
    expect(sheets.status).toBe(0);
    expect(readFileSync(join(dir, 's', '2023-11-20.txt'), 'utf8')).toContain('*** НЕ ПРОВЕРЕНО: Документ составлен по программе с ошибками (найдено: 1). Не\nраспространять. ***');
  });

  it('the finding excerpts of a refused file leave out private lines', () => {
    const dir = tmp();
    const path = join(dir, 'private-error.yaml');
    writeFileSync(path, readFileSync(SMALL, 'utf8').replace('passport: { name: RUDENIA IGOR, number: "CANARY-PASS-7788", expires: 2030-01-01 }', 'passport: { name: RUDENIA IGOR, number: "CANARY-PASS-7788", expires: 2030-01-01, extra: 1 }'));
    const r = run(['brief', path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('schema');
    expect(r.stderr).not.toContain('CANARY');
  });
});

describe('start-up stays light', () => {
  it('the entry bundle loads neither Handlebars nor playwright-core; the document commands do, on demand', () => {
    // dist/cli.js and every chunk it imports statically: what any command line loads.
    const files = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;\s}])import(?:[^"'();]*?from)?\s*["'](\.[^"']+)["']/g)) visit(join(dirname(file), m[1]!));
    };
    visit('dist/cli.js');
    expect(files.size).toBeGreaterThan(1);
    const entry = [...files].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(entry).not.toContain('registerPartial');
    expect(entry).not.toContain('playwright-core');
    expect(entry).toMatch(/import\("\.\/(chunks\/)?brief-[A-Z0-9]+\.js"\)/);
    expect(entry).toMatch(/import\("\.\/(chunks\/)?day-sheets-[A-Z0-9]+\.js"\)/);
  });
});

describe('delegation day-sheets', () => {
  it('one file per day by default, in ./day-sheets', () => {
    const dir = tmp();
    const r = run(['day-sheets', SMALL, '-f', 'txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('wrote 2 day sheets (txt, ru) to day-sheets: 2023-11-20.txt, 2023-11-21.txt\n');
    expect(readdirSync(join(dir, 'day-sheets')).sort()).toEqual(['2023-11-20.txt', '2023-11-21.txt']);
  });

  it('--person and --date choose the sheets; names carry the person id', () => {
    const dir = tmp();
    const r = run(['day-sheets', SMALL, '--person', 'rudenya', 'sokolov', '--date', '2023-11-21', '-f', 'md', '-o', dir]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['2023-11-21-rudenya.md', '2023-11-21-sokolov.md']);
  });

  it('an unknown person is a usage error (exit 2) with a suggestion', () => {
    const r = run(['day-sheets', SMALL, '--person', 'rudneya', '-o', tmp()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--person rudneya: no such person');
    expect(r.stderr).toContain('Did you mean rudenya?');
  });

  it('a folder that cannot be created: exit 2, a clear message, nothing written', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), 'x');
    const r = run(['day-sheets', SMALL, '-o', join(dir, 'file', 'sub')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot create the folder .*file\/sub: a part of the path is a file/);
    expect(r.stderr).not.toContain('    at ');
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('when one file of a set fails, the files written before it are removed again', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'b.html'));
    expect(() => writeAll([{ path: join(dir, 'a.html'), content: 'a' }, { path: join(dir, 'b.html'), content: 'b' }], [])).toThrow(/cannot write .*b\.html/);
    expect(readdirSync(dir)).toEqual(['b.html']);
  });

  it('into a folder holding the previous sheets: a failure partway leaves the previous set, none of the new', () => {
    const dir = tmp();
    expect(run(['day-sheets', SMALL, '-f', 'txt', '--lang', 'en', '-o', dir]).status).toBe(0);
    const first = readFileSync(join(dir, '2023-11-20.txt'), 'utf8');
    // The second sheet of the new set cannot be written (a folder has its name): the first must not be replaced either.
    rmSync(join(dir, '2023-11-21.txt'));
    mkdirSync(join(dir, '2023-11-21.txt'));
    const r = run(['day-sheets', SMALL, '-f', 'txt', '--lang', 'ru', '-o', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2023-11-21.txt');
    expect(readFileSync(join(dir, '2023-11-20.txt'), 'utf8')).toBe(first);
    expect(readdirSync(dir).sort()).toEqual(['2023-11-20.txt', '2023-11-21.txt']);
  });

  it('output does not depend on the machine time zone', () => {
    const outputs = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
      const r = run(['day-sheets', SMALL, '-f', 'txt', '--lang', 'en', '-o', '-'], { env: { TZ: tz } });
      expect(r.status).toBe(0);
      return r.stdout;
    });
    for (const output of outputs) expect(output).toBe(outputs[0]);
    expect(outputs[0]).toContain('Monday 20 November 2023');
  });
});

describe('PDF', () => {
  it('without Chromium: a clear message on how to install it (exit 2)', () => {
    const r = run(['day-sheets', SMALL, '-f', 'pdf', '-o', tmp()], { env: { PATH: '/nonexistent', DELEGATION_CHROMIUM: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PDF needs Chromium, and none was found on PATH');
    expect(r.stderr).toContain('apt-get install chromium fonts-noto-core fonts-wqy-microhei');
    const wrong = run(['brief', SMALL, '-f', 'pdf', '--chromium', '/nonexistent/chrome', '-o', tmp() + '/']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('/nonexistent/chrome: no Chromium there');
  });

  it.skipIf(PDF_SKIP !== '')(`day sheets and briefing pack as A4 PDF with Latin, Cyrillic and Chinese text${PDF_SKIP ? ` (skipped: ${PDF_SKIP})` : ''}`, () => {
    const dir = tmp();
    const sheets = run(['day-sheets', SMALL, '-f', 'pdf', '--lang', 'ru', '-o', dir]);
    expect(sheets.status, sheets.stderr).toBe(0);
    const sheet = join(dir, '2023-11-21.pdf');
    expect(pdfPages(sheet)).toBe(1);
    const info = spawnSync('pdfinfo', [sheet], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pdfText(sheet);
    expect(text).toContain('Переговоры с губернатором провинции Ляонин');
    expect(text).toContain('沈阳市皇姑区北陵大街45号');
    expect(text).toContain('SU 206');
    const brief = run(['brief', SMALL, '-f', 'pdf', '--lang', 'en', '-o', dir + '/']);
    expect(brief.status, brief.stderr).toBe(0);
    const pack = join(dir, 'tver-liaoning-mini-brief-en.pdf');
    expect(pdfPages(pack)).toBeGreaterThanOrEqual(5);
    const packText = pdfText(pack);
    expect(packText).toContain('Programme at a glance');
    expect(packText).toContain('李乐成');
    expect(packText).toContain('Ли Лэчэн');
    expect(packText).toContain('Igor Rudenya');
  }, 180_000);
});

describe('privacy: planted private values appear in no output unless --include-sensitive', () => {
  const CANARIES = ['CANARY-PASS-7788', 'canary-governor@example.org', 'CANARY-DIET', '111-11-11', '555-00-99', 'RUDENIA IGOR'];

  function outputsOf(dir: string): string[] {
    const texts: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d, { withFileTypes: true })) {
        const path = join(d, name.name);
        if (name.isDirectory()) walk(path);
        else texts.push(path.endsWith('.pdf') ? pdfText(path) : readFileSync(path, 'utf8'));
      }
    };
    walk(dir);
    return texts;
  }

  it('every command, format, language and selection', async () => {
    const dir = tmp();
    let n = 0;
    const runs: string[][] = [];
    for (const lang of ['ru', 'en', 'zh']) {
      for (const format of ['html', 'md']) runs.push(['brief', SMALL, '--lang', lang, '-f', format, '-o', join(dir, `brief-${n++}.${format}`)]);
      runs.push(['brief', SMALL, '--lang', lang]);
      for (const format of ['html', 'md', 'txt']) {
        runs.push(['day-sheets', SMALL, '--lang', lang, '-f', format, '-o', join(dir, `sheets-${n++}`)]);
        runs.push(['day-sheets', SMALL, '--lang', lang, '-f', format, '--all-people', '-o', join(dir, `people-${n++}`)]);
      }
    }
    if (PDF_SKIP === '') {
      runs.push(['brief', SMALL, '--lang', 'en', '-f', 'pdf', '-o', join(dir, 'brief.pdf')]);
      runs.push(['day-sheets', SMALL, '--lang', 'zh', '-f', 'pdf', '--person', 'rudenya', '-o', join(dir, 'pdf-sheets')]);
    }
    // A few at a time: the runs are independent and mostly wait for process start-up.
    for (let i = 0; i < runs.length; i += 6) {
      const results = await Promise.all(runs.slice(i, i + 6).map((args) => runAsync(args)));
      for (const r of results) {
        expect(r.status, r.stderr).toBe(0);
        for (const canary of CANARIES) {
          expect(r.stdout).not.toContain(canary);
          expect(r.stderr).not.toContain(canary);
        }
      }
    }
    const texts = outputsOf(dir);
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) for (const canary of CANARIES) expect(text).not.toContain(canary);
  }, 300_000);

  it('--include-sensitive prints them (the test above can fail)', () => {
    const dir = tmp();
    expect(run(['brief', SMALL, '--lang', 'en', '-f', 'html', '--include-sensitive', '-o', join(dir, 'b.html')]).status).toBe(0);
    const html = readFileSync(join(dir, 'b.html'), 'utf8');
    for (const canary of CANARIES) expect(html).toContain(canary);
    expect(html).toContain('Contains personal data.');
  });
});
