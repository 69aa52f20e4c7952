// npm run bench: sizes, load, render, layout shift, memory, hand-written
// comparison and Lighthouse, each beside its budget (bench/budgets.json).
// Writes bench/report.json (`npm run bench:report` turns it into
// docs/benchmark.md). Not a test: figures vary by machine.
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
import { measureBytes } from './bench/bytes.mjs';
import { barsProbe } from './bench/bars.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = CHROMIUM_ARGS;
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
/** The budgets (bench/budgets.json), by id: `max` (inclusive unless `below`) or `min`. */
const BUDGETS = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')).budgets;
const budget = (id) => {
  const b = BUDGETS[id];
  if (!b) throw new Error(`bench/budgets.json has no budget "${id}"`);
  const suffix = b.unit === '×' ? '× hand' : '';
  const label = 'min' in b ? `≥ ${b.min}` : `${b.below ? '<' : '≤'} ${b.max}${suffix}`;
  const meets = (v) => ('min' in b ? v >= b.min : b.below ? v < b.max : v <= b.max);
  return { id, label, meets, limit: b.max ?? b.min };
};
/** One line of the report: a figure, its budget (by id in bench/budgets.json) and whether `compared` meets it (the value itself unless given). */
function record(what, value, unit, budgetId, note = '', details = undefined, compared = value) {
  // A figure shown for comparison only (budgetId null) has no budget to miss.
  const b = budgetId ? budget(budgetId) : { label: '—', meets: () => true };
  rows.push({
    what,
    value: Number(value.toFixed(unit === 'score' ? 2 : 3)),
    unit,
    budget: b.label,
    budgetId,
    pass: !budgetId || (Number.isFinite(compared) && b.meets(compared)),
    note,
    details,
  });
}
/** `BENCH_SECTIONS=bytes,times` runs only those sections (bytes, render, fifty, cls, cycles, times, scaling); all by default. */
const SECTIONS = process.env.BENCH_SECTIONS?.split(',').map((s) => s.trim());
const wanted = (section) => !SECTIONS || SECTIONS.includes(section);

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
const chunkNamed = (name) =>
  files
    .map((f) => f.file)
    .find((f) => new RegExp(`^dist/chunks/${name}-[^/]+\\.js$`).test(f))
    ?.slice('dist/'.length);
const preload = {
  core: chunkNamed('core'),
  chart: chunkNamed('chart-kit'),
  text: { it: chunkNamed('text-it'), en: chunkNamed('text-en') },
};
const { server, origin } = await startServer(
  root,
  benchPages(
    story,
    snippet,
    TAGS,
    preload.core && preload.chart && preload.text.it && preload.text.en ? preload : null,
  ),
);

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
const scripts = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );

try {
  // 2. The byte ceilings, counted as `npm test` counts them (scripts/bench/bytes.mjs, the one function both call).
  if (wanted('bytes')) {
    const bytes = await measureBytes(root);
    const names = (files) => files.map((f) => f.file);
    const textGz = gz(readFileSync(join(root, 'dist', preload.text.it)));
    for (const [tag, c] of Object.entries(bytes.cards)) {
      record(
        `JS for one card via its own entry, before its chart (${tag}.js and its static imports, gzip)`,
        c.gzip / KB,
        'KB',
        'js.oneCard',
        `${c.files.length} files; the story's text in one language, loaded lazily before the first render: ${(textGz / KB).toFixed(1)} KB more`,
        names(c.files),
      );
    }
    record(
      'JS before any chart, the one script and its static imports (gzip)',
      bytes.oneScript.gzip / KB,
      'KB',
      'js.oneScript',
      `${bytes.oneScript.files.length} files`,
      names(bytes.oneScript.files),
    );
    record(
      'chart chunk, loaded lazily when the chart is needed (gzip)',
      bytes.chartChunk.gzip / KB,
      'KB',
      'js.chartChunk',
      names(bytes.chartChunk.files).join(', '),
    );
    for (const [tag, langs] of Object.entries(bytes.prerendered)) {
      const worst = Object.entries(langs).sort((x, y) => y[1].gzip - x[1].gzip)[0];
      record(
        `pre-rendered card HTML, <${tag}> (renderWidget, gzip, the larger of it/en)`,
        worst[1].gzip / KB,
        'KB',
        'ssr.cardHtml',
        `${worst[0]}; its stylesheet dist/css/${tag}.css: ${(worst[1].stylesheetGzip / KB).toFixed(1)} KB gzip, once per page, cached`,
      );
    }
    const one = bytes.cards['ceasefire-status'];
    floor = {
      files: one.files.map((f) => ({ file: `/dist/${f.file}`, gzip: f.gzip })),
      total: one.gzip,
      text: { file: `/dist/${preload.text.it}`, gzip: textGz },
      lit: await litAlone(root),
    };
  }

  // 3. First render of each element after its script runs (connect → updateComplete → the frame that shows it), 25 runs each.
  if (wanted('render')) {
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
      record(
        `first render <${tag}> (median of 25)`,
        m,
        'ms',
        widgets.find((w) => w.tag === tag).story ? 'render.card' : 'render.story',
      );
    }
    await page.close();
  }

  // 4. 50 mixed widgets on one page, all rendered (5 runs on fresh pages, median).
  if (wanted('fifty')) {
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
          await Promise.all(
            els.flatMap((el) => [...el.shadowRoot.querySelectorAll('*')].map((card) => card.updateComplete)),
          );
          const script = performance.now() - t0;
          return script + (await window.__frameWork());
        }, CARDS),
      );
      await page.close();
    }
    const m = median(runs);
    record(
      '50 mixed widgets rendered (median of 5)',
      m,
      'ms',
      'render.fifty',
      'the five cards in turn, it/en; <dprk-russia-story> is a page of them',
    );
  }

  // 5. Layout shift from upgrade, data (src) and chart loading, with dist/reserve.css and snippet fallback content.
  if (wanted('cls')) {
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
          // A canvas chart says when it is drawn; HTML bars are drawn with the card's own render.
          await (tally.chart?.ready ?? tally.updateComplete);
          await new Promise((r) => setTimeout(r, 1500));
          return window.__cls;
        }),
      );
      await page.close();
    }
    const worst = Math.max(...values);
    record(
      'CLS: upgrade + src data + chart (640px column / 375px phone)',
      worst,
      '',
      'cls',
      values.map((v) => v.toFixed(4)).join(' / '),
    );
  }

  // 6. 500 connect/disconnect cycles: heap growth after GC and live Chart instances.
  if (wanted('cycles')) {
    const page = await open('/bench/blank.html');
    const cdp = await page.createCDPSession();
    const heap = async () => {
      await page.evaluate(() => {
        window.gc();
        window.gc();
      });
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const chartKit = '/' + files.find((f) => /chunks\/chart-kit-.*\.js$/.test(f.file)).file;
    const cycle = (n) =>
      page.evaluate(
        async (n, tags) => {
          await Promise.all(tags.map((t) => customElements.whenDefined(t)));
          const host = document.getElementById('host');
          for (let i = 0; i < n; i++) {
            const el = document.createElement(tags[i % tags.length]);
            host.append(el);
            await el.updateComplete;
            if (el.chart) await Promise.race([el.chart.ready, new Promise((r) => setTimeout(r, 500))]);
            el.remove();
          }
        },
        n,
        CARDS,
      );
    await cycle(20); // warm-up: chunks loaded, styles adopted
    const h0 = await heap();
    await cycle(500);
    const h1 = await heap();
    // null: the chart chunk exports no Chart, the cards draw no Chart.js chart (the tally's bars are HTML; Chart.js draws only its PNG).
    const live = await page.evaluate(async (url) => {
      const { Chart } = await import(url);
      return Chart ? Object.keys(Chart.instances).length : null;
    }, chartKit);
    const growth = (h1 - h0) / KB / KB;
    record(
      'live Chart instances after 500 cycles',
      live ?? 0,
      '',
      'cycles.liveCharts',
      live === null ? 'no Chart.js chart on a card: the chart chunk draws only the PNG download' : '',
    );
    record(
      'heap growth after 500 cycles (after GC)',
      growth,
      'MB',
      'cycles.heapGrowth',
      `${(h0 / KB / KB).toFixed(1)} → ${(h1 / KB / KB).toFixed(1)} MB`,
    );
    await page.close();
  }

  // 7. Bars visible: navigation → the first frame with the tally's bars on screen (scripts/bench/bars.mjs, the same
  //    probe on every page), beside the same chart written by hand with Chart.js's UMD build (= chart.js/auto),
  //    its first drawn chart; page by page, interleaved, in the same run: on loopback, then on a throttled phone.
  if (wanted('times')) {
    const NETWORKS = {
      loopback: null,
      // A mid-range phone on a slow link (Lighthouse's mobile figures): the waterfall of requests shows.
      'throttled (150 ms RTT, 1.6 Mbps, 4× CPU)': {
        cpu: 4,
        network: {
          offline: false,
          latency: 150,
          downloadThroughput: (1.6e6 / 8) * 0.9,
          uploadThroughput: (750e3 / 8) * 0.9,
        },
      },
    };
    const PAGES = {
      hand: '/bench/hand.html',
      prerendered: '/dist/embed/dprk-russia-tally.it.light.html',
      readme: '/bench/readme-one.html',
      'readme+preload': '/bench/readme-one-preload.html',
      'readme+text': '/bench/readme-one-preload-text.html',
      'readme-six': '/bench/readme-six.html',
      'readme-six+preload': '/bench/readme-six-preload.html',
      'readme-entry': '/bench/readme-entry.html',
      generator: '/bench/ours.html',
    };
    const REPS = {
      loopback: Number(process.env.BENCH_REPS_LOOPBACK) || 9,
      throttled: Number(process.env.BENCH_REPS_THROTTLED) || 5,
    };
    for (const [network, conditions] of Object.entries(NETWORKS)) {
      const times = Object.fromEntries(Object.keys(PAGES).map((k) => [k, []]));
      const missing = new Set();
      const reps = conditions ? REPS.throttled : REPS.loopback;
      for (let i = 0; i < reps; i++) {
        for (const [which, path] of Object.entries(PAGES)) {
          if (missing.has(which)) continue;
          const page = await browser.newPage();
          await page.setCacheEnabled(false);
          await page.evaluateOnNewDocument(barsProbe);
          if (conditions) {
            const cdp = await page.createCDPSession();
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpu });
            await cdp.send('Network.enable');
            await cdp.send('Network.emulateNetworkConditions', conditions.network);
          }
          await page.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
          try {
            await page.waitForFunction(() => window.__bars !== undefined, { timeout: conditions ? 30_000 : 10_000 });
            times[which].push(await page.evaluate(() => window.__bars));
          } catch {
            // No bar on screen in the first round (a page without them): shown as missing, not waited for again.
            // A later round that times out is one lost sample, not a page without bars.
            if (times[which].length === 0) missing.add(which);
          }
          if (i === 0 && !conditions && ['hand', 'readme', 'readme-six'].includes(which)) {
            await new Promise((r) => setTimeout(r, 500));
            const urls = await scripts(page);
            comparison.bytes[which] = urls.reduce((sum, u) => sum + gzipOf(u), 0);
            comparison.files[which] = urls.map((u) => new URL(u).pathname);
          }
          await page.close();
        }
      }
      const m = Object.fromEntries(
        Object.entries(times).map(([k, xs]) => [k, xs.length && !missing.has(k) ? median(xs) : NaN]),
      );
      comparison.drawn[network] = m;
      (comparison.samples ??= {})[network] = times;
      const ms = (k) => (Number.isFinite(m[k]) ? `${m[k].toFixed(0)} ms` : 'no bars on screen');
      const ratio = (k) => m[k] / m.hand;
      const x = (k) => (Number.isFinite(ratio(k)) ? `×${ratio(k).toFixed(2)}` : '');
      const row = (what, k, id, note = '') =>
        record(
          `navigation → ${what}, ${network} (median of ${reps})`,
          Number.isFinite(m[k]) ? m[k] : 0,
          'ms',
          id,
          `${Number.isFinite(m[k]) ? x(k) : 'no part="bar" with a width on screen'}; hand-written: ${ms('hand')}${note}`,
          undefined,
          ratio(k),
        );
      row(
        'bars visible, pre-rendered tally (dist/embed/…it.light.html)',
        'prerendered',
        conditions ? 'ssr.barsVsHand' : null,
      );
      row(
        "bars visible, README's one-script snippet as shown, one card",
        'readme',
        'drawn.oneCard',
        `; with preloads: ${ms('readme+preload')} ${x('readme+preload')}`,
      );
      row(
        "bars visible, README's one-script snippet as shown, six elements",
        'readme-six',
        'drawn.sixElements',
        `; with preloads: ${ms('readme-six+preload')} ${x('readme-six+preload')}`,
      );
      row('bars visible, one-script snippet with preloads, one card', 'readme+preload', null);
      row("bars visible, one-script snippet with the text chunk's preload alone, one card", 'readme+text', null);
      row('bars visible, one-script snippet with preloads, six elements', 'readme-six+preload', null);
      row(
        "bars visible, the README's own-entry snippet (dprk-russia-tally.js, no preloads), one card",
        'readme-entry',
        null,
      );
      row("bars visible, the generator's snippet (own entry, preloads), one card", 'generator', null);
    }
  }
  if (comparison.bytes.hand && comparison.bytes['readme-six']) {
    const { bytes } = comparison;
    const r = bytes['readme-six'] / bytes.hand;
    record(
      'all JS by the time the bars are visible, six-element page vs hand-written one-chart page (gzip)',
      bytes['readme-six'] / KB,
      'KB',
      'js.allVsHand',
      `hand-written: ${(bytes.hand / KB).toFixed(1)} KB; ×${r.toFixed(2)}; one tally card: ${(bytes.readme / KB).toFixed(1)} KB`,
      undefined,
      r,
    );
  }

  // 8. Scaling: 1 … 1,000 tally cards appended at once to a fresh page (render → the frame that shows them), heap after GC.
  //    Each count on three fresh pages, the median kept: one page's time swings by tens of ms here, and a
  //    marginal cost taken between two single runs can even come out below zero.
  if (wanted('scaling')) {
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
        await page.evaluate(() => {
          window.gc();
          window.gc();
        });
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
    record(
      'marginal ms per tally card, 1,000 vs 50 on the page',
      flat,
      '×',
      'scale.marginal',
      `${measurable ? '' : 'not measurable this run: no cost at 50; '}${scaling.map((r) => `${r.n}: ${r.marginal.toFixed(2)} ms`).join(', ')}`,
      undefined,
      measurable ? flat : Infinity,
    );
    record(
      '1,000 tally cards rendered',
      at(1000).ms,
      'ms',
      'scale.thousand',
      `median of ${RUNS}; heap ${at(1000).heapMb.toFixed(1)} MB`,
    );
  }
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

// 9. Lighthouse on the built demo page (BENCH_LIGHTHOUSE=0 leaves it out, for a quicker run).
let lighthouse = null;
if (process.env.BENCH_LIGHTHOUSE !== '0')
  try {
    const { default: lh } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const lhDir = mkdtempSync(join(tmpdir(), 'drw-lh-'));
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: [...ARGS, `--user-data-dir=${lhDir}`],
      userDataDir: false,
    });
    try {
      const budgets = Object.fromEntries(
        ['performance', 'accessibility', 'best-practices'].map((id) => [id, budget(`lighthouse.${id}`).limit]),
      );
      lighthouse = {};
      const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
      for (const [preset, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ]) {
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
            .map(
              (ref) => `${ref.id} (${audits[ref.id].title}: ${audits[ref.id].displayValue ?? audits[ref.id].score})`,
            );
          summary[id] = { score: cat.score, failing };
          // What the console said, when that is the audit that fails.
          const logged = audits['errors-in-console'].details?.items?.map((item) =>
            `${item.source}: ${item.description} ${item.sourceLocation?.url ?? ''}`.trim(),
          );
          if (id === 'best-practices' && logged?.length) failing.push(`console: ${logged.join(' | ')}`);
          record(
            `Lighthouse ${id} (demo page, ${preset}, median of 3)`,
            cat.score,
            'score',
            `lighthouse.${id}`,
            cat.score >= min ? '' : failing.join('; '),
          );
        }
        for (const id of [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ]) {
          summary[id] = audits[id].displayValue;
        }
      }
    } finally {
      await chrome.kill();
      rmSync(lhDir, { recursive: true, force: true });
    }
  } catch (error) {
    record('Lighthouse (did not run)', 0, 'score', 'lighthouse.performance', `did not run: ${error.message}`);
  }
server.close();

// Report.
const pad = (s, n) => String(s).padEnd(n);
console.log('\nBuilt JS in dist/ (bytes)');
console.log(`${pad('file', 48)}${pad('min', 9)}${pad('gzip', 9)}brotli`);
for (const f of files) console.log(`${pad(f.file, 48)}${pad(f.min, 9)}${pad(f.gzip, 9)}${f.brotli}`);
console.log(`\n${pad('figure', 66)}${pad('value', 12)}${pad('budget', 9)}result`);
for (const r of rows) {
  console.log(
    `${pad(r.what, 66)}${pad(`${r.value} ${r.unit}`, 12)}${pad(r.budget, 9)}${!r.budgetId ? '—' : r.pass ? 'pass' : 'FAIL'}${r.note ? `  (${r.note})` : ''}`,
  );
}
if (floor) {
  console.log(
    `\nOne card's JS before any chart (gzip), against its ${budget('js.oneCard').label} KB budget: the files, and Lit alone (${floor.lit.modules.join(', ')}, what src/ imports, minified as the package is)`,
  );
  for (const f of floor.files) console.log(`${pad(f.file, 48)}${(f.gzip / KB).toFixed(1)} KB`);
  console.log(
    `${pad('all', 48)}${(floor.total / KB).toFixed(1)} KB; Lit alone, built on its own: ${(floor.lit.gzip / KB).toFixed(1)} KB`,
  );
  console.log(`${pad(`${floor.text.file} (lazy, not counted)`, 48)}${(floor.text.gzip / KB).toFixed(1)} KB`);
}
console.log(
  '\nScaling: tally cards appended at once to a fresh page (render → the frame that shows them; median of 3 pages, heap the largest)',
);
console.log(`${pad('cards', 8)}${pad('render ms', 12)}${pad('marginal ms/card', 18)}heap MB`);
for (const r of scaling)
  console.log(`${pad(r.n, 8)}${pad(r.ms.toFixed(1), 12)}${pad(r.marginal.toFixed(2), 18)}${r.heapMb.toFixed(1)}`);
const LABELS = {
  hand: 'hand',
  prerendered: 'pre-rend.',
  readme: 'README',
  'readme+preload': '+preload',
  'readme+text': '+text only',
  'readme-six': 'README ×6',
  'readme-six+preload': '×6 +preload',
  'readme-entry': 'own entry',
  generator: 'generator',
};
for (const [network, m] of Object.entries(comparison.drawn)) {
  console.log(`\nNavigation → bars visible (median ms, ×hand-written), ${network}`);
  for (const [k, v] of Object.entries(m))
    console.log(
      `${pad(LABELS[k] ?? k, 14)}${pad(Number.isFinite(v) ? v.toFixed(0) : '—', 8)}${Number.isFinite(v) ? `×${(v / m.hand).toFixed(2)}` : 'no bars on screen'}`,
    );
}
const seconds = (performance.now() - started) / 1000;
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench/report.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      chromium: CHROMIUM,
      seconds,
      files,
      figures: rows,
      comparison,
      scaling,
      floor,
      lighthouse,
    },
    null,
    2,
  ),
);
console.log(`\nbench/report.json written (${seconds.toFixed(0)} s)`);
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
