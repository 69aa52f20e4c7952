// The README's lead image (docs/screenshot.png), made from the current build so
// it cannot show copy the desk has since corrected: the two headline widgets
// (the tally and the agreements card), each in Italian and English, light and
// dark, as a page that embeds the built bundle from dist/ would show them.
//
//   npm run build && npm run screenshots
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS as chromiumArgs } from './chromium-args.mjs';
import { startStaticServer } from './static-server.mjs';

const OUT = resolve('docs/screenshot.png');
const BUNDLE = 'dprk-russia-widgets.js';

/** The cards, in reading order: each widget once in each language and once in each theme. */
const CARDS = [
  { tag: 'dprk-russia-tally', lang: 'it', theme: 'light' },
  { tag: 'dprk-russia-tally', lang: 'en', theme: 'dark' },
  { tag: 'ceasefire-status', lang: 'en', theme: 'light' },
  { tag: 'ceasefire-status', lang: 'it', theme: 'dark' },
];

if (!existsSync(resolve('dist', BUNDLE))) {
  console.error(`No dist/${BUNDLE}: run \`npm run build\` first.`);
  process.exit(1);
}

const { origin, close } = await startStaticServer({ root: 'dist' });
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  // Tall enough that every card is in view: a card far below the viewport waits to be laid out
  // (and a chart to be drawn) until a reader scrolls near it, and a screenshot does not scroll.
  await page.setViewport({ width: 1100, height: 3000, deviceScaleFactor: 1 });
  // A page of the static host, so the bundle and its chunks load as an embedder's page loads them.
  await page.goto(`${origin}/embed.html`, { waitUntil: 'load' });
  await page.setContent(
    `<!doctype html>
    <html lang="it">
      <head>
        <meta charset="utf-8" />
        <link rel="stylesheet" href="${origin}/reserve.css" />
        <style>
          body { margin: 0; padding: 16px; background: #e7e5df; font-family: system-ui, sans-serif; }
          .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
        </style>
        <script type="module" src="${origin}/${BUNDLE}"></script>
      </head>
      <body>
        <div class="grid">
          ${CARDS.map(({ tag, lang, theme }) => `<${tag} lang="${lang}" theme="${theme}" heading-level="2"></${tag}>`).join('\n          ')}
        </div>
      </body>
    </html>`,
    { waitUntil: 'load' },
  );
  // Every card rendered, with its text, and the chart's bars drawn (HTML, in the card's own render).
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) =>
        [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector('.as-of')?.textContent?.trim()),
      ) &&
      [...document.querySelectorAll('dprk-russia-tally')].every((el) =>
        [...el.shadowRoot.querySelectorAll('[part="bar"]')].some((bar) => bar.getBoundingClientRect().width > 0),
      ),
    { timeout: 30_000 },
    [...new Set(CARDS.map((c) => c.tag))],
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (const el of document.querySelectorAll('dprk-russia-tally')) await el.chart?.ready;
    // Two frames: the charts' last draw is on screen.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  mkdirSync(dirname(OUT), { recursive: true });
  const grid = await page.$('.grid');
  await grid.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await close();
}
