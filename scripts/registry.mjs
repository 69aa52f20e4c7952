// The widget registry (src/widgets.ts) as Node tools see it, and the files the
// build derives from it. `syncFromRegistry()` rewrites them when they drift;
// tests/registry.test.ts checks them in the browser.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { cssLiteralsEsbuild } from './css-literals.mjs';

/** Bundles a TypeScript module for Node, in memory, and imports it (its CSS minified as the package's is: scripts/css-literals.mjs). */
export async function importTs(entry) {
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error', plugins: [cssLiteralsEsbuild()] });
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

/** `src/elements/index.ts`: every widget's registration module. */
export function elementsIndex(widgets) {
  return [
    '// Written by scripts/build.mjs from the registry (src/widgets.ts): do not edit by hand.',
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
    ...widgets.map((w) => `./${defineModule(w.tag)}`),
    './src/charts/chart-kit.ts',
    './src/embed/host/iframe-resizer.ts',
    './src/embed/page/main.ts',
  ];
  return { exports, sideEffects };
}

/** Rewrites the derived files that drifted from the registry; returns their names. */
export async function syncFromRegistry() {
  const widgets = await loadWidgets();
  const changed = [];
  const index = elementsIndex(widgets);
  let current = '';
  try {
    current = readFileSync('src/elements/index.ts', 'utf8');
  } catch {}
  if (current !== index) {
    writeFileSync('src/elements/index.ts', index);
    changed.push('src/elements/index.ts');
  }
  const text = readFileSync('package.json', 'utf8');
  const pkg = JSON.parse(text);
  Object.assign(pkg, packageFields(widgets));
  const next = `${JSON.stringify(pkg, null, 2)}\n`;
  if (next !== text) {
    writeFileSync('package.json', next);
    changed.push('package.json');
  }
  return { widgets, changed };
}
