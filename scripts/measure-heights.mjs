// Measures every widget's real height, in both languages, at every column
// width from 240 to 1400 px (every pixel), in headless Chromium and Firefox,
// from the built dist/, and writes src/embed/host/heights.json: for each
// widget and language, the widths at which its height steps, with the tallest
// height each step holds. reserve.css and the snippets reserve exactly that
// (src/embed/host/reserve.ts), so no card is taller than its reserve and none
// leaves more than TOLERANCE px blank under it.
//
// `npm run sync` runs it (after a build) and copies each widget's tallest
// height into its `maxPx` (src/widgets.ts). tests/embed/reserve.test.ts fails
// when a card outgrows the table: sync again after a change of layout, wording or data.
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './static-server.mjs';
import { ALL_ENTRY, loadWidgets } from './registry.mjs';

/** The most a step may leave blank under the card at some width inside it. */
export const TOLERANCE = 10;
const FROM = 240;
const TO = 1400;
const STEP = 1;
const LANGS = ['it', 'en'];

const BROWSERS = [
  {
    name: 'chromium',
    options: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu'] },
  },
  { name: 'firefox', options: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } },
];

const widgets = await loadWidgets();
const server = await startStaticServer({ root: 'dist' });
const base = server.origin;

/** heights[tag][lang][i] = tallest height seen at width FROM + i * STEP. */
const heights = {};
/** Per browser, for the report below. */
const raw = {};
for (const { name, options } of BROWSERS) {
  let browser;
  try {
    browser = await puppeteer.launch(options);
  } catch (error) {
    console.warn(`measure-heights: ${name} did not start (${error.message}); measuring without it.`);
    continue;
  }
  const page = await browser.newPage();
  await page.setViewport({ width: TO + 100, height: 900 });
  await page.goto(`${base}/demo/story.html`, { waitUntil: 'load' });
  for (const { tag } of widgets) {
    for (const lang of LANGS) {
      const row = await page.evaluate(
        async ({ base, bundle, tag, lang, from, to, step }) => {
          await import(`${base}/${bundle}`);
          document.body.replaceChildren();
          document.body.style.margin = '0';
          const col = document.createElement('div');
          document.body.append(col);
          const el = document.createElement(tag);
          el.setAttribute('lang', lang);
          col.append(el);
          await customElements.whenDefined(tag);
          await el.updateComplete;
          for (const card of el.shadowRoot.querySelectorAll('*')) if (card.updateComplete) await card.updateComplete;
          await document.fonts.ready;
          // A card added with no content is laid out only near the viewport (content-visibility: auto),
          // holding a placeholder height until then: measure every card laid out, as a reader who scrolled sees it.
          const laidOut = new CSSStyleSheet();
          laidOut.replaceSync(
            '.contents.lazy { content-visibility: visible !important; contain-intrinsic-block-size: none !important; }',
          );
          const roots = (host) =>
            host.shadowRoot ? [host.shadowRoot, ...[...host.shadowRoot.querySelectorAll('*')].flatMap(roots)] : [];
          for (const root of roots(el)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, laidOut];
          const out = [];
          for (let w = from; w <= to; w += step) {
            col.style.width = `${w}px`;
            out.push(Math.ceil(el.getBoundingClientRect().height));
          }
          return out;
        },
        { base, bundle: `${ALL_ENTRY}.js`, tag, lang, from: FROM, to: TO, step: STEP },
      );
      ((raw[name] ??= {})[tag] ??= {})[lang] = row;
      const prev = ((heights[tag] ??= {})[lang] ??= row.map(() => 0));
      row.forEach((h, i) => (prev[i] = Math.max(prev[i], h)));
      console.log(`${name} ${tag} ${lang}: ${Math.min(...row)}–${Math.max(...row)} px`);
    }
  }
  await browser.close();
}
await server.close();

/** Greedy steps: each runs while its heights stay within TOLERANCE, and reserves the tallest. */
function steps(row) {
  const out = [];
  let start = 0;
  while (start < row.length) {
    let end = start;
    let lo = row[start];
    let hi = row[start];
    while (end + 1 < row.length && Math.max(hi, row[end + 1]) - Math.min(lo, row[end + 1]) <= TOLERANCE) {
      end++;
      lo = Math.min(lo, row[end]);
      hi = Math.max(hi, row[end]);
    }
    out.push([start === 0 ? 0 : FROM + start * STEP, hi]);
    start = end + 1;
  }
  return out;
}

const table = Object.fromEntries(
  widgets.map(({ tag }) => [tag, Object.fromEntries(LANGS.map((lang) => [lang, steps(heights[tag][lang])]))]),
);
writeFileSync('src/embed/host/heights.json', `${JSON.stringify(table)}\n`);
for (const [tag, byLang] of Object.entries(table))
  console.log(
    tag,
    Object.entries(byLang)
      .map(([l, s]) => `${l}: ${s.length} steps`)
      .join(', '),
  );

// How far apart the browsers are at the widths the tests check (what the reserve leaves blank in the shorter one).
for (const w of [320, 375, 640, 736, 960, 1200]) {
  const i = Math.floor((w - FROM) / STEP);
  const gaps = widgets.map(({ tag }) => {
    const spread = Math.max(
      ...LANGS.map(
        (lang) =>
          Math.max(...Object.values(raw).map((b) => b[tag][lang][i])) -
          Math.min(...Object.values(raw).map((b) => b[tag][lang][i])),
      ),
    );
    return `${tag.replace('dprk-russia-', '')} ${spread}`;
  });
  console.log(`${w}px browser spread: ${gaps.join(', ')}`);
}
