/**
 * Documents as sources and the update log, as readers meet them on the cards:
 * the story we ship reads exactly as it did before it named its documents; a
 * fact from a later report (TEST DATA, tests/data/fixtures/later-report.json)
 * is credited to that report, checked against its text, and the card it
 * changed says "Aggiornato il … / Updated …" with the as-of following the report.
 */
import { expect } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { checkStory } from '../../src/data/check.js';
import { WIDGETS } from '../../src/widgets.js';
import { fallback, toHtml } from '../../src/embed/authoring/snippet.js';
import type { Story } from '../../src/data/schema.js';
import { resolveStory } from '../../src/data/derive.js';
import { $$, fixture, storyCopy, textOf } from '../helpers.js';
import { withLaterReport, type Editable } from './fixtures/later-report.js';

/** A snippet's no-script fallback for the tally, as text. */
const fallbackText = (data: Editable, lang: 'it' | 'en') =>
  new DOMParser().parseFromString(
    toHtml(fallback(resolveStory(data as never) as Story, { tag: 'dprk-russia-tally', lang, theme: 'auto' })),
    'text/html',
  ).body.textContent ?? '';

const article = await (await fetch(new URL('../../data/article-it.txt', import.meta.url))).text();
const documents = { article };

/** A widget given `story` as inline JSON, once the data is applied. */
async function render(tag: string, lang: 'it' | 'en', story?: unknown): Promise<StoryElement> {
  const json =
    story === undefined
      ? ''
      : `<script type="application/json">${JSON.stringify(story).replace(/</g, '\\u003c')}</script>`;
  const el = await fixture<StoryElement>(html`${unsafeStatic(`<${tag} lang="${lang}">${json}</${tag}>`)}`);
  await el.dataSettled;
  await el.updateComplete;
  return el;
}

/** The story as stored before documents and the update log existed. */
function oldShape(): Editable {
  const story = storyCopy() as unknown as Editable;
  delete story.documents;
  delete story.updates;
  return story;
}

describe('documents as sources: the story we ship', () => {
  for (const { tag } of WIDGETS) {
    for (const lang of ['it', 'en'] as const) {
      it(`<${tag}> in ${lang} reads word for word as the story without documents did`, async () => {
        const before = await render(tag, lang, oldShape());
        expect(before.story.documents, 'the old shape is what was rendered').to.equal(undefined);
        const after = await render(tag, lang);
        expect(after.story.documents?.map((d) => d.id)).to.deep.equal(['article']);
        expect(textOf(after)).to.equal(textOf(before));
        expect(textOf(after).length).to.be.greaterThan(100);
        expect($$(after, '.update'), 'nothing has been updated').to.have.length(0);
      });
    }
  }
});

describe('documents as sources: a later report (TEST DATA)', () => {
  it('passes the check, and every quote from it is checked against its own text', () => {
    expect(checkStory(withLaterReport(), { documents })).to.deep.equal([]);
    const story = withLaterReport();
    const i = story.figures.findIndex((f: Editable) => f.id === 'troops-latest');
    // Words of the article, but the figure now quotes the report: not its words.
    story.figures[i].quote = 'la Corea del Nord ha inviato almeno 3.000 soldati in Russia';
    story.figures[i].value = 3000;
    const problems = checkStory(story, { documents });
    expect(problems.map((p) => `${p.rule} ${p.path}`)).to.deep.equal([`quote figures/${i}/quote`]);
    expect(problems[0].message.en).to.include('TEST DATA Agenzia’s report');
    expect(problems[0].message.it).to.include('nel testo di TEST DATA Agenzia');
  });

  it('refuses a report without its text, an unknown document and an item that quotes another document than its source', () => {
    const story = withLaterReport();
    const doc = story.documents.findIndex((d: Editable) => d.id === 'test-report');
    delete story.documents[doc].text;
    story.updates[0].document = 'no-such-report';
    const j = story.figures.findIndex((f: Editable) => f.id === 'troops-latest');
    story.figures[j].document = 'article';
    const rules = checkStory(story, { documents }).map((p) => `${p.rule} ${p.path}`);
    expect(rules).to.include.members([
      `reference documents/${doc}/text`,
      'reference updates/0/document',
      `reference figures/${j}/document`,
    ]);
  });

  it('reads a date in its document’s language: “1 April” in an English report', () => {
    const story = withLaterReport();
    const doc = story.documents.find((d: Editable) => d.id === 'test-report');
    doc.lang = 'en';
    doc.text += ' On 1 April, TEST DATA Agency staff met.';
    story.events.push({
      ...structuredClone(story.events[0]),
      id: 'test-meeting',
      date: '--04-01',
      source: 'test-report',
      quote: 'On 1 April, TEST DATA Agency staff met.',
      evidence: undefined,
    });
    const dates = () => checkStory(story, { documents }).filter((p) => p.rule === 'date' || p.rule === 'quote');
    expect(dates()).to.deep.equal([]);
    doc.lang = 'it';
    expect(dates().map((p) => `${p.rule} ${p.path}`)).to.deep.equal([`date events/${story.events.length - 1}/date`]);
  });

  it('refuses a fact from a report whose source line would not name the report', () => {
    const story = withLaterReport();
    const j = story.figures.findIndex((f: Editable) => f.id === 'troops-latest');
    // Credited to the Joint Chiefs as the article reports them: the card would not say the words are the report's.
    story.figures[j].source = 'jcs';
    story.figures[j].document = 'test-report';
    const problems = checkStory(story, { documents }).filter((p) => p.path === `figures/${j}/document`);
    expect(problems.map((p) => p.rule)).to.deep.equal(['reference']);
    expect(problems[0].message.en).to.include('its source speaks in "article"');
  });

  it('keeps the as-of on the latest report’s day: an as-of it does not give is refused, and so is the article’s note on the date', () => {
    const story = withLaterReport();
    story.asOf = '2025-04-05';
    const problems = checkStory(story, { documents });
    expect(problems.map((p) => `${p.rule} ${p.path}`)).to.deep.equal(['reference asOf']);
    expect(problems[0].message.it).to.include('2025-04-02');
    const stale = withLaterReport();
    stale.asOfNote = storyCopy().asOfNote;
    expect(checkStory(stale, { documents }).map((p) => `${p.rule} ${p.path}`)).to.deep.equal([
      'as-of asOfNote/it',
      'as-of asOfNote/en',
    ]);
  });

  for (const lang of ['it', 'en'] as const) {
    it(`the story card says where its figures come from and shows the update line, in ${lang} (TEST DATA)`, async () => {
      const el = await render('dprk-russia-story', lang, withLaterReport());
      const line = textOf(el.shadowRoot!.querySelector('.figures-line'));
      // The 4,500 is the later report's, not the article's: the line no longer says "the article's body".
      expect(line).not.to.include(lang === 'it' ? 'dell’articolo' : 'article’s body');
      expect(line).to.include(lang === 'it' ? 'almeno 4.500' : 'at least 4,500');
      expect(line).to.include(lang === 'it' ? 'TEST DATA Agenzia, 2 aprile 2025' : 'TEST DATA Agency, 2 April 2025');
      expect(line).to.include(lang === 'it' ? 'circa 12.500' : 'about 12,500');
      expect(textOf(el.shadowRoot!.querySelector('.publisher')), 'the footer names the report').to.include(
        'TEST DATA Agenzia',
      );
      // Both figures are the report's: one source, said as one, and the article's source no longer credited.
      expect(line).to.include(lang === 'it' ? 'Fonte: TEST DATA Agenzia' : 'Source: TEST DATA Agency');
      expect(line).not.to.include(
        lang === 'it' ? 'Comando di stato maggiore sudcoreano' : 'South Korea’s Joint Chiefs of Staff',
      );
      expect($$(el, '.update').map(textOf)).to.deep.equal([
        lang === 'it'
          ? 'Aggiornato il 2 aprile 2025: TEST DATA: soldati nell’ultimo invio portati ad almeno 4.500, circa 12.500 in tutto. Perché: Un resoconto di prova (TEST DATA) dà cifre nuove.'
          : 'Updated 2 April 2025: TEST DATA: soldiers in the latest deployment raised to at least 4,500, about 12,500 in all. Why: A test report (TEST DATA) gives new figures.',
      ]);
      // The story we ship: the article's figures, said to be the article's, and no update line.
      const bundled = await render('dprk-russia-story', lang);
      expect(textOf(bundled.shadowRoot!.querySelector('.figures-line'))).to.include(
        lang === 'it' ? 'nel testo dell’articolo' : 'article’s body',
      );
      expect($$(bundled, '.update')).to.have.length(0);
    });
  }

  for (const lang of ['it', 'en'] as const) {
    it(`shows the new figure, its report and the update line on the tally, in ${lang}`, async () => {
      const el = await render('dprk-russia-tally', lang, withLaterReport());
      const text = textOf(el);
      expect(text).to.include(lang === 'it' ? '4.500' : '4,500');
      expect(text).to.include(lang === 'it' ? 'TEST DATA Agenzia, 2 aprile 2025' : 'TEST DATA Agency, 2 April 2025');
      const updates = $$(el, '.update').map(textOf);
      expect(updates).to.deep.equal([
        lang === 'it'
          ? 'Aggiornato il 2 aprile 2025: TEST DATA: soldati nell’ultimo invio portati ad almeno 4.500, circa 12.500 in tutto. Perché: Un resoconto di prova (TEST DATA) dà cifre nuove.'
          : 'Updated 2 April 2025: TEST DATA: soldiers in the latest deployment raised to at least 4,500, about 12,500 in all. Why: A test report (TEST DATA) gives new figures.',
      ]);
      expect(el.shadowRoot!.querySelector('.update time')!.getAttribute('datetime')).to.equal('2025-04-02');
      const asOf = textOf(el.shadowRoot!.querySelector('.as-of'));
      expect(asOf).to.equal(
        lang === 'it'
          ? 'Dati aggiornati al 2 aprile 2025, giorno in cui TEST DATA Agenzia ha pubblicato il testo che citiamo; l’articolo di unita.tv non è datato.'
          : 'Data as of 2 April 2025, the day TEST DATA Agenzia published the text we cite; the unita.tv article is undated.',
      );
      // The footer names whose texts the facts come from: the article, and the report.
      expect(textOf(el.shadowRoot!.querySelector('.publisher')))
        .to.include('unita.tv')
        .and.include('TEST DATA Agenzia');
      // A snippet's no-script fallback dates the data as the card does (one line for the card, its picture and its snippet).
      expect(fallbackText(withLaterReport(), lang)).to.include(asOf);
    });
  }

  it('puts the update line only on the cards whose facts it changed, and says a correction is one', async () => {
    const arms = await render('dprk-russia-arms', 'it', withLaterReport());
    expect($$(arms, '.update'), 'the arms card shows no changed fact').to.have.length(0);
    const timeline = await render('dprk-russia-timeline', 'en', withLaterReport());
    expect($$(timeline, '.update').map(textOf)[0], 'the timeline shows the figure with its event').to.match(
      /^Updated 2 April 2025: /,
    );
    // Its footer names the report among the texts its facts come from.
    expect(textOf(timeline.shadowRoot!.querySelector('.publisher'))).to.include('TEST DATA Agenzia');
    // The event that shows the report's figures is retold from the report: its line says whose account it is.
    expect(textOf(timeline.shadowRoot!.querySelector('[data-event="troops-wave"], #troops-wave'))).to.include(
      'According to TEST DATA Agency, North Korea has sent at least 4,500 soldiers',
    );
    // A card no update concerns keeps the article's as-of line: the report's day is not a date its facts have.
    for (const lang of ['it', 'en'] as const) {
      const untouched = textOf(
        (await render('ceasefire-status', lang, withLaterReport())).shadowRoot!.querySelector('.as-of'),
      );
      expect(untouched, lang).to.include(lang === 'it' ? 'senza data' : 'undated');
      expect(untouched, lang).not.to.match(/2 aprile|2 April/);
      const card = await render('ceasefire-status', lang, withLaterReport());
      expect(textOf(card.shadowRoot!.querySelector('.publisher')), lang).not.to.include('TEST DATA');
    }
    const corrected = withLaterReport();
    corrected.updates[0].correction = true;
    const tally = await render('dprk-russia-tally', 'it', corrected);
    expect($$(tally, '.update').map(textOf)[0]).to.match(/^Correzione del 2 aprile 2025: /);
  });
});
