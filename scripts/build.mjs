// Build: validate the bundled story, bundle with Rollup, emit type declarations
// and the story's JSON Schema (for editors who edit data/story.json by hand).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

rmSync('dist', { recursive: true, force: true });

// The schema is TypeScript: bundle it for Node once, in memory.
const { outputFiles } = await build({
  entryPoints: ['scripts/schema-tools.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const tools = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const result = tools.validateStory(JSON.parse(readFileSync('data/story.json', 'utf8')));
if (!result.ok) {
  console.error('data/story.json does not match the schema:\n  ' + result.errors.join('\n  '));
  process.exit(1);
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/story.schema.json', JSON.stringify(tools.storyJsonSchema(), null, 2));

const bundle = await rollup({ ...config, onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)) });
await bundle.write(config.output);
await bundle.close();

const tsc = spawnSync('tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// The snippet CSS that reserves each widget's space, as a file for pages whose
// Content-Security-Policy forbids inline <style> (src/embed/reserve.ts is its source).
const reserve = await build({ entryPoints: ['src/embed/reserve.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false });
const { reserveCss } = await import(`data:text/javascript;base64,${Buffer.from(reserve.outputFiles[0].text).toString('base64')}`);
writeFileSync('dist/reserve.css', `/* dprk-russia-widgets: holds each widget's space before its script runs (README, "Reserve the space"). */\n${reserveCss()}\n`);

// custom-elements.json, from the JSDoc on the element classes (custom-elements-manifest.config.mjs).
const { cli: analyze } = await import('@custom-elements-manifest/analyzer/cli.js');
await analyze({ argv: ['analyze', '--quiet'], cwd: process.cwd() });
console.log('built dist/');
