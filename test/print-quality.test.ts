// End-to-end, through Chromium and poppler: the printed example programme keeps its context on every
// page, embeds real fonts (no Type 3), is tagged with text in reading order, and the briefing pack has
// bookmarks and metadata. A missing font is reported once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../src/render/dates.js';

const BIN = resolve('bin/delegation.js');
const EXAMPLE = resolve('itineraries/liaoning-2023.yaml');
const SMALL = resolve('test/fixtures/documents/small.yaml');
const HAVE_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => existsSync(p)) || Boolean(process.env.DELEGATION_CHROMIUM);
const HAVE_TOOLS = ['pdftotext', 'pdffonts', 'pdfinfo', 'qpdf'].every((t) => spawnSync(t, ['--version']).error === undefined);
const SKIP = !HAVE_CHROMIUM ? 'chromium is not installed' : !HAVE_TOOLS ? 'poppler-utils or qpdf is not installed' : '';

const PEOPLE: Record<string, Record<string, string>> = {
  rudenya: { ru: 'Игорь Руденя', en: 'Igor Rudenya', zh: '伊戈尔·鲁坚尼亚' },
  belov: { ru: 'Андрей Белов', en: 'Andrey Belov', zh: '安德烈·别洛夫' },
  laptev: { ru: 'Сергей Лаптев', en: 'Sergey Laptev', zh: '谢尔盖·拉普捷夫' },
};

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tool(name: string, args: string[]): string {
  return spawnSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
}

const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1] ?? NaN);
const pageText = (pdf: string, n: number) => tool('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-']);
const labels = (lang: string) => JSON.parse(readFileSync(resolve(`templates/labels/${lang}.json`), 'utf8')) as Record<string, string>;

/** Fonts pdffonts lists as Type 3 (Chromium's fallback for CFF and synthesised fonts). */
function type3(pdf: string): string[] {
  return tool('pdffonts', [pdf]).split('\n').filter((line) => / Type 3 /.test(line));
}

/** "07:30–08:15 Breakfast" pairs of a sheet, in order, as its HTML shows them. */
function eventsOf(html: string): { time: string; title: string }[] {
  const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=');
  return [...html.matchAll(/<span class="time">([^<]+)<\/span> <bdi>([^<]+)<\/bdi>/g)].map((m) => ({ time: m[1]!, title: flat(unescape(m[2]!)) }));
}

describe.skipIf(SKIP !== '')(`printed documents of the example${SKIP ? ` (skipped: ${SKIP})` : ''}`, () => {
  for (const lang of ['ru', 'en', 'zh']) {
    it(`day sheets of three people in ${lang}: context on every page, real fonts, tagged, reading order`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'delegation-print-'));
      const people = Object.keys(PEOPLE);
      const pdf = run(['day-sheets', EXAMPLE, '--lang', lang, '--person', people.join(','), '-f', 'pdf', '-o', join(dir, 'pdf')]);
      expect(pdf.status, pdf.stderr).toBe(0);
      expect(pdf.stderr).not.toMatch(/font/i);
      const html = run(['day-sheets', EXAMPLE, '--lang', lang, '--person', people.join(','), '-f', 'html', '-o', join(dir, 'html')]);
      expect(html.status, html.stderr).toBe(0);
      const files = readdirSync(join(dir, 'pdf')).sort();
      expect(files.length).toBeGreaterThanOrEqual(9);
      for (const file of files) {
        const path = join(dir, 'pdf', file);
        const [, date, id] = /^(\d{4}-\d\d-\d\d)-(\w+)\.pdf$/.exec(file)!;
        const name = PEOPLE[id!]![lang]!;
        const dateLong = flat(formatDate(date!, labels(lang).dateLong!, lang));
        expect(type3(path), file).toEqual([]);
        const info = tool('pdfinfo', [path]);
        expect(info).toMatch(/Tagged:\s+yes/);
        expect(info).toContain(name);
        // Each page names the person and the date, and says which page of how many it is.
        const n = pages(path);
        for (let page = 1; page <= n; page++) {
          const text = flat(pageText(path, page));
          expect(text, `${file} page ${page}`).toContain(name);
          expect(text, `${file} page ${page}`).toContain(dateLong);
          expect(text, `${file} page ${page}`).toContain(labels(lang).pageOf!.replace('{page}', String(page)).replace('{pages}', String(n)));
        }
        // Without -layout, every event's time comes before its title, and the events come in order.
        const whole = flat(tool('pdftotext', [path, '-']));
        let at = 0;
        const events = eventsOf(readFileSync(join(dir, 'html', file.replace(/\.pdf$/, '.html')), 'utf8'));
        expect(events.length).toBeGreaterThan(0);
        for (const { time, title } of events) {
          const t = whole.indexOf(time, at);
          expect(t, `${file}: ${time} after position ${at}`).toBeGreaterThanOrEqual(0);
          const head = whole.indexOf(title.slice(0, 12), t);
          expect(head, `${file}: "${title}" after its time ${time}`).toBeGreaterThan(t);
          expect(head - t, `${file}: "${title}" right after ${time}`).toBeLessThan(time.length + 4);
          at = head;
        }
      }
    }, 600_000);
  }

  for (const lang of ['ru', 'zh']) {
    it(`briefing pack in ${lang}: real fonts, tagged, title and language, bookmarks per section and per day, running context`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'delegation-print-'));
      const path = join(dir, `brief-${lang}.pdf`);
      const r = run(['brief', EXAMPLE, '--lang', lang, '-f', 'pdf', '-o', path]);
      expect(r.status, r.stderr).toBe(0);
      expect(type3(path)).toEqual([]);
      const info = tool('pdfinfo', [path]);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(new RegExp(`Title:\\s+${labels(lang).briefTitle}`));
      const raw = tool('qpdf', ['--qdf', '--object-streams=disable', path, '-']);
      expect(raw).toContain(`/Lang (${lang})`);
      const outline = JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', path])) as { outlines: Outline[] };
      const titles = flatten(outline.outlines).map(flat);
      const l = labels(lang);
      for (const section of [l.glance, l.counterparts, l.delegation, l.agreements, l.places, l.vehicles, l.contacts]) expect(titles).toContain(flat(section!));
      for (const date of ['2023-11-20', '2023-11-21', '2023-11-22', '2023-11-23']) {
        const heading = flat(formatDate(date, l.dateLong!, lang));
        expect(titles.some((t) => t.startsWith(heading)), heading).toBe(true);
      }
      const n = pages(path);
      for (let page = 1; page <= n; page++) {
        const text = flat(pageText(path, page));
        expect(text, `page ${page}`).toContain(flat(l.briefTitle!));
        expect(text, `page ${page}`).toContain(l.pageOf!.replace('{page}', String(page)).replace('{pages}', String(n)));
      }
    }, 600_000);
  }

  it('an event longer than a page starts a page, and each further page is headed by its title and "(continued)"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-print-'));
    const points = Array.from({ length: 90 }, (_, i) => `            - { ru: Тезис номер ${i + 1} о сотрудничестве в области машиностроения и логистики., en: Point number ${i + 1} on cooperation in engineering and logistics. }`).join('\n');
    const text = readFileSync(SMALL, 'utf8').replace(
      / {10}talking_points:\n {12}- \{ ru: Благодарность за приём\.[^\n]*\n {12}- [^\n]*\n/,
      `          talking_points:\n${points}\n`,
    );
    expect(text).toContain('Point number 90');
    const file = join(dir, 'long.yaml');
    writeFileSync(file, text);
    for (const lang of ['en', 'ru']) {
      const path = join(dir, `brief-${lang}.pdf`);
      const r = run(['brief', file, '--lang', lang, '-f', 'pdf', '-o', path]);
      expect(r.status, r.stderr).toBe(0);
      const title = lang === 'en' ? 'Talks with the Governor of Liaoning · MEETING' : 'Переговоры с губернатором провинции Ляонин · ВСТРЕЧА';
      const continued = `09:30–11:00 ${title} ${labels(lang).continued}`;
      const n = pages(path);
      const texts = Array.from({ length: n }, (_, i) => flat(pageText(path, i + 1)));
      const first = texts.findIndex((t) => t.includes('number 1 ') || t.includes('номер 1 '));
      const last = texts.findIndex((t) => t.includes('number 90') || t.includes('номер 90'));
      expect(first, 'the page where the event starts').toBeGreaterThanOrEqual(0);
      expect(last, 'the event spans pages').toBeGreaterThan(first);
      for (let page = first + 1; page <= last; page++) expect(texts[page], `page ${page + 1}`).toContain(continued);
      // Not before it, and only once per page.
      expect(texts[first]).not.toContain(labels(lang).continued);
      expect(texts[first]).toContain(`09:30–11:00 ${title}`);
      for (const t of texts) expect(t.split(continued).length).toBeLessThanOrEqual(2);
    }
  }, 600_000);

  it('a font the layout asks for that is not installed is named once, with the package to install', () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-print-'));
    const templates = join(dir, 'templates');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    writeFileSync(join(templates, 'partials', 'fonts.hbs'), '<meta name="print-font" content="Noto Sans">\n<meta name="print-font" content="No Such Font Family">\n<meta name="print-font" content="WenQuanYi Zen Hei Nowhere" data-script="han">\n');
    const r = run(['day-sheets', SMALL, '--lang', 'ru', '-f', 'pdf', '--templates', templates, '-o', join(dir, 'out')]);
    expect(r.status, r.stderr).toBe(0);
    // --lang ru: the warning is in Russian.
    expect(r.stderr.match(/не установлены/g)).toHaveLength(1);
    expect(r.stderr).toContain('шрифты "No Such Font Family", "WenQuanYi Zen Hei Nowhere" не установлены');
    expect(r.stderr).not.toContain('"Noto Sans"');
    expect(readdirSync(join(dir, 'out')).length).toBeGreaterThan(1);
  }, 300_000);
});

interface Outline {
  title: string;
  kids: Outline[];
}

function flatten(items: Outline[]): string[] {
  return items.flatMap((o) => [o.title, ...flatten(o.kids)]);
}
