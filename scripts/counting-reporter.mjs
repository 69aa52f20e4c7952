import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Counts tests (every browser's) and a failed file load as one failure. */
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

/**
 * A web-test-runner reporter that writes the run's totals as JSON, so the test
 * script can end with the plain line `N passed, N failed` that CI reads
 * (web-test-runner's own counts are printed mid-line, per browser).
 */
export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessions: sessions.length, byBrowser: {} };
      for (const session of sessions) {
        const before = { ...totals };
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test ran no test: count it as failed.
        if (!session.passed && totals.failed === before.failed) totals.failed += 1;
        const name = session.browser.name;
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
