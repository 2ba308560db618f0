// The pocket pages: goldens of the small fixture in three languages and of the index, the calendar
// inside a page, driver cards, hostile text, privacy, refusal and template overrides.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../src/commands/ics.js';
import { pocket, type PocketCommandOptions } from '../src/commands/pocket.js';
import { PLAIN_STYLE } from '../src/report/index.js';
import { expectGolden } from './helpers/golden.js';

const SMALL = 'test/fixtures/documents/small.yaml';
const HOSTILE = 'test/fixtures/documents/hostile.yaml';
const EXAMPLE = 'itineraries/liaoning-2023.yaml';
const CANARY_FILE = 'test/fixtures/privacy/canaries.yaml';
const GOLDEN = 'test/golden/pocket';
const STAMP = Date.parse('2023-11-19T09:00:00Z');
const base = (file: string): PocketCommandOptions => ({ file, style: PLAIN_STYLE, cwd: process.cwd(), toolVersion: 'test', stampMs: STAMP });

/** The calendar a page carries in its data: link, decoded. */
export function calendarOf(html: string): string {
  const match = /href="data:text\/calendar;charset&#x3D;utf-8;base64,([A-Za-z0-9+/&#x;D]*)"/.exec(html);
  if (!match) throw new Error('no calendar link');
  return Buffer.from(match[1]!.replace(/&#x3D;/g, '='), 'base64').toString('utf8');
}

/** A page's text as the canary check reads it: the markup plus the decoded calendar. */
function everything(html: string): string {
  return `${html}\n${calendarOf(html)}`;
}

describe('pocket goldens (small fixture)', () => {
  for (const lang of ['en', 'ru', 'zh']) {
    it(`rudenya's page in ${lang}`, async () => {
      const result = await pocket({ ...base(SMALL), lang, people: ['rudenya'] });
      expect(result.refused).toBe(false);
      expect(result.documents.map((d) => d.fileName)).toEqual(['rudenya.html', 'index.html']);
      expectGolden(result.documents[0]!.content, `${GOLDEN}/small-rudenya-${lang}.html`);
    });
  }

  it('the index lists every delegation member with events, by default', async () => {
    const result = await pocket({ ...base(SMALL), lang: 'en' });
    expect(result.documents.map((d) => d.fileName)).toEqual(['rudenya.html', 'sokolov.html', 'petrova.html', 'lin.html', 'index.html']);
    const index = result.documents.at(-1)!.content;
    for (const id of ['rudenya', 'sokolov', 'petrova', 'lin']) expect(index).toContain(`href="${id}.html"`);
    expectGolden(index, `${GOLDEN}/small-index-en.html`);
  });
});

describe('pocket page content', () => {
  it("names the reader's own seat \"My vehicle\" and shows no other vehicle of a seated transfer", async () => {
    const page = (await pocket({ ...base(EXAMPLE), lang: 'en', people: ['rudenya'] })).documents[0]!.content;
    const transfer = page.slice(page.indexOf('id="e-d1-transfer-svo"'), page.indexOf('</article>', page.indexOf('id="e-d1-transfer-svo"')));
    expect(transfer).toContain('<dt>My vehicle</dt>');
    expect(transfer).toContain('А 001 АА 69');
    expect(transfer).not.toContain('АА 001 69');
    expect(transfer).not.toContain('<dt>Vehicles</dt>');
  }, 120_000);

  it('carries the same calendar as `delegation ics --person`', async () => {
    for (const lang of ['ru', 'en', 'zh']) {
      const page = (await pocket({ ...base(EXAMPLE), lang, people: ['rudenya'] })).documents[0]!.content;
      const ics = exportIcs({ file: EXAMPLE, cwd: process.cwd(), lang, people: ['rudenya'], stampMs: STAMP }).calendars[0]!.content;
      expect(calendarOf(page)).toBe(ics);
      expect(page).toContain('download="rudenya.ics"');
    }
  }, 120_000);

  it('shows only the person\'s events; each with its instants and zones for the clock', async () => {
    const page = (await pocket({ ...base(SMALL), lang: 'en', people: ['sokolov'] })).documents[0]!.content;
    const ids = [...page.matchAll(/<article class="event" id="e-([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['arrive', 'to-hotel', 'welcome-dinner', 'flight-home']);
    expect(page).toContain(`id="e-flight-home" data-start="${Date.parse('2023-11-21T07:40:00Z')}"`);
    expect(page).toMatch(/id="e-flight-home"[^>]*data-zone="Asia\/Shanghai" data-end-zone="Europe\/Moscow"/);
  });

  it('a driver card per place with the address in the local script, marked with its language', async () => {
    const page = (await pocket({ ...base(SMALL), lang: 'ru', people: ['rudenya'] })).documents[0]!.content;
    expect(page).toContain('<p class="local" lang="zh"><bdi>沈阳市皇姑区北陵大街45号</bdi></p>');
    expect(page).toContain('id="driver-ln-gov-hall"');
    expect(page).toContain('<p class="ask">请送我到这个地址。</p>');
    // Sheremetyevo's address for the driver is in Russian: the airport lies in Moscow's zone.
    expect(page).toMatch(/<p class="local" lang="ru"><bdi>Московская область, Химки, Шереметьево-1<\/bdi><\/p>/);
    expect(page).toContain('<a class="tel" href="tel:+862486890000">');
  });

  it('revision and production date are on the page', async () => {
    const page = (await pocket({ ...base(SMALL), lang: 'en', people: ['rudenya'] })).documents[0]!.content;
    expect(page).toContain('<p class="rev">Revision <bdi>3</bdi> <small>· Produced Sunday 19 November 2023, 17:00</small></p>');
  });

  it('every page of the example: no external resource or request of any kind, under 200 KB, in each language', async () => {
    for (const lang of ['ru', 'en', 'zh']) {
      const result = await pocket({ ...base(EXAMPLE), lang });
      expect(result.documents.length).toBeGreaterThan(10);
      for (const doc of result.documents) {
        expect(Buffer.byteLength(doc.content), `${lang} ${doc.fileName}`).toBeLessThan(200 * 1024);
        expect(doc.content).not.toMatch(/\b(src|srcset|action|poster|data)=|@import|url\(|<link|<iframe|<img|fetch\(|XMLHttpRequest|https?:\/\//i);
        expect(doc.content).toContain("default-src 'none'");
        for (const href of doc.content.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^(#[a-z0-9-]+|tel:\+?\d+|data:text\/calendar;|[a-z0-9-]+\.html$)/);
      }
    }
  }, 180_000);

  it('hostile text is text: no markup, no script of its own, bidi isolated', async () => {
    const result = await pocket({ ...base(HOSTILE), force: true, lang: 'en', people: ['mallory', 'rtl'] });
    for (const doc of result.documents) {
      expect(doc.content.match(/<script/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(doc.content).not.toMatch(/<img|<b>bold|onerror=alert|href="javascript|href="http/i);
    }
    const all = result.documents.map((d) => d.content).join('\n');
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toMatch(/<bdi>Abc\u202Edcba\u202C Evil<\/bdi>/);
  });
});

describe('pocket: privacy, refusal, options', () => {
  const CANARIES = ['CANARY-PASS', 'CANARYPASS', 'CANARY PASSNAME', 'RUDENIA IGOR', 'CANARY-DIET', 'canary-mail', 'canary-governor@example.org',
    '+7 999 123-45-67', '9991234567', '123-45-67', '8 999 765-43-21', '89997654321', '765-43-21', '8 (916) 555-44-33', '89165554433', '555-44-33',
    '+7 900 111-11-11', '79001111111', '111-11-11', '555-00-99', '79005550099'];

  it('no planted private value in any page or calendar, in any language', async () => {
    let pages = 0;
    for (const file of [CANARY_FILE, SMALL]) {
      for (const lang of ['ru', 'en', 'zh']) {
        if (file === CANARY_FILE && lang === 'zh') continue;
        const result = await pocket({ ...base(file), force: true, lang, allPeople: true });
        expect(result.refused).toBe(false);
        const people = await pocket({ ...base(file), force: true, lang, people: file === SMALL ? ['rudenya', 'li-lecheng'] : ['canary', 'ivanov', 'orlova'] });
        for (const doc of [...result.documents, ...people.documents]) {
          pages++;
          const text = doc.fileName === 'index.html' ? doc.content : everything(doc.content);
          expect(CANARIES.filter((c) => text.includes(c)), `${file} ${lang} ${doc.fileName}`).toEqual([]);
        }
      }
    }
    expect(pages).toBeGreaterThan(20);
  }, 120_000);

  it('--include-sensitive shows them (the check above can fail)', async () => {
    const result = await pocket({ ...base(SMALL), lang: 'en', people: ['rudenya'], includeSensitive: true });
    const page = result.documents[0]!.content;
    expect(page).toContain('Contains personal data.');
    expect(page).toContain('CANARY-PASS-7788');
    expect(page).toContain('CANARY-DIET');
  });

  it('an itinerary with errors is refused; --force stamps the pages UNCHECKED', async () => {
    const refused = await pocket({ ...base(CANARY_FILE), lang: 'en' });
    expect(refused.refused).toBe(true);
    expect(refused.errors).toBeGreaterThan(0);
    expect(refused.documents).toEqual([]);
    const forced = await pocket({ ...base(CANARY_FILE), lang: 'en', force: true });
    for (const doc of forced.documents) expect(doc.content).toContain('<div class="stamp">UNCHECKED');
  });

  it('people: unknown ids, and --person with --all-people, are usage errors', async () => {
    await expect(pocket({ ...base(SMALL), people: ['sokolow'] })).rejects.toMatchObject({ exitCode: 2, hint: 'Did you mean --person sokolov?' });
    await expect(pocket({ ...base(SMALL), people: ['rudenya'], allPeople: true })).rejects.toThrow(/do not go together/);
  });

  it('--templates replaces the layout, a partial or words; the rest stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-pocket-templates-'));
    mkdirSync(join(dir, 'labels'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'labels', 'en.json'), JSON.stringify({ pocket: { showDriver: 'Show the taxi' } }));
    writeFileSync(join(dir, 'partials', 'pocket-event.hbs'), '<p class="mine">{{start}} {{title}}</p>\n');
    const page = (await pocket({ ...base(SMALL), lang: 'en', people: ['petrova'], templatesDir: dir })).documents[0]!.content;
    expect(page).toContain('Show the taxi');
    expect(page).toContain('For the driver');
    expect(page).toContain('<p class="mine">09:30 Talks with the Governor of Liaoning</p>');
    expect(page).toContain('Close');
    writeFileSync(join(dir, 'pocket-index.html.hbs'), 'INDEX {{#each pages}}{{href}} {{/each}}');
    const index = (await pocket({ ...base(SMALL), lang: 'en', templatesDir: dir })).documents.at(-1)!.content;
    expect(index).toBe('INDEX rudenya.html sokolov.html petrova.html lin.html\n');
  });
});
