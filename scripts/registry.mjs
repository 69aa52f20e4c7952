// The widget registry (src/widgets.ts) as Node tools see it, and the files
// derived from it. `registryDrift()` lists what differs from what the registry
// derives (the build fails on it); only `npm run sync` writes them
// (`syncFromRegistry()`, `syncMaxPx()`), so a build or a test run never changes the checkout.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { cssLiteralsEsbuild } from './css-literals.mjs';

/** Bundles a TypeScript module for Node, in memory, and imports it (its CSS minified as the package's is: scripts/css-literals.mjs). */
export async function importTs(entry) {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    plugins: [cssLiteralsEsbuild()],
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** @returns {Promise<{ tag: string, reservePx: number, story: string | null }[]>} */
export async function loadWidgets() {
  return (await importTs('src/widgets.ts')).WIDGETS;
}

/** The one-script embed, `dist/<package name>.js`: named after the package (src/embed/authoring/snippet.ts reads the same name). */
export const ALL_ENTRY = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).name;
export const defineModule = (tag) => `src/elements/${tag}/define.ts`;

/** Rollup inputs of the package: the all-in-one module, one per widget, and the two embed scripts. */
export function packageInputs(widgets) {
  return {
    [ALL_ENTRY]: 'src/index.ts',
    ...Object.fromEntries(widgets.map((w) => [w.tag, defineModule(w.tag)])),
    // The parent-page script of the iframe embed: tiny, shares nothing with the widgets.
    'embed/iframe-resizer': 'src/embed/host/iframe-resizer.ts',
    // The iframe embed page's script (dist/embed.html).
    'embed/embed-page': 'src/embed/page/main.ts',
  };
}

/**
 * `src/elements/story-cards.ts`: the registration modules of the cards `<dprk-russia-story>`
 * composes (`story` set in the registry), imported by the story's own registration so it upgrades
 * with its children defined. A file of its own, not the index, so nothing imports itself in a circle.
 */
export function storyCardsModule(widgets) {
  return [
    '// Written by `npm run sync` from the registry (src/widgets.ts): do not edit by hand.',
    "// Importing it defines every card <dprk-russia-story> composes (the registry's `story`).",
    ...widgets.filter((w) => w.story !== null).map((w) => `import './${w.tag}/define.js';`),
    '',
  ].join('\n');
}

/** `src/elements/index.ts`: every widget's registration module. */
export function elementsIndex(widgets) {
  return [
    '// Written by `npm run sync` from the registry (src/widgets.ts): do not edit by hand.',
    '// Importing it defines every widget.',
    ...widgets.map((w) => `export * from './${w.tag}/define.js';`),
    '',
  ].join('\n');
}

const entry = (name, types) => ({ types: `./dist/types/${types}.d.ts`, default: `./dist/${name}.js` });

/** package.json's `exports` and `sideEffects`, from the registry. */
export function packageFields(widgets) {
  const exports = {
    '.': entry(ALL_ENTRY, 'index'),
    ...Object.fromEntries(widgets.map((w) => [`./${w.tag}.js`, entry(w.tag, `elements/${w.tag}/define`)])),
    './embed/iframe-resizer.js': entry('embed/iframe-resizer', 'embed/host/iframe-resizer'),
    // Server rendering, for Node (scripts/prerender.mjs builds it).
    './ssr': entry('ssr', 'ssr/index'),
    './reserve.css': './dist/reserve.css',
    './reserve/*.css': './dist/reserve/*.css',
    './data/story.json': './data/story.json',
    './story.schema.json': './dist/story.schema.json',
    './custom-elements.json': './custom-elements.json',
    './package.json': './package.json',
  };
  // Modules that register elements or listen to the page when imported; everything else may be tree-shaken.
  const sideEffects = [
    `./dist/${ALL_ENTRY}.js`,
    ...widgets.map((w) => `./dist/${w.tag}.js`),
    './dist/embed/iframe-resizer.js',
    './dist/embed/embed-page.js',
    './dist/ssr.js',
    './dist/chunks/*.js',
    '*.css',
    // The same modules in src/: the build's node-resolve reads this list too, and would drop their registrations.
    './src/index.ts',
    './src/elements/index.ts',
    './src/elements/story-cards.ts',
    ...widgets.map((w) => `./${defineModule(w.tag)}`),
    './src/charts/chart-kit.ts',
    './src/embed/host/iframe-resizer.ts',
    './src/embed/page/main.ts',
  ];
  return { exports, sideEffects };
}

/** The command that rewrites every derived file; every drift message names it. */
export const SYNC_COMMAND = 'npm run sync';

const HEIGHTS = 'src/embed/host/heights.json';
const readText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** The files the registry derives, as they should read: `{ file: text }`. */
function derivedFiles(widgets) {
  const text = readFileSync('package.json', 'utf8');
  const pkg = JSON.parse(text);
  Object.assign(pkg, packageFields(widgets));
  return {
    'src/elements/index.ts': elementsIndex(widgets),
    'src/elements/story-cards.ts': storyCardsModule(widgets),
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
  };
}

/**
 * The tallest height the measured table holds for each widget, either language
 * (`maxPx` in src/widgets.ts must equal it; the element bundles cannot import
 * the table itself without carrying every widget's steps). Missing for a widget not measured yet.
 */
export function maxPxFromHeights(table = JSON.parse(readText(HEIGHTS) || '{}')) {
  return Object.fromEntries(
    Object.entries(table).map(([tag, byLang]) => [
      tag,
      Math.max(...Object.values(byLang).flatMap((steps) => steps.map(([, h]) => h))),
    ]),
  );
}

/** The column `reservePx` describes (an article's), and the height the table holds there, either language. */
export const RESERVE_WIDTH = 640;
export function heightAt(table, tag, width = RESERVE_WIDTH) {
  const byLang = table[tag];
  if (!byLang) return undefined;
  return Math.max(...Object.values(byLang).map((steps) => steps.filter(([from]) => width >= from).at(-1)?.[1] ?? 0));
}

/**
 * What differs from what the registry derives, as sentences (empty when in step):
 * src/elements/index.ts and package.json's `exports`/`sideEffects`; and, unless
 * `heights` is false, the measured heights table (one entry per widget, both
 * languages) and each widget's `maxPx`. Writes nothing.
 */
export async function registryDrift({ heights = true } = {}) {
  const widgets = await loadWidgets();
  const drift = [];
  for (const [file, text] of Object.entries(derivedFiles(widgets))) {
    if (readText(file) !== text) drift.push(`${file} does not list the registry's widgets as derived`);
  }
  if (heights) {
    const table = JSON.parse(readText(HEIGHTS) || '{}');
    const tags = widgets.map((w) => w.tag);
    const measured = Object.keys(table);
    for (const tag of tags)
      if (!['it', 'en'].every((lang) => table[tag]?.[lang]?.length))
        drift.push(`${HEIGHTS} has no measured heights for <${tag}> in both languages`);
    for (const tag of measured)
      if (!tags.includes(tag)) drift.push(`${HEIGHTS} measures <${tag}>, which the registry no longer has`);
    const most = maxPxFromHeights(table);
    for (const { tag, maxPx, reservePx } of widgets) {
      if (most[tag] !== undefined && most[tag] !== maxPx)
        drift.push(`src/widgets.ts gives <${tag}> maxPx ${maxPx}, the measured table ${most[tag]}`);
      const at = heightAt(table, tag);
      if (at !== undefined && reservePx < at)
        drift.push(
          `src/widgets.ts gives <${tag}> reservePx ${reservePx}, less than its measured ${at} px at ${RESERVE_WIDTH} px`,
        );
    }
  }
  return drift;
}

/** Rewrites src/elements/index.ts, story-cards.ts and package.json from the registry; returns the files it changed. */
export async function syncFromRegistry() {
  const widgets = await loadWidgets();
  const changed = [];
  for (const [file, text] of Object.entries(derivedFiles(widgets))) {
    if (readText(file) !== text) {
      writeFileSync(file, text);
      changed.push(file);
    }
  }
  return changed;
}

/**
 * Sets each widget's `maxPx` in src/widgets.ts to the measured table's, and
 * raises a `reservePx` below the card's measured height at 640 px to the next
 * 10 px above it (the iframe snippet's fixed height: a few pixels to spare
 * rather than a clipped card where fonts differ; one at or above the
 * height is left as chosen). Returns the files it changed.
 */
export async function syncMaxPx() {
  const file = 'src/widgets.ts';
  const table = JSON.parse(readText(HEIGHTS) || '{}');
  const most = maxPxFromHeights(table);
  const text = readFileSync(file, 'utf8');
  let next = text;
  const set = (tag, field, value) => {
    const entry = new RegExp(`(tag: '${tag}',[\\s\\S]*?${field}: )\\d+`);
    if (!entry.test(next)) throw new Error(`${file}: no \`${field}: <number>\` in the entry of <${tag}>`);
    next = next.replace(entry, `$1${value}`);
  };
  for (const { tag, reservePx } of await loadWidgets()) {
    if (most[tag] === undefined) continue;
    set(tag, 'maxPx', most[tag]);
    const at = heightAt(table, tag);
    if (reservePx < at) set(tag, 'reservePx', Math.floor(at / 10) * 10 + 10);
  }
  if (next === text) return [];
  writeFileSync(file, next);
  return [file];
}
