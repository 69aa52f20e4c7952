// `npm run sync`: the one command that writes what the widget registry
// (src/widgets.ts) derives. The build and `npm test` only check these files
// and fail, naming this command, when one has drifted.
// 1. src/elements/index.ts, src/elements/story-cards.ts and package.json's `exports` and `sideEffects`;
// 2. a build, then src/embed/host/heights.json measured from it in Chromium
//    and Firefox (scripts/measure-heights.mjs: about a minute per browser);
// 3. each widget's `maxPx` in src/widgets.ts from that table, and a build
//    again when the table moved, so dist/ reserves what was measured.
// Run it after adding or removing a widget, or after a change of layout,
// wording or data that moves a card's height; commit what it changed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SYNC_COMMAND, registryDrift, syncFromRegistry, syncMaxPx } from './registry.mjs';

const step = (...args) => {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`sync: \`node ${args.join(' ')}\` failed; nothing after it ran.`);
    process.exit(r.status ?? 1);
  }
};
const heightsFile = 'src/embed/host/heights.json';

const changed = await syncFromRegistry();
for (const file of changed) console.log(`sync: ${file} rewritten from the registry`);

step('scripts/build.mjs', '--no-heights-check');
const before = readFileSync(heightsFile, 'utf8');
step('scripts/measure-heights.mjs');
const moved = readFileSync(heightsFile, 'utf8') !== before;
if (moved) console.log(`sync: ${heightsFile} re-measured`);
for (const file of await syncMaxPx()) console.log(`sync: ${file} maxPx set from the measured table`);
if (moved) step('scripts/build.mjs');

const left = await registryDrift();
if (left.length) {
  console.error(`sync: still out of step after \`${SYNC_COMMAND}\`:\n  ${left.join('\n  ')}`);
  process.exit(1);
}
console.log('sync: everything the registry derives is in step; commit what changed (git status).');
