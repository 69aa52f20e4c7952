// `npm run build`: everything a newsroom deploys, in dist/, static and self-contained:
// - the module bundles (all-in-one, one per widget, the chart chunk), types;
// - the iframe embed page (dist/embed.html) with its script, and the resizer;
// - reserve.css and the story's JSON Schema;
// - the demo site (dist/demo/: article page with the gallery and the generator, story page).
// Copy dist/ to any static host, under any path (docs/embedding.md, "Host it yourself").
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { rollup } from 'rollup';
import { SYNC_COMMAND, importTs, registryDrift } from './registry.mjs';

const started = Date.now();

// Files that follow the widget registry (src/widgets.ts) are checked, never written:
// a build (and so `npm test`) leaves the checkout as it found it. `npm run sync`
// writes them, and builds with --no-heights-check before it has measured a new widget.
const drift = await registryDrift({ heights: !process.argv.includes('--no-heights-check') });
if (drift.length) {
  console.error(
    `build: out of step with the widget registry (src/widgets.ts):\n  ${drift.join('\n  ')}\nRun \`${SYNC_COMMAND}\` to rewrite them, then commit the result.`,
  );
  process.exit(1);
}
rmSync('dist', { recursive: true, force: true });

// The bundled story must pass its own schema.
const tools = await importTs('scripts/schema-tools.ts');
const result = tools.validateStory(JSON.parse(readFileSync('data/story.json', 'utf8')));
if (!result.ok) {
  console.error('data/story.json does not match the schema:\n  ' + result.errors.join('\n  '));
  process.exit(1);
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/story.schema.json', JSON.stringify(tools.storyJsonSchema(), null, 2));

const configs = (await import('../rollup.config.mjs')).default;
for (const config of configs) {
  const bundle = await rollup(config);
  await bundle.write(config.output);
  await bundle.close();
}

// Static files, copied as they are: the embed page and the demo site's pages and styles.
const copy = (from, to) => {
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
};
copy('src/embed/page/embed.html', 'dist/embed.html');
copy('src/embed/page/embed.css', 'dist/embed/embed.css');
for (const file of globSync('demo/*.{html,css}')) copy(file, `dist/${file}`);
// The desk editor's page and style (src/editor/): dist/editor.html, beside the bundle it previews.
copy('src/editor/editor.html', 'dist/editor.html');
copy('src/editor/editor.css', 'dist/editor/editor.css');

const tsc = spawnSync('tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// Types that import the data (data/style.json gives the label keys) point at the
// package's own data/ folder: dist/types/ sits one level deeper than src/.
// Only imports that leave src/ (as many `../` as the file is deep, plus one) are the top-level data/.
for (const file of globSync('dist/types/**/*.d.ts')) {
  const depth = file.split('/').length - 3; // folders below dist/types/
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(/from '((?:\.\.\/)+)data\//g, (whole, up) =>
    up.length / 3 === depth + 1 ? `from '../${up}data/` : whole,
  );
  if (fixed !== text) writeFileSync(file, fixed);
}

// The CSS that reserves the widgets' space, as files for pages whose
// Content-Security-Policy forbids inline <style> (src/embed/host/reserve.ts is its source):
// every widget's in reserve.css, and each widget's own in reserve/<tag>.css, which a
// snippet loading that widget's own entry links (a fraction of the bytes and of the CSS to parse).
const { reserveFiles } = await importTs('src/embed/host/reserve.ts');
for (const [file, css] of Object.entries(reserveFiles())) {
  mkdirSync(dirname(`dist/${file}`), { recursive: true });
  writeFileSync(
    `dist/${file}`,
    `/* dprk-russia-widgets: holds each widget's space before its script runs (docs/embedding.md, "Reserve the space"). */\n${css}\n`,
  );
}

// Pre-rendered: element stylesheets, the server API (dist/ssr.js), static embed pages, the story page (scripts/prerender.mjs).
const { prerender } = await import('./prerender.mjs');
await prerender({ version: JSON.parse(readFileSync('package.json', 'utf8')).version });

// custom-elements.json, from the JSDoc on the element classes (custom-elements-manifest.config.mjs).
const { cli: analyze } = await import('@custom-elements-manifest/analyzer/cli.js');
await analyze({ argv: ['analyze', '--quiet'], cwd: process.cwd() });
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
