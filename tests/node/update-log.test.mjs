// The update log on pre-rendered cards: dist/ssr.js (`npm run build` first) renders
// the element's own render(), so a page served pre-rendered shows the same update
// line and as-of as the live card. TEST DATA: tests/data/fixtures/later-report.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { withLaterReport } from '../data/fixtures/later-report.mjs';

const { renderWidget } = await import(new URL('../../dist/ssr.js', import.meta.url));
const bundled = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));
/** Markup as text: comments (Lit's markers) and tags out, spaces folded. */
const text = (html) =>
  html
    .replace(/<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const block = (html, cls) => text(new RegExp(`<p class="${cls}">[\\s\\S]*?</p>`).exec(html)?.[0] ?? '');

describe('pre-rendered cards (dprk-russia-widgets/ssr) and the update log', () => {
  test('the story we ship: no update line, the article’s as-of', async () => {
    for (const lang of ['it', 'en']) {
      const html = await renderWidget('dprk-russia-tally', { lang, data: bundled });
      assert.doesNotMatch(html, /class="update"/);
      assert.match(block(html, 'as-of'), lang === 'it' ? /senza data/ : /is undated/);
    }
  });

  test('a later report (TEST DATA): the tally carries its update line, the report in its source line and the report’s day as as-of', async () => {
    const expected = {
      it: {
        update:
          'Aggiornato il 2 aprile 2025: TEST DATA: soldati nell’ultimo invio portati ad almeno 4.500, circa 12.500 in tutto. Perché: Un resoconto di prova (TEST DATA) dà cifre nuove.',
        asOf: 'Dati aggiornati al 2 aprile 2025, giorno in cui TEST DATA Agenzia ha pubblicato il testo che citiamo; l’articolo di unita.tv non è datato.',
        source: 'TEST DATA Agenzia, 2 aprile 2025',
      },
      en: {
        update:
          'Updated 2 April 2025: TEST DATA: soldiers in the latest deployment raised to at least 4,500, about 12,500 in all. Why: A test report (TEST DATA) gives new figures.',
        asOf: 'Data as of 2 April 2025, the day TEST DATA Agenzia published the text we cite; the unita.tv article is undated.',
        source: 'TEST DATA Agency, 2 April 2025',
      },
    };
    for (const lang of ['it', 'en']) {
      const html = await renderWidget('dprk-russia-tally', { lang, data: withLaterReport() });
      assert.equal(block(html, 'update'), expected[lang].update);
      assert.equal(block(html, 'as-of'), expected[lang].asOf);
      assert.ok(text(html).includes(expected[lang].source), text(html));
    }
    const arms = await renderWidget('dprk-russia-arms', { lang: 'it', data: withLaterReport() });
    assert.doesNotMatch(arms, /class="update"/, 'the arms card shows no fact the update changed');
  });
});
