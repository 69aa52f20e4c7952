// The byte ceilings of bench/budgets.json, held by `npm test` on the built dist/
// (scripts/test.mjs builds it first). Bytes are deterministic, so a file that
// grows past its ceiling fails here, named with its ceiling, instead of showing
// up later as a slower page; times stay in the benchmark (`npm run bench`).
// What each ceiling counts is scripts/bench/bytes.mjs, shared with the bench.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { KB, measureBytes, readBudgets } from '../../scripts/bench/bytes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const budgets = readBudgets(root);
const ceiling = (id) => {
  const b = budgets[id];
  assert.ok(b && b.unit === 'KB' && typeof b.max === 'number', `bench/budgets.json has no KB ceiling "${id}"`);
  return b.max;
};
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const list = (files) => files.map((f) => `${f.file} ${kb(f.gzip)}`).join(' + ');

/** @type {Awaited<ReturnType<typeof measureBytes>>} */
let bytes;
before(async () => {
  bytes = await measureBytes(root);
});

describe('byte ceilings (gzip, bench/budgets.json)', () => {
  test('each card by its own entry, before its chart: the entry and its static imports', () => {
    const max = ceiling('js.oneCard');
    const over = Object.entries(bytes.cards)
      .filter(([, c]) => c.gzip > max * KB)
      .map(([tag, c]) => `dist/${tag}.js: ${kb(c.gzip)} gzip > ${max} KB (js.oneCard), in ${list(c.files)}`);
    assert.ok(Object.keys(bytes.cards).length >= 5, 'fewer than five cards measured');
    assert.deepEqual(over, [], over.join('\n'));
  });

  test('the one script (all elements), before any chart', () => {
    const max = ceiling('js.oneScript');
    const { gzip, files } = bytes.oneScript;
    assert.ok(gzip <= max * KB, `the one script: ${kb(gzip)} gzip > ${max} KB (js.oneScript), in ${list(files)}`);
  });

  test('the chart chunk', () => {
    const max = ceiling('js.chartChunk');
    const { gzip, files } = bytes.chartChunk;
    assert.ok(gzip <= max * KB, `the chart chunk: ${kb(gzip)} gzip > ${max} KB (js.chartChunk), in ${list(files)}`);
  });

  test("each pre-rendered card's HTML (renderWidget, Italian and English), its stylesheet reported apart", (t) => {
    const max = ceiling('ssr.cardHtml');
    const over = [];
    for (const [tag, langs] of Object.entries(bytes.prerendered)) {
      for (const [lang, h] of Object.entries(langs)) {
        t.diagnostic(
          `<${tag}> ${lang}: HTML ${kb(h.gzip)} gzip (${h.raw} bytes raw), stylesheet dist/css/${tag}.css ${kb(h.stylesheetGzip)} gzip`,
        );
        if (h.gzip > max * KB)
          over.push(`renderWidget('${tag}', { lang: '${lang}' }): ${kb(h.gzip)} gzip > ${max} KB (ssr.cardHtml)`);
      }
    }
    assert.deepEqual(over, [], over.join('\n'));
  });
});
