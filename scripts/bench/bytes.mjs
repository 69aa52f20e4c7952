// The byte ceilings of bench/budgets.json, measured on the built dist/: the one
// function both `npm test` (tests/node/budgets.test.mjs) and `npm run bench`
// call, so the test and the benchmark can never disagree on what a ceiling counts.
// Bytes only: gzip level 9 of each file as it ships; never a time.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ALL_ENTRY, loadWidgets } from '../registry.mjs';

export const KB = 1024;
export const gzipBytes = (buf) => gzipSync(buf, { level: 9 }).length;

/** The budgets of bench/budgets.json, by id. */
export function readBudgets(root) {
  return JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')).budgets;
}

/**
 * Every import of each built module under `entry`, static and lazy, as esbuild
 * reads them (an import statement, `export … from`, or `import()`): a parser,
 * not a pattern, since a card's text may well contain the word "import".
 */
async function importGraph(dist, entry) {
  const { metafile } = await build({
    entryPoints: [join(dist, entry)],
    absWorkingDir: dist,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
  });
  const graph = new Map();
  for (const [file, { imports }] of Object.entries(metafile.inputs)) {
    graph.set(
      resolve(dist, file),
      imports
        .filter((i) => !i.external)
        .map((i) => ({ file: resolve(dist, i.path), lazy: i.kind === 'dynamic-import' })),
    );
  }
  return graph;
}

/** `entry` and every module it imports statically, transitively: what a browser fetches before any lazy chunk. */
function staticClosure(graph, start) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const { file, lazy } of graph.get(queue.shift()) ?? []) {
      if (lazy || seen.has(file)) continue;
      seen.add(file);
      queue.push(file);
    }
  }
  return [...seen];
}

const sized = (dist, files) => {
  const list = files.map((file) => ({ file: relative(dist, file), gzip: gzipBytes(readFileSync(file)) }));
  return { files: list, gzip: list.reduce((sum, f) => sum + f.gzip, 0) };
};

/**
 * What each byte ceiling counts, on `dist` as built:
 * - `cards`: each card's own entry (`<tag>.js`) and every chunk it imports statically (the lazy ones, the
 *   chart and the language's text among them, are not counted: they load after it or not at all);
 * - `oneScript`: the one script (all elements) and its static imports;
 * - `chartChunk`: the chart chunk (`chunks/chart-kit-*.js`) and what it imports statically that the tally's
 *   entry has not already loaded;
 * - `html`: each card pre-rendered by `renderWidget()` (dist/ssr.js), in Italian and English, and the
 *   stylesheet its shadow root links (dist/css/<tag>.css), counted apart: a page loads it once per tag
 *   and the browser caches it.
 * The story (`<dprk-russia-story>`) is a page of the five cards, not a card: it is in none of the card
 * ceilings.
 * @param {string} root the repository
 */
export async function measureBytes(root, { html = true } = {}) {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, `${ALL_ENTRY}.js`)))
    throw new Error(`dist/${ALL_ENTRY}.js is missing: build first (node scripts/build.mjs)`);
  const widgets = await loadWidgets();
  const cardTags = widgets.filter((w) => w.story).map((w) => w.tag);

  const cards = {};
  for (const tag of cardTags) {
    const graph = await importGraph(dist, `${tag}.js`);
    cards[tag] = sized(dist, staticClosure(graph, join(dist, `${tag}.js`)));
  }
  const oneGraph = await importGraph(dist, `${ALL_ENTRY}.js`);
  const oneScript = sized(dist, staticClosure(oneGraph, join(dist, `${ALL_ENTRY}.js`)));

  // The chart chunk, as the tally's entry reaches it (lazily, at any depth).
  const tally = widgets.find((w) => w.chartAtTop)?.tag ?? 'dprk-russia-tally';
  const tallyGraph = await importGraph(dist, `${tally}.js`);
  const chartFile = [...tallyGraph.keys()].find((f) => /^chart-kit-[^/]+\.js$/.test(relative(join(dist, 'chunks'), f)));
  if (!chartFile)
    throw new Error(
      `no dist/chunks/chart-kit-*.js reached from dist/${tally}.js: the chart chunk was renamed or is gone`,
    );
  const before = new Set(staticClosure(tallyGraph, join(dist, `${tally}.js`)));
  const chartChunk = sized(
    dist,
    staticClosure(tallyGraph, chartFile).filter((f) => !before.has(f)),
  );

  let prerendered = null;
  if (html) {
    const ssr = await import(pathToFileURL(join(dist, 'ssr.js')).href);
    prerendered = {};
    for (const tag of cardTags) {
      const css = gzipBytes(readFileSync(join(dist, 'css', `${tag}.css`)));
      prerendered[tag] = {};
      for (const lang of ['it', 'en']) {
        const markup = await ssr.renderWidget(tag, { lang, theme: 'light' });
        prerendered[tag][lang] = { raw: Buffer.byteLength(markup), gzip: gzipBytes(markup), stylesheetGzip: css };
      }
    }
  }
  return { cards, oneScript, chartChunk, prerendered };
}
