// Pre-rendered cards (issue #14), for the bench: bytes of HTML per card, and
// first / largest contentful paint, and the first frame with the card itself on screen, of a page with the card pre-rendered
// against the same page with the generator's script snippet (fallback text,
// reserve CSS), under a slow phone's CPU and network. `benchSsr()` returns
// report rows; `npm run bench:ssr` (scripts/bench-ssr.mjs) runs it alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { importTs, loadWidgets } from '../registry.mjs';
import { startServer } from './server.mjs';
import { CHROMIUM_ARGS } from '../chromium-args.mjs';

const ARGS = CHROMIUM_ARGS;
/** A mid-range phone on a slow 4G link (Lighthouse's mobile figures: 4× CPU, 150 ms RTT, 1.6 Mbit/s). */
const THROTTLE = { cpu: 4, latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 };
const RUNS = Number(process.env.SSR_BENCH_RUNS) || 3;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const head = (title, tag) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<script>window.__paint={};
(function card(){const el=document.querySelector('${tag}');const c=el&&el.shadowRoot&&el.shadowRoot.querySelector('.card');
if(c&&c.querySelector('#title')&&getComputedStyle(c).borderTopStyle==='solid')window.__paint.card=performance.now();else requestAnimationFrame(card);})();new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__paint[e.name]=e.startTime}).observe({type:'paint',buffered:true});
new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__paint.lcp=e.startTime}).observe({type:'largest-contentful-paint',buffered:true});
window.__paint.cls=0;new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.__paint.cls+=e.value}).observe({type:'layout-shift',buffered:true});</script>
<style>body{margin:0;font:16px/1.5 Georgia,serif}main{max-width:640px;margin:0 auto;padding:8px}</style></head>`;

/**
 * @param {{ root: string, chromium?: string }} options
 * @returns {Promise<{ what: string, value: number, unit: string, details?: object }[]>}
 */
export async function benchSsr({ root, chromium = process.env.CHROMIUM ?? '/usr/bin/chromium' }) {
  const ssr = await importTs(join(root, 'src/ssr/index.ts'));
  const snippet = await importTs(join(root, 'src/embed/authoring/snippet.ts'));
  const story = (await importTs(join(root, 'src/data/story.ts'))).bundledStory;
  const tags = (await loadWidgets()).map((w) => w.tag);
  const rows = [];

  // 1. Bytes of HTML per pre-rendered card (and the stylesheet its shadow root links, cached across cards of a tag).
  const pages = {};
  const bytes = {};
  for (const tag of tags) {
    const html = await ssr.renderWidget(tag, { lang: 'en', theme: 'light', assets: '/dist/' });
    const buf = Buffer.from(html);
    const css = readFileSync(join(root, `dist/css/${tag}.css`));
    bytes[tag] = {
      html: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf).length,
      cssGzip: gzipSync(css, { level: 9 }).length,
    };
    const options = { tag, lang: 'en', theme: 'light' };
    const fallback = snippet.scriptSnippet(story, options, `/dist/${tag}.js`);
    pages[`/bench/ssr-${tag}.html`] =
      `${head(`pre-rendered ${tag}`, tag)}<body><main><h1>Article</h1><p>Text before the card.</p>${html}<p>Text after.</p></main>
<script type="module" src="/dist/${tag}.js"></script></body></html>`;
    pages[`/bench/csr-${tag}.html`] =
      `${head(`script snippet ${tag}`, tag)}<body><main><h1>Article</h1><p>Text before the card.</p>${fallback}<p>Text after.</p></main></body></html>`;
  }
  const kb = (n) => n / 1024;
  for (const tag of tags) {
    const b = bytes[tag];
    rows.push({
      what: `pre-rendered HTML, <${tag}>`,
      value: kb(b.gzip),
      unit: 'KB gzip',
      details: { raw: b.html, gzip: b.gzip, brotli: b.brotli, stylesheetGzip: b.cssGzip },
    });
  }

  // 2. Paint: the card's page pre-rendered vs written as the script snippet, throttled, median of RUNS.
  const { server, origin } = await startServer(root, pages);
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ARGS,
    defaultViewport: { width: 412, height: 915 },
  });
  try {
    const measure = async (path) => {
      const page = await browser.newPage();
      await page.setCacheEnabled(false);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: THROTTLE.latency,
        downloadThroughput: THROTTLE.download,
        uploadThroughput: THROTTLE.upload,
      });
      await page.goto(origin + path, { waitUntil: 'networkidle0' });
      // Until the card's own text is on screen (its heading in its shadow root), then one more frame.
      await page.waitForFunction(() => window.__paint.card !== undefined, { timeout: 60_000 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const paint = await page.evaluate(() => window.__paint);
      await page.close();
      return { fcp: paint['first-contentful-paint'], lcp: paint.lcp, card: paint.card, cls: paint.cls };
    };
    for (const tag of tags) {
      const results = { ssr: [], csr: [] };
      for (let i = 0; i < RUNS; i++) {
        for (const kind of ['ssr', 'csr']) results[kind].push(await measure(`/bench/${kind}-${tag}.html`));
      }
      for (const kind of ['ssr', 'csr']) {
        const label = kind === 'ssr' ? 'pre-rendered' : 'script snippet';
        rows.push({
          what: `first contentful paint, <${tag}> ${label}`,
          value: median(results[kind].map((r) => r.fcp)),
          unit: 'ms',
        });
        rows.push({
          what: `largest contentful paint, <${tag}> ${label}`,
          value: median(results[kind].map((r) => r.lcp)),
          unit: 'ms',
        });
        // The first frame with the card itself on screen, styled (its shadow root's card, its heading).
        rows.push({
          what: `card on screen, <${tag}> ${label}`,
          value: median(results[kind].map((r) => r.card)),
          unit: 'ms',
        });
        rows.push({
          what: `layout shift, <${tag}> ${label}`,
          value: Math.max(...results[kind].map((r) => r.cls)),
          unit: 'CLS (worst run)',
        });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
