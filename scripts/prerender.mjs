// The pre-rendered part of dist/ (issue #14), run by scripts/build.mjs after the bundles:
// - dist/css/<tag>.css: each element's styles, linked from its pre-rendered shadow root;
// - dist/ssr.js: `dprk-russia-widgets/ssr`, the server API (Node), with its types from tsc;
// - dist/embed/<tag>.<lang>.<theme>.html: static iframe embed pages, the widget pre-rendered;
// - dist/demo/story.html: the story page with <dprk-russia-story> pre-rendered.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { importTs } from './registry.mjs';
import { cssLiteralsEsbuild } from './css-literals.mjs';

/** Packages dist/ssr.js imports rather than carries: the consumer's own copies, so Lit SSR and the elements share one Lit. */
const SSR_EXTERNAL = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/*',
  '@lit-labs/*',
  'chart.js',
  'chart.js/*',
  'valibot',
];

const write = (file, text) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

export async function prerender({ dist = 'dist', version = 'dev' } = {}) {
  const ssr = await importTs('src/ssr/build.ts');
  for (const { tag } of ssr.WIDGETS) write(`${dist}/css/${tag}.css`, ssr.elementCss(tag));

  await build({
    entryPoints: ['src/ssr/index.ts'],
    outfile: `${dist}/ssr.js`,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    external: SSR_EXTERNAL,
    define: { __DRW_VERSION__: JSON.stringify(version) },
    legalComments: 'none',
    logLevel: 'error',
    plugins: [cssLiteralsEsbuild()],
  });

  for (const { tag, lang, theme } of ssr.EMBED_VARIANTS) {
    write(`${dist}/${ssr.prerenderedEmbedFile(tag, lang, theme)}`, await ssr.embedPage(tag, lang, theme));
  }

  const storyPage = `${dist}/demo/story.html`;
  write(storyPage, await ssr.prerenderPage(readFileSync(storyPage, 'utf8'), { assets: '../' }));
  return { pages: ssr.EMBED_VARIANTS.length + 1 };
}
