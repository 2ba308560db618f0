/// <reference lib="dom" />
// The pocket pages in headless Chromium (Debian's, through playwright-core, as the PDF code runs it):
// phone and desktop widths, no request leaving the page, every event present, driver cards, tap
// targets, the "now / next" card at fixed clock times across an overnight flight, and JavaScript off.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pocket } from '../src/commands/pocket.js';
import { checkSource } from '../src/engine/check.js';
import { textIn } from '../src/model/text.js';
import { typeset } from '../src/render/typography.js';
import type { Model } from '../src/model/types.js';
import { pocketEvents } from '../src/render/pocket-view.js';
import { PLAIN_STYLE } from '../src/report/index.js';
import { readSourceFile } from '../src/source/read.js';

const CHROMIUM = process.env.DELEGATION_CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const EXAMPLE = 'itineraries/liaoning-2023.yaml';
const STAMP = Date.parse('2023-11-19T09:00:00Z');
const VIEWPORTS = [{ width: 375, height: 812 }, { width: 1280, height: 800 }, { width: 320, height: 640 }];
/** People whose pages are checked: the head, a business member, the protocol officer. */
const PEOPLE = ['rudenya', 'baranov', 'kovalchuk'];

describe.skipIf(!CHROMIUM)(`pocket pages in Chromium${CHROMIUM ? '' : ' (skipped: chromium is not installed)'}`, () => {
  let browser: Browser;
  let model: Model;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-pocket-browser-'));
    for (const lang of ['ru', 'en', 'zh']) {
      const result = await pocket({ file: EXAMPLE, lang, people: PEOPLE, style: PLAIN_STYLE, cwd: process.cwd(), toolVersion: 'test', stampMs: STAMP });
      for (const doc of result.documents) {
        const path = join(dir, `${lang}-${doc.fileName}`);
        writeFileSync(path, doc.content);
        files[`${lang}/${doc.fileName}`] = path;
      }
    }
    model = checkSource(readSourceFile(EXAMPLE)).model!;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Open a page; any request other than the page itself fails the test. */
  async function open(key: string, options: BrowserContextOptions & { at?: string; hash?: string } = {}): Promise<{ page: Page; foreign: string[]; close: () => Promise<void> }> {
    const { at, hash, ...contextOptions } = options;
    const context = await browser.newContext(contextOptions);
    const url = pathToFileURL(files[key]!).href;
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (request.url().split('#')[0] !== url) foreign.push(request.url());
    });
    await context.route('**/*', (route) => (route.request().url().split('#')[0] === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    if (at) await page.clock.setFixedTime(new Date(at));
    await page.goto(url + (hash ?? ''));
    return { page, foreign, close: () => context.close() };
  }

  async function overflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  /** Visible links and buttons smaller than 44 × 44 CSS pixels. */
  async function smallTargets(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      Array.from(document.querySelectorAll('a[href], button, input, select'))
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ e, r }) => r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden')
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ e, r }) => `${e.outerHTML.slice(0, 80)} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
  }

  for (const viewport of VIEWPORTS) {
    // The narrowest width in one language: the layout does not depend on it.
    for (const lang of viewport.width === 320 ? ['en'] : ['ru', 'en', 'zh']) {
      it(`${viewport.width}×${viewport.height}, ${lang}: no request, no overflow, every event, driver cards, tap targets`, async () => {
        for (const id of PEOPLE) {
          const person = model.byId.people.get(id)!;
          const { page, foreign, close } = await open(`${lang}/${id}.html`, { viewport, at: '2023-11-21T03:00:00Z' });
          try {
            expect(await overflow(page), `${id}: horizontal overflow`).toBeLessThanOrEqual(0);
            const events = pocketEvents(model, person);
            expect(events.length).toBeGreaterThan(5);
            for (const event of events) {
              const title = await page.locator(`#e-${event.id} .title`).textContent();
              // Typeset as print is: a non-breaking space before a Russian dash, full-width Chinese punctuation.
              expect(title?.trim(), event.id).toBe(typeset(textIn(event.title, lang).trim(), lang));
            }
            expect(await page.locator('article.event').count()).toBe(events.length);
            expect(await smallTargets(page), `${id}: small tap targets`).toEqual([]);
            // Each day in turn through the switcher (the head's page): still no overflow, no small targets.
            if (id !== 'rudenya') continue;
            for (const link of await page.locator('nav.days a').all()) {
              await link.click();
              const day = await link.getAttribute('data-day');
              expect(await page.locator(`#${day}`).isVisible()).toBe(true);
              expect(await overflow(page)).toBeLessThanOrEqual(0);
              expect(await smallTargets(page)).toEqual([]);
            }
          } finally {
            await close();
          }
          expect(foreign, `${id}: requests left the page`).toEqual([]);
        }
      }, 240_000);
    }

    it(`${viewport.width}×${viewport.height}: the driver card shows the local address, and fills the screen for the driver`, async () => {
      const { page, foreign, close } = await open('en/rudenya.html', { viewport });
      try {
        const card = page.locator('#card-fire-hq');
        expect(await card.locator('.local').getAttribute('lang')).toBe('zh');
        const local = textIn(model.byId.places.get('fire-hq')!.address, 'zh');
        expect(await card.locator('.local').textContent()).toBe(local);
        expect(await card.locator('.local').isVisible()).toBe(true);
        await card.locator('a[href="#driver-fire-hq"]').click();
        const full = page.locator('#driver-fire-hq');
        expect(await full.isVisible()).toBe(true);
        const box = (await full.boundingBox())!;
        expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, viewport.width, viewport.height]);
        expect(await full.locator('.address').textContent()).toBe(local);
        const size = await full.locator('.address').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(size).toBeGreaterThanOrEqual(32);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        expect(await smallTargets(page)).toEqual([]);
        await full.locator('a.btn').click();
        expect(await full.isVisible()).toBe(false);
      } finally {
        await close();
      }
      expect(foreign).toEqual([]);
    }, 60_000);

    it(`${viewport.width}×${viewport.height}: the index page`, async () => {
      const { page, foreign, close } = await open('en/index.html', { viewport, javaScriptEnabled: false });
      try {
        expect(await page.locator('a.open').count()).toBe(PEOPLE.length);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        expect(await smallTargets(page)).toEqual([]);
      } finally {
        await close();
      }
      expect(foreign).toEqual([]);
    }, 60_000);
  }

  // Rudenya flies Moscow → Shenyang overnight (20:30 Moscow time on 20 November, landing 08:50 in
  // Shenyang on the 21st): the card follows the clock across the five-hour change of zone.
  const CLOCK: { at: string; now: string | null; next: string | null; day: string; clock: string[]; message?: RegExp }[] = [
    { at: '2023-11-19T12:00:00Z', now: null, next: 'd1-briefing', day: 'd-2023-11-20', clock: ['15:00'], message: /not started/ },
    { at: '2023-11-20T13:00:00Z', now: 'd1-transfer-svo', next: 'd1-dinner', day: 'd-2023-11-20', clock: ['16:00'] },
    { at: '2023-11-20T22:00:00Z', now: 'd1-flight', next: 'd2-arrival', day: 'd-2023-11-20', clock: ['01:00', '06:00'] },
    { at: '2023-11-21T03:00:00Z', now: 'd2-fire', next: 'd2-transfer-ems', day: 'd-2023-11-21', clock: ['11:00'] },
    { at: '2023-11-25T12:00:00Z', now: null, next: null, day: 'd-2023-11-23', clock: [], message: /programme is over/ },
  ];
  for (const time of CLOCK) {
    it(`now/next at ${time.at}: ${time.now ?? '—'} / ${time.next ?? '—'}`, async () => {
      const { page, close } = await open('en/rudenya.html', { viewport: { width: 375, height: 812 }, at: time.at });
      try {
        const title = (id: string) => textIn(model.byId.events.get(id)!.title, 'en');
        const slot = (name: string) => page.locator(`#now [data-slot="${name}"] [data-fill]`);
        expect(await page.locator('#now').isVisible()).toBe(true);
        if (time.now) expect(await slot('now').locator('.title').textContent()).toBe(title(time.now));
        else expect(await slot('now').textContent()).toMatch(time.message ?? /Nothing under way/);
        if (time.next) expect(await slot('next').locator('.title').textContent()).toBe(title(time.next));
        else expect(await slot('next').textContent()).toMatch(/programme is over/);
        const current = await page.locator('article.event.current').evaluateAll((list) => list.map((e) => e.id));
        expect(current).toEqual(time.now ? [`e-${time.now}`] : []);
        expect(await page.locator(`#${time.day}`).isVisible()).toBe(true);
        expect(await page.locator('section.day:visible').count()).toBe(1);
        const clock = await page.locator('#now [data-clock] b').allTextContents();
        if (time.clock.length) expect(clock).toEqual(time.clock);
        if (time.now) expect(await page.locator(`#e-${time.now} [data-badge="now"]`).isVisible()).toBe(true);
      } finally {
        await close();
      }
    }, 60_000);
  }

  /** Text whose contrast with what lies behind it is below WCAG AA (4.5:1; 3:1 for large text). */
  async function lowContrast(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number, number?];
      const luminance = ([r, g, b]: (number | undefined)[]) => {
        const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const background = (e: Element | null): number[] => {
        for (; e; e = e.parentElement) {
          const [r, g, b, a] = rgba(getComputedStyle(e).backgroundColor);
          if (a === undefined || a > 0.5) return [r, g, b];
        }
        return [255, 255, 255];
      };
      const bad: string[] = [];
      for (const e of Array.from(document.querySelectorAll('body *'))) {
        const own = Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
        const box = e.getBoundingClientRect();
        if (!own || box.width === 0 || box.height === 0) continue;
        const style = getComputedStyle(e);
        const fg = luminance(rgba(style.color));
        const bg = luminance(background(e));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5)) bad.push(`${e.tagName}.${e.className} "${e.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
      }
      return bad;
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`contrast meets WCAG AA in ${colorScheme} mode, on the page, the index and the driver's view`, async () => {
      for (const [key, hash] of [['en/rudenya.html', ''], ['zh/kovalchuk.html', ''], ['ru/rudenya.html', '#driver-fire-hq'], ['en/index.html', '']] as const) {
        const { page, close } = await open(key, { viewport: { width: 375, height: 812 }, colorScheme, at: '2023-11-21T03:00:00Z', hash });
        try {
          expect(await lowContrast(page), key).toEqual([]);
        } finally {
          await close();
        }
      }
    }, 240_000);
  }

  it('with JavaScript off every day and event shows, one after another, without the clock card', async () => {
    for (const lang of ['ru', 'en', 'zh']) {
      for (const viewport of VIEWPORTS.slice(0, 2)) {
        const { page, foreign, close } = await open(`${lang}/rudenya.html`, { viewport, javaScriptEnabled: false });
        try {
          const events = pocketEvents(model, model.byId.people.get('rudenya')!);
          for (const event of events) expect(await page.locator(`#e-${event.id}`).isVisible(), event.id).toBe(true);
          expect(await page.locator('section.day:visible').count()).toBe(new Set(events.map((e) => e.day.date)).size);
          expect(await page.locator('#now').isVisible()).toBe(false);
          expect(await overflow(page)).toBeLessThanOrEqual(0);
          expect(await smallTargets(page)).toEqual([]);
          // The day links jump to their day.
          await page.locator('nav.days a').last().click();
          expect(page.url()).toMatch(/#d-2023-11-23$/);
        } finally {
          await close();
        }
        expect(foreign).toEqual([]);
      }
    }
  }, 240_000);

  it('the check for requests can fail: a page with an image is caught', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'delegation-pocket-browser-')), 'leak.html');
    writeFileSync(path, '<!DOCTYPE html><p>x</p><img src="https://example.org/pixel.png">');
    files['leak'] = path;
    const { foreign, close } = await open('leak');
    await close();
    expect(foreign).toEqual(['https://example.org/pixel.png']);
  }, 60_000);

  it('the contrast check can fail: faint grey text is caught', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'delegation-pocket-browser-')), 'faint.html');
    writeFileSync(path, '<!DOCTYPE html><p style="color:#aaa">faint</p><p>plain</p>');
    files['faint'] = path;
    const { page, close } = await open('faint');
    try {
      expect(await lowContrast(page)).toEqual(['P. "faint" 2.32']);
    } finally {
      await close();
    }
  }, 60_000);
});
