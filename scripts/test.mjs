// `npm test`: type-check, lint and format check (ESLint, Prettier), build, pack and install the package (scripts/pack-check.mjs),
// run the browser suite, then the Node tests (tests/node/), and end with the plain
// line `N passed, N failed` that counts both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const countsFile = '.cache/test-counts.json';
const nodeCountsFile = '.cache/node-test-counts.json';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

// `step` names the first step that failed, for the summary when no test counts were written.
let step = 'the type-check (tsc)';
let status = run('tsc', ['-p', 'tsconfig.json', '--noEmit']);
// Lint and format are checked, never fixed here (`npm run format` writes); each counts as one failure.
const checks = {
  'ESLint (npm run lint)': run('eslint', ['.']),
  'Prettier (npm run format)': run('prettier', ['--check', '--log-level', 'warn', '.']),
};
const then = (name, cmd, args) => {
  if (status !== 0) return;
  step = name;
  status = run(cmd, args);
};
then('the build (scripts/build.mjs)', 'node', ['scripts/build.mjs']);
then('the pack check (scripts/pack-check.mjs)', 'node', ['scripts/pack-check.mjs']);
rmSync(countsFile, { force: true });
rmSync(nodeCountsFile, { force: true });
then('the browser run (web-test-runner)', 'web-test-runner', process.argv.slice(2));

// The Node tests need no build: they run whatever happened above, and their failures fail the run.
const nodeStatus = run('node', [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/counting-reporter.mjs',
  `--test-reporter-destination=${nodeCountsFile}`,
  'tests/node/**/*.test.mjs',
]);

// No counts file: a step above failed, or the browser run stopped before its reporter wrote (a browser that
// crashed can take web-test-runner down with it). Name the step, so the log's tail says what to look for.
const counts = read(countsFile) ?? {
  passed: 0,
  failed: status === 0 ? 0 : 1,
  skipped: 0,
  byBrowser: {},
  failures: status === 0 ? [] : [`${step} stopped with exit ${status} before any browser test was counted: see above`],
};
counts.failed = Math.max(counts.failed, status === 0 ? 0 : 1);
const node = read(nodeCountsFile) ?? { passed: 0, failed: 0, skipped: 0 };
node.failed = Math.max(node.failed, nodeStatus === 0 ? 0 : 1);
if (node.passed === 0 && node.failed === 0) node.failed = 1; // no Node test ran: something is wrong
counts.byBrowser.node = node;
counts.passed += node.passed;
counts.failed += node.failed;
counts.skipped = (counts.skipped ?? 0) + node.skipped;
mkdirSync('.cache', { recursive: true });
writeFileSync(countsFile, JSON.stringify(counts, null, 2));

for (const [name, code] of Object.entries(checks)) {
  if (code === 0) counts.passed += 1;
  else {
    counts.failed += 1;
    (counts.failures ??= []).push(`${name} found problems`);
  }
}

// Name what failed last, where a CI log's tail shows it.
const failures = [...(counts.failures ?? []), ...(node.failures ?? [])];
if (failures.length > 0) console.log(`Failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
for (const [name, c] of Object.entries(counts.byBrowser))
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped ?? 0} skipped`);
let { passed, failed } = counts;
const { skipped } = counts;
if (passed === 0 && failed === 0) failed = 1; // a run that ran no test did not pass
// A skipped test checked nothing: it counts as failed.
if (skipped > 0) console.log(`${skipped} skipped, counted as failed`);
failed += skipped;
console.log(`${passed} passed, ${failed} failed`);
process.exit(
  status === 0 && nodeStatus === 0 && failed === 0 && Object.values(checks).every((code) => code === 0) ? 0 : 1,
);
