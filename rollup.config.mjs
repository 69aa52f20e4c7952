import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * One ES module per element plus one that defines them all. Chart.js (and the
 * data validator, needed only for data an embedder supplies) land in their own
 * chunks, imported lazily, so a page shows its cards without them.
 */
export default {
  input: {
    'dprk-russia-widgets': 'src/index.ts',
    'dprk-russia-tally': 'src/dprk-russia-tally.ts',
    'ceasefire-status': 'src/ceasefire-status.ts',
    'dprk-russia-arms': 'src/dprk-russia-arms.ts',
    'dprk-russia-exchange': 'src/dprk-russia-exchange.ts',
    'dprk-russia-timeline': 'src/dprk-russia-timeline.ts',
    'dprk-russia-story': 'src/dprk-russia-story.ts',
    // The parent-page script of the iframe embed: tiny, shares nothing with the widgets.
    'embed/iframe-resizer': 'src/embed/iframe-resizer.ts',
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    json({ preferConst: true }),
    esbuild({
      target: 'es2022',
      minifySyntax: true,
      legalComments: 'none',
      define: { __DRW_VERSION__: JSON.stringify(pkg.version) },
    }),
    // Terser packs a few KB tighter than esbuild's minifier (measured: chart chunk 52.2 → 48.3 KB gzip).
    terser({ module: true, ecma: 2020, compress: { passes: 2, pure_getters: true }, format: { comments: false } }),
  ],
};
