// HTML to PDF through a headless Chromium that is already installed (Debian's `chromium`), driven by
// playwright-core: no browser download, no network, a fresh profile per run.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UserError } from '../source/errors.js';
import { words } from '../text/words.js';

export const CHROMIUM_ENV = 'DELEGATION_CHROMIUM';
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** The browser to use: --chromium, else $DELEGATION_CHROMIUM, else the first Chromium on PATH. */
export function findChromium(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const given = option ?? (env[CHROMIUM_ENV] || undefined);
  if (given !== undefined) {
    if (!isExecutable(given)) {
      throw new UserError(words('noChromiumThere', { path: given }), words('noChromiumThere.hint', { env: CHROMIUM_ENV }));
    }
    return given;
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  throw new UserError(words('noChromium'), words('noChromium.hint', { env: CHROMIUM_ENV }));
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The running header and footer a document asks for: the inner HTML of its
 * `<template id="print-header">` and `<template id="print-footer">` elements (Chromium fills
 * `<span class="pageNumber">` and `<span class="totalPages">` on each page).
 */
export function printTemplates(html: string): { header: string; footer: string } | undefined {
  const pick = (id: string) => new RegExp(`<template id="${id}">([\\s\\S]*?)</template>`).exec(html)?.[1];
  const header = pick('print-header');
  const footer = pick('print-footer');
  if (header === undefined && footer === undefined) return undefined;
  return { header: header ?? '<span></span>', footer: footer ?? '<span></span>' };
}

/**
 * Print each HTML document to an A4 PDF, in order, with one browser: tagged (structure follows the
 * HTML, so text is read in visual order), with an outline made of the headings, the document's
 * title and language as metadata, and the running header and footer the document asks for.
 */
export async function htmlToPdf(documents: readonly string[], chromium: string): Promise<Uint8Array[]> {
  const { chromium: launcher } = await import('playwright-core');
  let browser;
  try {
    browser = await launcher.launch({ executablePath: chromium, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (error) {
    throw new UserError(words('chromiumFailed', { path: chromium, reason: firstLine(error) }), words('chromiumFailed.hint', { path: chromium }));
  }
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    // Several pages print at once (Chromium works on one while the next is laid out); each PDF keeps its
    // place. Each printer keeps its page for all its documents: a new page costs a new renderer.
    const pdfs: Uint8Array[] = new Array<Uint8Array>(documents.length);
    let next = 0;
    const printer = async () => {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      for (let i = next++; i < documents.length; i = next++) pdfs[i] = await printPage(page, documents[i]!);
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, documents.length) }, printer));
    return pdfs;
  } catch (error) {
    // The browser crashed, a page timed out, or memory ran out (a RangeError on this side): say so, exit 2.
    if (error instanceof UserError) throw error;
    throw new UserError(words('pdfFailed', { reason: firstLine(error) }), words('pdfFailed.hint'), 2);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** How many documents print at the same time in the one browser. */
const PAGES_AT_ONCE = 4;

/** One HTML document printed to an A4 PDF in a page of the browser, whose content it replaces. */
async function printPage(page: import('playwright-core').Page, html: string): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  await repeatTitlesOfLongBlocks(page);
  const running = printTemplates(html);
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    // Bookmarks from the headings, where the layout asks for them (the briefing pack).
    outline: html.includes('<meta name="print-outline"'),
    ...(running ? { displayHeaderFooter: true, headerTemplate: running.header, footerTemplate: running.footer } : {}),
  });
  return new Uint8Array(pdf);
}

/**
 * A block the layout marks with `data-continued` (an event) stays on one page; one longer than a
 * page starts a page and is cut where pages end, each part after the first headed by the block's
 * `.title` and the words of `data-continued` ("(continued)"). Measured in print layout (the page is
 * in print media, see htmlToPdf) at the width of the page's text, so the cuts fall where Chromium's would.
 */
async function repeatTitlesOfLongBlocks(page: import('playwright-core').Page): Promise<void> {
  await page.evaluate(() => {
    const MM = 96 / 25.4;
    const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules));
    const pageRule = rules.find((rule): rule is CSSPageRule => rule instanceof CSSPageRule && rule.selectorText === '');
    const length = (value: string | undefined, fallback: number) => {
      const m = /^([\d.]+)(mm|cm|in|px|pt)$/.exec((value ?? '').trim());
      if (!m) return fallback;
      const unit = { mm: MM, cm: 10 * MM, in: 96, px: 1, pt: 96 / 72 }[m[2] as 'mm' | 'cm' | 'in' | 'px' | 'pt'];
      return Number(m[1]) * unit;
    };
    const style = pageRule?.style;
    const width = 210 * MM - length(style?.marginLeft, 14 * MM) - length(style?.marginRight, 14 * MM);
    const height = 297 * MM - length(style?.marginTop, 17 * MM) - length(style?.marginBottom, 17 * MM);
    document.body.style.width = `${width}px`;
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('[data-continued]')).filter((block) => block.getBoundingClientRect().height > height);
    for (const block of blocks) {
      const title = block.querySelector('.title');
      if (!title) continue;
      // A new page for the block, taking along a heading just above it (a day's heading).
      const above = block.previousElementSibling;
      const start = above instanceof HTMLElement && /^(H[1-6]|HEADER)$|head/.test(above.tagName + ' ' + above.className) ? above : block;
      start.style.breakBefore = 'page';
      const heading = (parent: Element) => {
        // Inside a list an item, so the list stays a list; aligned with the block's own title.
        const p = document.createElement(parent.tagName === 'UL' || parent.tagName === 'OL' ? 'li' : 'p');
        p.className = `${title.className} continued`;
        p.style.listStyle = 'none';
        p.style.marginLeft = `${title.getBoundingClientRect().left - parent.getBoundingClientRect().left - parseFloat(getComputedStyle(parent).paddingLeft || '0')}px`;
        p.innerHTML = title.innerHTML;
        p.append(` ${block.dataset.continued ?? ''}`);
        p.style.breakBefore = 'page';
        return p;
      };
      // Walk the block's leaves in order; where one would cross the page's end, head a new page.
      let pageTop = start.getBoundingClientRect().top;
      const place = (element: Element) => {
        for (const child of Array.from(element.children)) {
          if (child === title) continue;
          const box = child.getBoundingClientRect();
          if (box.bottom - pageTop <= height) continue;
          if (box.height > height / 2 && child.children.length > 0) {
            place(child);
            continue;
          }
          const head = heading(element);
          child.before(head);
          pageTop = head.getBoundingClientRect().top;
        }
      };
      place(block);
    }
    document.body.style.width = '';
  });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
