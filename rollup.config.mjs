import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { ALL_ENTRY, loadWidgets, packageInputs } from './scripts/registry.mjs';
import { langSplit } from './scripts/lang-split.mjs';
import { cssLiterals } from './scripts/css-literals.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const widgets = await loadWidgets();

/** The minifier's settings, shared with the bench's measure of Lit alone (scripts/bench/floor.mjs). */
export const TERSER = {
  module: true,
  ecma: 2020,
  compress: { passes: 2, pure_getters: true },
  format: { comments: false },
};

// Lit resolves to its production build here (no `development` export condition), in everything shipped.
const plugins = () => [
  // Chart.js's colour library, cut to what Chart.js asks of it (src/charts/color-lite.ts).
  {
    name: 'color-lite',
    resolveId: (id) =>
      id === '@kurkle/color' ? fileURLToPath(new URL('./src/charts/color-lite.ts', import.meta.url)) : null,
  },
  // The schema module only builds validators: a card that imports one of its
  // vocabularies (re-exported from src/data/vocabulary.ts) must not load valibot with it.
  {
    name: 'schema-has-no-side-effects',
    transform: (code, id) =>
      id.replaceAll('\\', '/').endsWith('/src/data/schema.ts') ? { code, map: null, moduleSideEffects: false } : null,
  },
  nodeResolve({ browser: true }),
  json({ preferConst: true }),
  // The CSS in css`…` templates without its comments and spaces (scripts/css-literals.mjs).
  cssLiterals(),
  esbuild({
    target: 'es2022',
    minifySyntax: true,
    legalComments: 'none',
    define: { __DRW_VERSION__: JSON.stringify(pkg.version) },
  }),
  // Terser packs a few KB tighter than esbuild's minifier (measured: chart chunk 52.2 → 48.3 KB gzip).
  terser(TERSER),
];

/**
 * The package: one ES module per widget (from the registry, src/widgets.ts),
 * one that defines them all, the iframe embed page's script and the resizer.
 * Chart.js (and the data validator, needed only for data an embedder
 * supplies) land in their own chunks, imported lazily, so a page shows its
 * cards without them.
 */
const { [ALL_ENTRY]: allInOne, ...perWidget } = packageInputs(widgets);

/** Where and how both builds of the package write: ES modules in dist/, shared chunks under chunks/ with their content hash. */
const distOutput = {
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  sourcemap: true,
};

export const packageBuild = {
  input: perWidget,
  output: { ...distOutput, manualChunks },
  plugins: [langSplit(), ...plugins(), recordChunks('package')],
};

/**
 * The one-script embed (`dprk-russia-widgets.js`), built on its own so it is
 * one file: every element in it, nothing to fetch after it before the cards
 * render (a round trip each on a phone network). Only the lazy parts stay
 * apart: the chart chunk (the same file the per-widget entries load) and the
 * data loader with its validator.
 */
export const oneScriptBuild = {
  input: { [ALL_ENTRY]: allInOne },
  // The lazy chunks import what they share from the entry itself, not from a chunk between.
  preserveEntrySignatures: 'allow-extension',
  output: distOutput,
  plugins: [langSplit(), ...plugins(), recordChunks('one-script')],
};

/**
 * Fewer files on a page's critical path: what every widget needs (Lit, the
 * base card, i18n, the bundled story, the guards) is one chunk, `core`; the
 * validator (valibot and the schema) is one chunk loaded only with data an
 * embedder supplies; everything else follows Rollup's own splitting.
 */
function manualChunks(id) {
  const path = id.replaceAll('\\', '/');
  if (/\/node_modules\/valibot\//.test(path) || path.endsWith('/src/data/schema.ts')) return 'schema';
  if (/\/src\/i18n\/text-(it|en)\.ts$/.test(path)) return undefined; // each language its own chunk (scripts/lang-split.mjs)
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'core';
  if (/\/src\/(base|styles|i18n|guards)\//.test(path)) return 'core';
  if (/\/src\/data\/(story|derive|events|data-controller|vocabulary|dates)\.ts$/.test(path)) return 'core';
  if (/\/(data\/story\.json|src\/widgets\.ts|src\/define\.ts)$/.test(path)) return 'core';
  return undefined;
}

/**
 * The demo site's own scripts (dist/demo/): the page settings and the embed-code
 * generator. The widgets themselves are the package's files, loaded by the pages.
 */
/**
 * The hashed names of the chunks a snippet preloads (src/embed/authoring/snippet.ts,
 * PRELOAD_CHUNKS), taken from the package build and stamped into the generator
 * by the site build, which runs after it (scripts/build.mjs builds in order).
 */
export const preloadChunks = {};

function recordChunks(build) {
  return {
    name: 'record-chunks',
    generateBundle(_, bundle) {
      const named = (name) =>
        Object.values(bundle).find((f) => f.type === 'chunk' && !f.isEntry && f.name === name)?.fileName;
      const text = { it: named('text-it'), en: named('text-en') };
      if (build === 'package') Object.assign(preloadChunks, { core: named('core'), text });
      // The one-script embed loads the very same text files, so one preload serves both.
      else if (text.it !== preloadChunks.text.it || text.en !== preloadChunks.text.en)
        this.error(`the one-script build's text chunks (${text.it}, ${text.en}) are not the package's`);
    },
  };
}

const stampChunks = {
  name: 'stamp-preload-chunks',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/src/embed/authoring/snippet.ts')) return null;
    if (!preloadChunks.core || !preloadChunks.text?.it || !preloadChunks.text?.en)
      this.error('build the package before the site: the snippet needs its chunk names');
    return { code: code.replaceAll('__DRW_CHUNKS__', JSON.stringify(preloadChunks)), map: null };
  },
};

export const siteBuild = {
  input: { demo: 'demo/demo.ts', generator: 'demo/generator.ts' },
  output: {
    dir: 'dist/demo',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [...plugins(), stampChunks],
};

/**
 * The story check (src/data/check.ts) as one module, valibot inside, for
 * `npx dprk-russia-widgets check` (bin/dprk-russia-widgets.mjs) and the desk
 * editor. Not split by language: it reads the style sheet's rules, which the
 * cards never load. No widget imports it.
 */
export const checkBuild = {
  input: { check: 'src/data/check.ts' },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', sourcemap: true },
  plugins: plugins(),
};

/**
 * The desk editor (dist/editor.html): its script, with the validator, the
 * desk's rules and the article's text to check quotes against. The cards it
 * previews are the package's own, loaded by the page from dist/.
 */
const textModule = {
  name: 'text-module',
  transform: (code, id) =>
    id.endsWith('.txt') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null,
};
/** The editor runs the very check the command line runs: dist/check.js (checkBuild), imported, not bundled again. */
const sharedCheck = {
  name: 'shared-check',
  resolveId: (source, importer) =>
    importer?.replaceAll('\\', '/').includes('/src/editor/') && source.endsWith('/data/check.js')
      ? { id: '../check.js', external: true }
      : null,
};
export const editorBuild = {
  input: { editor: 'src/editor/editor.ts' },
  output: {
    dir: 'dist/editor',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [sharedCheck, textModule, ...plugins()],
};

export default [packageBuild, oneScriptBuild, siteBuild, checkBuild, editorBuild];
