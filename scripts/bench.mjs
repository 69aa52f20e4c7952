// npm run bench: sizes, load, render, layout shift, memory, hand-written
// comparison and Lighthouse, each beside its budget (/work/shared/DESIGN.md,
// "Budgets"). Writes bench/report.json. Not a test: figures vary by machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { benchPages } from './bench/pages.mjs';
import { ALL_ENTRY, importTs, loadWidgets } from './registry.mjs';
import { startServer } from './bench/server.mjs';
import { litAlone } from './bench/floor.mjs';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const started = performance.now();
const KB = 1024;
/** The cards; <dprk-russia-story> composes all of them into a page. */
const widgets = await loadWidgets();
const TAGS = widgets.map((w) => w.tag);
const CARDS = widgets.filter((w) => w.story).map((w) => w.tag);

if (!existsSync(join(root, `dist/${ALL_ENTRY}.js`))) {
  console.log('dist/ is missing: building…');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rows = [];
/** Ours beside the hand-written Chart.js embed, per network. */
const comparison = { bytes: {}, files: {}, drawn: {} };
/** 1 … 1,000 tally cards on a page. */
const SCALE = [1, 10, 50, 200, 1000];
const scaling = [];
/** What one card's JS before any chart is made of: each file, and Lit alone beside them. */
let floor = null;
/** One line of the report: a figure, its budget and whether it meets it. */
function record(what, value, unit, budget, pass, note = '', details = undefined) {
  rows.push({ what, value: Number(value.toFixed(unit === 'score' ? 2 : 3)), unit, budget, pass, note, details });
}

// 1. Bytes of every built JS file.
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'types') walk(path);
    else if (entry.name.endsWith('.js')) {
      const buf = readFileSync(path);
      files.push({ file: relative(root, path), min: buf.length, gzip: gz(buf), brotli: br(buf) });
    }
  }
};
walk(join(root, 'dist'));
const gzipOf = (url) => {
  const path = new URL(url).pathname;
  return gz(readFileSync(join(root, path)));
};

// The snippet code (for fallback content), bundled for Node.
const snippet = await importTs('src/embed/authoring/snippet.ts');
const story = JSON.parse(readFileSync(join(root, 'data/story.json'), 'utf8'));
// The chunks the generator's snippets preload (the build stamps the same names into it).
const chunkNamed = (name) => files.map((f) => f.file).find((f) => new RegExp(`^dist/chunks/${name}-[^/]+\\.js$`).test(f))?.slice('dist/'.length);
const preload = { core: chunkNamed('core'), chart: chunkNamed('chart-kit'), text: { it: chunkNamed('text-it'), en: chunkNamed('text-en') } };
const { server, origin } = await startServer(root, benchPages(story, snippet, TAGS, preload.core && preload.chart && preload.text.it && preload.text.en ? preload : null));

const userDataDir = mkdtempSync(join(tmpdir(), 'drw-bench-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...ARGS, '--js-flags=--expose-gc', `--user-data-dir=${userDataDir}`],
  defaultViewport: { width: 1280, height: 900 },
  protocolTimeout: 600_000,
});

async function open(path) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.goto(origin + path, { waitUntil: 'load' });
  return page;
}
const scripts = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));

try {
  // 2. JS before any chart is visible, and the chart chunk once it scrolls in.
  {
    const page = await open('/bench/cards.html');
    await page.evaluate(async () => {
      for (const tag of ['ceasefire-status', 'dprk-russia-arms']) await customElements.whenDefined(tag);
      await Promise.all([...document.querySelectorAll('main > *')].map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 1000));
    });
    const before = await scripts(page);
    await page.evaluate(async () => {
      const el = document.querySelector('dprk-russia-tally');
      el.scrollIntoView();
      await el.chart.ready;
    });
    const after = (await scripts(page)).filter((u) => !before.includes(u));
    const beforeGz = before.reduce((s, u) => s + gzipOf(u), 0);
    const afterGz = after.reduce((s, u) => s + gzipOf(u), 0);
    record('JS before any chart is visible, all-elements script (gzip)', beforeGz / KB, 'KB', '≤ 20', beforeGz <= 20 * KB, `${before.length} files`, before.map((u) => new URL(u).pathname));
    record('chart chunk: JS loaded when the chart scrolls in (gzip)', afterGz / KB, 'KB', '≤ 40', afterGz <= 40 * KB, after.map((u) => new URL(u).pathname).join(', '));
    await page.close();
    const one = await open('/bench/card-one.html');
    await one.evaluate(async () => {
      await customElements.whenDefined('ceasefire-status');
      await document.querySelector('ceasefire-status').updateComplete;
      await new Promise((r) => setTimeout(r, 500));
    });
    const oneJs = await scripts(one);
    const oneGz = oneJs.reduce((s, u) => s + gzipOf(u), 0);
    record('JS for one card via its own entry (ceasefire-status.js, gzip)', oneGz / KB, 'KB', '≤ 12', oneGz <= 12 * KB, `${oneJs.length} files`, oneJs.map((u) => new URL(u).pathname));
    await one.close();
    floor = { files: oneJs.map((u) => ({ file: new URL(u).pathname, gzip: gzipOf(u) })), total: oneGz, lit: await litAlone(root) };
  }

  // 3. First render of each element after its script runs (connect → updateComplete → the frame that shows it), 25 runs each.
  {
    const page = await open('/bench/blank.html');
    const times = await page.evaluate(async (tags) => {
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      const host = document.getElementById('host');
      const out = {};
      for (const tag of tags) {
        out[tag] = [];
        for (let i = 0; i < 25; i++) {
          const el = document.createElement(tag);
          el.setAttribute('lang', 'en');
          const t0 = performance.now();
          host.append(el);
          await el.updateComplete;
          // A story's first render is its cards' too.
          for (const card of el.shadowRoot.querySelectorAll('*')) if (card.updateComplete) await card.updateComplete;
          const script = performance.now() - t0;
          out[tag].push(script + (await window.__frameWork()));
          el.remove();
          await new Promise((r) => setTimeout(r, 0));
        }
      }
      return out;
    }, TAGS);
    for (const tag of TAGS) {
      const m = median(times[tag]);
      record(`first render <${tag}> (median of 25)`, m, 'ms', '≤ 16', m <= 16);
    }
    await page.close();
  }

  // 4. 50 mixed widgets on one page, all rendered (5 runs on fresh pages, median).
  {
    const runs = [];
    for (let run = 0; run < 5; run++) {
      const page = await open('/bench/blank.html');
      runs.push(
        await page.evaluate(async (tags) => {
          await Promise.all(tags.map((t) => customElements.whenDefined(t)));
          const host = document.getElementById('host');
          const t0 = performance.now();
          const els = Array.from({ length: 50 }, (_, i) => {
            const el = document.createElement(tags[i % tags.length]);
            el.setAttribute('lang', i % 2 ? 'en' : 'it');
            return el;
          });
          host.append(...els);
          await Promise.all(els.map((el) => el.updateComplete));
          // The stories' cards too.
          await Promise.all(els.flatMap((el) => [...el.shadowRoot.querySelectorAll('*')].map((card) => card.updateComplete)));
          const script = performance.now() - t0;
          return script + (await window.__frameWork());
        }, CARDS),
      );
      await page.close();
    }
    const m = median(runs);
    record('50 mixed widgets rendered (median of 5)', m, 'ms', '≤ 500', m <= 500, 'the five cards in turn, it/en; <dprk-russia-story> is a page of them');
  }

  // 5. Layout shift from upgrade, data (src) and chart loading, with dist/reserve.css and snippet fallback content.
  {
    const values = [];
    for (const width of [1280, 375]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(origin + '/bench/cls.html', { waitUntil: 'load' });
      values.push(
        await page.evaluate(async () => {
          const tally = document.querySelector('dprk-russia-tally');
          await customElements.whenDefined('dprk-russia-tally');
          await tally.dataSettled;
          await tally.chart.ready;
          await new Promise((r) => setTimeout(r, 1500));
          return window.__cls;
        }),
      );
      await page.close();
    }
    const worst = Math.max(...values);
    record('CLS: upgrade + src data + chart (640px column / 375px phone)', worst, '', '0.000', worst === 0, values.map((v) => v.toFixed(4)).join(' / '));
  }

  // 6. 500 connect/disconnect cycles: heap growth after GC and live Chart instances.
  {
    const page = await open('/bench/blank.html');
    const cdp = await page.createCDPSession();
    const heap = async () => {
      await page.evaluate(() => { gc(); gc(); });
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const chartKit = '/' + files.find((f) => /chunks\/chart-kit-.*\.js$/.test(f.file)).file;
    const cycle = (n) =>
      page.evaluate(async (n, tags) => {
        await Promise.all(tags.map((t) => customElements.whenDefined(t)));
        const host = document.getElementById('host');
        for (let i = 0; i < n; i++) {
          const el = document.createElement(tags[i % tags.length]);
          host.append(el);
          await el.updateComplete;
          if (el.chart) await Promise.race([el.chart.ready, new Promise((r) => setTimeout(r, 500))]);
          el.remove();
        }
      }, n, CARDS);
    await cycle(20); // warm-up: chunks loaded, styles adopted
    const h0 = await heap();
    await cycle(500);
    const h1 = await heap();
    const live = await page.evaluate(async (url) => Object.keys((await import(url)).Chart.instances).length, chartKit);
    const growth = (h1 - h0) / KB / KB;
    record('live Chart instances after 500 cycles', live, '', '0', live === 0);
    record('heap growth after 500 cycles (after GC)', growth, 'MB', '< 2', growth < 2, `${(h0 / KB / KB).toFixed(1)} → ${(h1 / KB / KB).toFixed(1)} MB`);
    await page.close();
  }

  // 7. The same tally chart, written by hand with Chart.js's UMD build (= chart.js/auto), beside ours,
  //    alternating page by page in the same run: on a fast loopback, then on a throttled phone network.
  const NETWORKS = {
    loopback: null,
    // A slow phone connection: the waterfall of requests shows.
    'throttled (150 ms RTT, 1.6 Mbps)': { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
  };
  const PAGES = { ours: '/bench/ours.html', 'ours-six': '/bench/ours-six.html', 'ours-six-unreserved': '/bench/ours-six-unreserved.html', hand: '/bench/hand.html' };
  for (const [network, conditions] of Object.entries(NETWORKS)) {
    const drawn = Object.fromEntries(Object.keys(PAGES).map((k) => [k, []]));
    // Loopback times swing by ±10% from page to page on this machine: 20 of each, interleaved.
    const runs = conditions ? 5 : 20;
    for (let i = 0; i < runs; i++) {
      for (const [which, path] of Object.entries(PAGES)) {
        const page = await browser.newPage();
        await page.setCacheEnabled(false);
        if (conditions) {
          const cdp = await page.createCDPSession();
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', conditions);
        }
        await page.goto(origin + path, { waitUntil: 'load', timeout: 60000 });
        await page.waitForFunction(() => window.__drawn !== undefined, { timeout: 30000 });
        drawn[which].push(await page.evaluate(() => window.__drawn));
        if (i === 0 && !conditions) {
          const urls = await scripts(page);
          comparison.bytes[which] = urls.reduce((sum, u) => sum + gzipOf(u), 0);
          comparison.files[which] = urls.map((u) => new URL(u).pathname);
        }
        await page.close();
      }
    }
    const m = Object.fromEntries(Object.entries(drawn).map(([k, xs]) => [k, median(xs)]));
    comparison.drawn[network] = m;
    const ratio1 = m.ours / m.hand;
    const ratio6 = m['ours-six'] / m.hand;
    record(`navigation → first drawn tally chart, one card, ${network} (median of ${runs})`, m.ours, 'ms', '≤ 1.0× hand', ratio1 <= 1, `hand-written: ${m.hand.toFixed(0)} ms; ×${ratio1.toFixed(2)}`);
    record(`navigation → first drawn tally chart, all six elements, ${network} (median of ${runs})`, m['ours-six'], 'ms', '≤ 1.0× hand', ratio6 <= 1, `hand-written: ${m.hand.toFixed(0)} ms; ×${ratio6.toFixed(2)}; without reserve.css: ${m['ours-six-unreserved'].toFixed(0)} ms, ×${(m['ours-six-unreserved'] / m.hand).toFixed(2)}`);
  }
  {
    const { bytes } = comparison;
    const r = bytes['ours-six'] / bytes.hand;
    record('all JS, six-element page vs hand-written one-chart page (gzip)', bytes['ours-six'] / KB, 'KB', '≤ 0.85× hand', r <= 0.85, `hand-written: ${(bytes.hand / KB).toFixed(1)} KB; ×${r.toFixed(2)}; one tally card: ${(bytes.ours / KB).toFixed(1)} KB`);
  }

  // 8. Scaling: 1 … 1,000 tally cards appended at once to a fresh page (render → the frame that shows them), heap after GC.
  //    Each count on three fresh pages, the median kept: one page's time swings by tens of ms here, and a
  //    marginal cost taken between two single runs can even come out below zero.
  {
    const RUNS = 3;
    for (const n of SCALE) {
      const runs = [];
      let heapMb = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await open('/bench/blank.html');
        const cdp = await page.createCDPSession();
        runs.push(
          await page.evaluate(async (n) => {
            await customElements.whenDefined('dprk-russia-tally');
            const host = document.getElementById('host');
            const els = Array.from({ length: n }, () => {
              const el = document.createElement('dprk-russia-tally');
              el.setAttribute('lang', 'en');
              return el;
            });
            const t0 = performance.now();
            host.append(...els);
            await Promise.all(els.map((el) => el.updateComplete));
            const script = performance.now() - t0;
            return script + (await window.__frameWork());
          }, n),
        );
        await page.evaluate(() => { gc(); gc(); });
        await cdp.send('HeapProfiler.collectGarbage');
        heapMb = Math.max(heapMb, (await cdp.send('Runtime.getHeapUsage')).usedSize / KB / KB);
        await page.close();
      }
      const ms = median(runs);
      const prev = scaling.at(-1);
      scaling.push({ n, ms, runs, marginal: prev ? (ms - prev.ms) / (n - prev.n) : ms, heapMb });
    }
    const at = (n) => scaling.find((r) => r.n === n);
    const flat = at(1000).marginal / at(50).marginal;
    // A marginal cost at 50 at or below zero is noise, not a cost: no ratio can be judged from it.
    const measurable = at(50).marginal > 0;
    record('marginal ms per tally card, 1,000 vs 50 on the page', flat, '×', '≤ 1.5', measurable && flat <= 1.5, `${measurable ? '' : 'not measurable this run: no cost at 50; '}${scaling.map((r) => `${r.n}: ${r.marginal.toFixed(2)} ms`).join(', ')}`);
    record('1,000 tally cards rendered', at(1000).ms, 'ms', '≤ 1500', at(1000).ms <= 1500, `median of ${RUNS}; heap ${at(1000).heapMb.toFixed(1)} MB`);
  }
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

// 9. Lighthouse on the built demo page (BENCH_LIGHTHOUSE=0 leaves it out, for a quicker run).
let lighthouse = null;
if (process.env.BENCH_LIGHTHOUSE !== '0') try {
  const { default: lh } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const lhDir = mkdtempSync(join(tmpdir(), 'drw-lh-'));
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...ARGS, `--user-data-dir=${lhDir}`], userDataDir: false });
  try {
    const budgets = { performance: 0.98, accessibility: 1, 'best-practices': 1 };
    lighthouse = {};
    const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
    for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(budgets) };
      // Three runs, the one with the median performance score kept: one run swings with the machine's load.
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push((await lh(`${origin}/dist/demo/index.html`, flags, config)).lhr);
      runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const { categories, audits } = runs[1];
      const summary = (lighthouse[preset] = {});
      for (const [id, min] of Object.entries(budgets)) {
        const cat = categories[id];
        const failing = cat.auditRefs
          .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
          .sort((a, b) => b.weight * (1 - audits[b.id].score) - a.weight * (1 - audits[a.id].score))
          .slice(0, 5)
          .map((ref) => `${ref.id} (${audits[ref.id].title}: ${audits[ref.id].displayValue ?? audits[ref.id].score})`);
        summary[id] = { score: cat.score, failing };
        // What the console said, when that is the audit that fails.
        const logged = audits['errors-in-console'].details?.items?.map((item) => `${item.source}: ${item.description} ${item.sourceLocation?.url ?? ''}`.trim());
        if (id === 'best-practices' && logged?.length) failing.push(`console: ${logged.join(' | ')}`);
        record(`Lighthouse ${id} (demo page, ${preset}, median of 3)`, cat.score, 'score', `≥ ${min}`, cat.score >= min, cat.score >= min ? '' : failing.join('; '));
      }
      for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
        summary[id] = audits[id].displayValue;
      }
    }
  } finally {
    await chrome.kill();
    rmSync(lhDir, { recursive: true, force: true });
  }
} catch (error) {
  record('Lighthouse', 0, 'score', 'run', false, `did not run: ${error.message}`);
}
server.close();

// Report.
const pad = (s, n) => String(s).padEnd(n);
console.log('\nBuilt JS in dist/ (bytes)');
console.log(`${pad('file', 48)}${pad('min', 9)}${pad('gzip', 9)}brotli`);
for (const f of files) console.log(`${pad(f.file, 48)}${pad(f.min, 9)}${pad(f.gzip, 9)}${f.brotli}`);
console.log(`\n${pad('figure', 66)}${pad('value', 12)}${pad('budget', 9)}result`);
for (const r of rows) {
  console.log(`${pad(r.what, 66)}${pad(`${r.value} ${r.unit}`, 12)}${pad(r.budget, 9)}${r.pass ? 'pass' : 'FAIL'}${r.note ? `  (${r.note})` : ''}`);
}
if (floor) {
  console.log(`\nOne card's JS before any chart (gzip), against its 12 KB budget: the files, and Lit alone (${floor.lit.modules.join(', ')}, what src/ imports, minified as the package is)`);
  for (const f of floor.files) console.log(`${pad(f.file, 48)}${(f.gzip / KB).toFixed(1)} KB`);
  console.log(`${pad('all', 48)}${(floor.total / KB).toFixed(1)} KB; Lit alone, built on its own: ${(floor.lit.gzip / KB).toFixed(1)} KB`);
}
console.log('\nScaling: tally cards appended at once to a fresh page (render → the frame that shows them; median of 3 pages, heap the largest)');
console.log(`${pad('cards', 8)}${pad('render ms', 12)}${pad('marginal ms/card', 18)}heap MB`);
for (const r of scaling) console.log(`${pad(r.n, 8)}${pad(r.ms.toFixed(1), 12)}${pad(r.marginal.toFixed(2), 18)}${r.heapMb.toFixed(1)}`);
console.log('\nNavigation → first drawn tally chart (median ms): ours (one card), ours (six elements), ours (six, without reserve.css), hand-written Chart.js');
for (const [network, m] of Object.entries(comparison.drawn)) {
  console.log(`${pad(network, 36)}${pad(m.ours.toFixed(0), 8)}${pad(m['ours-six'].toFixed(0), 8)}${pad(m['ours-six-unreserved'].toFixed(0), 8)}${m.hand.toFixed(0)}   (×${(m.ours / m.hand).toFixed(2)} / ×${(m['ours-six'] / m.hand).toFixed(2)} / ×${(m['ours-six-unreserved'] / m.hand).toFixed(2)})`);
}
const seconds = (performance.now() - started) / 1000;
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench/report.json'),
  JSON.stringify({ date: new Date().toISOString(), chromium: CHROMIUM, seconds, files, figures: rows, comparison, scaling, floor, lighthouse }, null, 2),
);
console.log(`\nbench/report.json written (${seconds.toFixed(0)} s)`);
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
