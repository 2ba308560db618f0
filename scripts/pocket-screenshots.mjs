// Screenshots of pocket pages as a phone shows them, to look at: light and dark at 375 px, and the
// full-screen driver card. Usage: node scripts/pocket-screenshots.mjs PAGE.html… -o DIR [--at INSTANT] [--place ID]
// (Chromium: $DELEGATION_CHROMIUM, else /usr/bin/chromium.) With --at, the page's clock is set to that instant;
// --place picks the driver card (default: the first).
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const pages = [];
let out = 'screenshots';
let at;
let place;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '-o') out = args[++i];
  else if (args[i] === '--at') at = args[++i];
  else if (args[i] === '--place') place = args[++i];
  else pages.push(args[i]);
}
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.DELEGATION_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const file of pages) {
    const url = pathToFileURL(resolve(file)).href;
    const name = basename(file, '.html') + '-' + basename(resolve(file, '..'));
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1, colorScheme: scheme, offline: true });
      const page = await context.newPage();
      if (at) await page.clock.setFixedTime(new Date(at));
      await page.goto(url);
      await page.screenshot({ path: join(out, `${name}-${scheme}.png`), fullPage: false });
      await page.screenshot({ path: join(out, `${name}-${scheme}-full.png`), fullPage: true });
      const driver = await page.$(place ? `#driver-${place}` : '.driver-full');
      if (driver && scheme === 'light') {
        const id = await driver.getAttribute('id');
        await page.goto(`${url}#${id}`);
        await page.screenshot({ path: join(out, `${name}-driver.png`) });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
