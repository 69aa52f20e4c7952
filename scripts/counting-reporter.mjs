import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Counts tests (every browser's) and a failed file load as one failure. */
function count(suite, totals, where, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`${where} > ${[...path, test.name].join(' > ')}: ${firstLine(test.error?.message)}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, where, [...path, child.name]);
}

const firstLine = (text) =>
  String(text ?? 'no message')
    .split('\n')[0]
    .slice(0, 300);

/**
 * A web-test-runner reporter that writes the run's totals as JSON, so the test
 * script can end with the plain line `N passed, N failed` that CI reads
 * (web-test-runner's own counts are printed mid-line, per browser).
 */
export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessions: sessions.length, byBrowser: {}, failures: [] };
      for (const session of sessions) {
        const before = { ...totals };
        const name = session.browser.name;
        const where = `${name} ${session.testFile.replace(process.cwd() + '/', '')}`;
        count(session.testResults, totals, where);
        // A file that failed to load or threw outside a test ran no test: count it as failed.
        if (!session.passed && totals.failed === before.failed) {
          totals.failed += 1;
          const errors = (session.errors ?? []).map((e) => firstLine(e.message)).join('; ');
          totals.failures.push(`${where}: the file failed outside a test${errors ? `: ${errors}` : ''}`);
        }
        const mine = (totals.byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0 });
        mine.passed += totals.passed - before.passed;
        mine.failed += totals.failed - before.failed;
        mine.skipped += totals.skipped - before.skipped;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}

/**
 * The same totals for the Node tests (tests/node/), as a node:test reporter:
 * `node --test --test-reporter=./scripts/counting-reporter.mjs --test-reporter-destination=<file>`.
 * Suites are not counted, their tests are; a file that fails to load counts as one failed test.
 */
export default async function* nodeCountingReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (data.skip !== undefined || data.todo !== undefined) totals.skipped += 1;
    else if (type === 'test:pass') totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`node ${data.file ?? ''} > ${data.name}: ${firstLine(data.details?.error?.message)}`);
    }
  }
  yield `${JSON.stringify(totals, null, 2)}\n`;
}
