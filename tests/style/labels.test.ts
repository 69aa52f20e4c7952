/**
 * Every label a widget renders, in both languages, comes from the style sheet
 * (data/style.json) or from the data's own labels, each of which quotes the
 * article; and what the issue "Edit like a desk" asked for shows on screen.
 */
import { expect, html as litHtml } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
// The story with its evidence (the cards load it without: scripts/lang-split.mjs).
import { deskStory as bundledStory } from '../../src/data/desk-story.js';
import type { Story } from '../../src/data/schema.js';
import { WIDGETS, widget } from '../../src/widgets.js';
import { bothLanguages, $, $$, fixture, textOf } from '../helpers.js';
import { asOfProblems, labelResidue, style, termProblems, unhedgedProblems, type Langs } from './rules.js';
import { formatNumber, qualifiedNumber } from '../../src/i18n/i18n.js';

const article = await (await fetch(new URL('../../data/article-it.txt', import.meta.url))).text();

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

/** Where a widget puts the words it adds: kicker, headings, badges, labels, legends, captions. */
const LABELS =
  '.kicker, .title, h2, h3, h4, h5, h6, .badge, .label, .flow-label, .event-title, .legend li, caption, .standfirst figcaption, .days .what, .pole';

/** The phrases a label may be built from, in one language: the style sheet's words and the data's labels and names. */
function phrases(story: Story, lang: Langs): string[] {
  const data = [
    story.article.title,
    story.truce.title,
    ...story.figures.map((f) => f.label),
    ...story.truce.strands.map((s) => s.title),
    ...story.arms.map((a) => a.name),
    ...story.flows.map((f) => f.label),
    ...story.events.map((e) => e.title),
    ...story.sources.map((s) => s.name),
  ].map((text) => text[lang]);
  return [...Object.values(style.labels).map((entry) => entry[lang]), ...data, story.article.publisher];
}

const render = (tag: string, lang: Langs) =>
  fixture<StoryElement>(staticHtml`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`);

describe('labels: every word we add comes from the style sheet or the data', () => {
  it('finds words we wrote ourselves (the check can fail)', () => {
    const allowed = phrases(bundledStory, 'it');
    expect(labelResidue('Bloccato', allowed)).to.equal('Bloccato');
    expect(labelResidue('Trasferimento certo', allowed)).to.equal('Trasferimento certo');
    expect(
      labelResidue('Soldati inviati prima dell’ultimo invio (fino a circa 8.000, calcolo della redazione)', allowed),
    ).to.equal('');
  });

  for (const { tag } of WIDGETS) {
    for (const lang of ['it', 'en'] as const) {
      it(`<${tag}> in ${lang}: every kicker, heading, badge, label and legend`, async () => {
        const el = await render(tag, lang);
        const labels = $$(el, LABELS)
          .map((node) => textOf(node))
          .filter(Boolean);
        expect(labels.length, 'labels found').to.be.at.least(3);
        const allowed = phrases(el.story, lang);
        const own = labels.filter((label) => labelResidue(label, allowed) !== '');
        expect(own, 'labels not from the style sheet or the data').to.deep.equal([]);
        // The chart's words are the card's text (its rows, tooltips and caption): read with the rest.
        expect(termProblems([{ where: tag, lang, text: textOf(el) }], style)).to.deep.equal([]);
      });
    }
  }
});

describe('labels: as strict as the article', () => {
  it('gives each topic its kicker: the truce card is not “Corea del Nord – Russia”', async () => {
    const truce = await render('ceasefire-status', 'it');
    const tally = await render('dprk-russia-tally', 'it');
    expect(textOf($(truce, '.kicker'))).to.equal(style.labels[`kicker.${widget('ceasefire-status').topic}`].it);
    expect(textOf($(truce, '.kicker'))).to.equal('Russia – Ucraina');
    expect(textOf($(tally, '.kicker'))).to.equal('Corea del Nord – Russia');
  });

  it('credits the computed 8,000 to the editors’ calculation in the card, the chart’s row and the PNG', async () => {
    const el = (await render('dprk-russia-tally', 'it')) as DprkRussiaTally;
    expect(textOf($(el, 'p.derived'))).to.match(/^Calcolo della redazione: circa 11\.000 in tutto meno almeno 3\.000/);
    expect(textOf($(el, '[data-row="troops-latest"] .visually-hidden'))).to.include(
      'fino a circa 8.000: calcolo della redazione',
    );
    // The picture's credits, as drawn on its canvas.
    const drawn: string[] = [];
    const original = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (
      this: CanvasRenderingContext2D,
      text: string,
      x: number,
      y: number,
      w?: number,
    ) {
      drawn.push(text);
      return w === undefined ? original.call(this, text, x, y) : original.call(this, text, x, y, w);
    };
    const clicked = new Promise<void>((resolve) =>
      el.addEventListener('click', (event) => {
        if (event.composedPath()[0] instanceof HTMLAnchorElement) {
          event.preventDefault();
          resolve();
        }
      }),
    );
    try {
      $(el, 'button.download-chart').click();
      await clicked;
    } finally {
      CanvasRenderingContext2D.prototype.fillText = original;
    }
    const credits = drawn.join(' ');
    // The computed figure is credited once, by the key line that says how it was made, not among the sources.
    expect(credits).to.include('Calcolo della redazione: circa 11.000 in tutto meno almeno 3.000');
    expect(credits).not.to.match(/Fonti:[^.]*calcolo della redazione/);
    expect(credits).to.include('Comando di stato maggiore sudcoreano (conferma dell’invio riportata da CNN)');
    // Each source once: the Joint Chiefs' plain name is not listed beside the same name with CNN's confirmation.
    expect(credits.split('Comando di stato maggiore sudcoreano').length - 1, credits).to.equal(1);
  });

  it('draws a feared flow unlike the coal and food that did flow: dashed, and says “feared”', async () => {
    const el = await render('dprk-russia-exchange', 'en');
    const tech = $(el, '[data-flow="flow-technology"]');
    const supplies = $(el, '[data-flow="flow-resources"]');
    expect(tech.dataset.certainty).to.equal('feared');
    expect(textOf(tech.querySelector('.badge'))).to.equal('Feared transfer');
    expect(supplies.querySelector('.badge')).to.equal(null);
    expect(getComputedStyle(tech).borderTopStyle).to.equal('dashed');
    expect(getComputedStyle(supplies).borderTopStyle).to.equal('solid');
  });

  it('folds a source every item shares into one line per card', async () => {
    for (const { tag } of WIDGETS.filter((w) => w.story)) {
      const el = await render(tag, 'it');
      const footer = $$(el, '.sources')
        .map((p) => textOf(p))
        .join(' ');
      for (const line of $$(el, '.source')) {
        const name = textOf(line).replace(/^Fonte: /, '');
        expect(footer, `${tag}: “${name}” is under an item and in the footer`).to.not.include(
          `dove non indicata: ${name}.`,
        );
      }
      const unattributed = $$(el, '.source').filter((line) => textOf(line) === 'Fonte: unita.tv (senza attribuzione)');
      expect(unattributed.length, `${tag} repeats unita.tv under items`).to.be.at.most(1);
    }
  });

  it('shows the article’s date for the pact with its correction, and “25 marzo” without a year', async () => {
    const el = await fixture<StoryElement>(litHtml`<dprk-russia-timeline lang="it"></dprk-russia-timeline>`);
    expect(textOf($(el, '[data-event="defence-pact"] .when'))).to.equal('2023');
    expect(textOf($(el, '[data-event="energy-halt"] .when'))).to.equal('25 marzo');
    // The article gives no year, and the as-of line says so rather than show one of ours.
    expect(textOf($(el, '.as-of'))).to.equal(
      'Articolo di unita.tv senza data. La data più recente che riporta è il 25 marzo; l’anno non è indicato.',
    );
  });

  it('tells a reader of any card, embedded alone, that the article is undated and the as-of date is the editors’', async () => {
    const lines: Array<{ where: string; lang: Langs; text: string }> = [];
    for (const { tag } of WIDGETS) {
      for (const lang of ['it', 'en'] as const) {
        const el = await render(tag, lang);
        const asOf = $$(el, '.as-of');
        expect(asOf.length, `${tag} has an as-of line`).to.be.at.least(1);
        lines.push(...asOf.map((node) => ({ where: tag, lang, text: textOf(node) })));
      }
    }
    expect(asOfProblems(lines, style, article)).to.deep.equal([]);
    // The lines as they were: the date shown as if the article gave it, a day the article does not give; then the
    // year our newsroom inferred, shown as ours (no text gives it).
    expect(
      asOfProblems(
        [
          { where: 'ceasefire-status', lang: 'it', text: 'Dati aggiornati al 28 marzo 2025' },
          {
            where: 'ceasefire-status',
            lang: 'en',
            text: 'The article carries no date: the editors date the data to 28 March 2025.',
          },
          {
            where: 'dprk-russia-tally',
            lang: 'it',
            text: 'Articolo di unita.tv senza data. La data più recente che riporta è il 25 marzo; l’anno, 2025, è una deduzione della nostra redazione.',
          },
        ],
        style,
        article,
      ),
    ).to.deep.equal([
      'ceasefire-status (it): “Dati aggiornati al 28 marzo 2025” does not say “senza data”',
      'ceasefire-status (it): “Dati aggiornati al 28 marzo 2025” does not say “l’anno non è indicato”',
      'ceasefire-status (it): “2025” is a year the article does not give',
      'ceasefire-status (it): “28 marzo” is not a day the article gives',
      'ceasefire-status (en): “The article carries no date: the editors date the data to 28 March 2025.” does not say “is undated”',
      'ceasefire-status (en): “The article carries no date: the editors date the data to 28 March 2025.” does not say “no year is given”',
      'ceasefire-status (en): “2025” is a year the article does not give',
      'ceasefire-status (en): “28 March” is not a day the article gives',
      'dprk-russia-tally (it): “Articolo di unita.tv senza data. La data più recente che riporta è il 25 marzo; l’anno, 2025, è una deduzione della nostra redazione.” does not say “l’anno non è indicato”',
      'dprk-russia-tally (it): “2025” is a year the article does not give',
    ]);
  });

  it('marks the standfirst’s bare figures as unita.tv’s, and shows them with the article’s qualifiers', async () => {
    for (const lang of ['it', 'en'] as const) {
      const el = await render('dprk-russia-story', lang);
      const figures = el.story.figures
        .filter((f) => f.qualifier && f.qualifier !== 'exact' && typeof f.value === 'number')
        .map((f) => ({
          id: f.id,
          bare: formatNumber(lang, f.value!),
          qualified: qualifiedNumber(lang, f.value!, f.qualifier!),
        }));
      const block = {
        where: 'dprk-russia-story',
        lang,
        shown: textOf($(el, '.standfirst blockquote')),
        caption: textOf($(el, '.standfirst figcaption')),
        around: textOf($(el, 'header')),
      };
      expect(block.shown, 'the standfirst shows the bare 3.000').to.include(formatNumber(lang, 3000));
      expect(unhedgedProblems(figures, block, style)).to.deep.equal([]);
      // The header as it was: "Il sommario dell'articolo, unita.tv" over "3.000 … 11.000", no word of the hedges.
      expect(
        unhedgedProblems(
          figures,
          {
            ...block,
            caption:
              lang === 'it'
                ? 'Il sommario dell’articolo, unita.tv'
                : 'The article’s standfirst (the editors’ translation), unita.tv',
          },
          style,
        ),
      ).to.have.length(2);
      expect(unhedgedProblems(figures, { ...block, around: block.shown }, style)).to.have.length(2);
    }
  });
});
