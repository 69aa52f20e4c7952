// `npm test`: type-check, build, pack and install the package (scripts/pack-check.mjs),
// run the browser suite, end with the plain line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const countsFile = '.cache/test-counts.json';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

let status = run('tsc', ['-p', 'tsconfig.json', '--noEmit']);
if (status === 0) status = run('node', ['scripts/build.mjs']);
if (status === 0) status = run('node', ['scripts/pack-check.mjs']);
rmSync(countsFile, { force: true });
if (status === 0) status = run('web-test-runner', process.argv.slice(2));

let passed = 0;
let skipped = 0;
let failed = status === 0 ? 0 : 1;
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  passed = counts.passed;
  skipped = counts.skipped ?? 0;
  failed = Math.max(counts.failed, status === 0 ? 0 : 1);
  for (const [browser, c] of Object.entries(counts.byBrowser)) console.log(`${browser}: ${c.passed} passed, ${c.failed} failed, ${c.skipped ?? 0} skipped`);
}
if (passed === 0 && failed === 0) failed = 1; // a run that ran no test did not pass
// A skipped test checked nothing: it counts as failed.
if (skipped > 0) console.log(`${skipped} skipped, counted as failed`);
failed += skipped;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
