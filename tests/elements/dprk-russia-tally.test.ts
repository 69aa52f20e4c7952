import { expect, fixture as owcFixture, html } from '@open-wc/testing';
import '../../src/elements/dprk-russia-tally/define.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { bundledStory } from '../../src/data/story.js';
import { $, $$, fixture, storyCopy, textOf } from '../helpers.js';

const value = (id: string) => bundledStory.figures.find((f) => f.id === id)!.value;

describe('<dprk-russia-tally>', () => {
  it('shows each figure with its qualifier in words, in Italian', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="it"></dprk-russia-tally>`);
    expect(textOf($(el, '[data-figure="troops-total"]'))).to.match(
      /^circa 11\.000 Soldati inviati dall’inizio del conflitto/,
    );
    expect(textOf($(el, '[data-figure="troops-latest"]'))).to.match(/^almeno 3\.000 /);
    expect(textOf($(el, '[data-figure="casualties"]'))).to.match(/^almeno 4\.000 Morti e feriti/);
  });

  it('shows each figure with its qualifier in words, in English', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en"></dprk-russia-tally>`);
    expect(textOf($(el, '[data-figure="troops-total"]'))).to.match(
      /^about 11,000 Soldiers sent since the start of the conflict/,
    );
    expect(textOf($(el, '[data-figure="troops-latest"]'))).to.match(/^at least 3,000 /);
    expect(textOf($(el, '[data-figure="casualties"]'))).to.match(
      /^at least 4,000 Killed and wounded in North Korean ranks \(estimates\)/,
    );
  });

  it('names the source of each figure and the as-of date', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en"></dprk-russia-tally>`);
    // No two figures share a credit: CNN reported the confirmation of the latest deployment, not the total.
    expect(textOf($(el, '[data-figure="troops-total"] .source'))).to.equal(
      'Source: South Korea’s Joint Chiefs of Staff',
    );
    expect(textOf($(el, '[data-figure="troops-latest"] .source'))).to.equal(
      'Source: South Korea’s Joint Chiefs of Staff (confirmation of the deployment reported by CNN)',
    );
    expect(textOf($(el, '[data-figure="casualties"] .source'))).to.include('source not named');
    const time = $(el, '.as-of time');
    // The day alone, machine-readable: the article gives no year, and the card shows none.
    expect(time.getAttribute('datetime')).to.equal(`--${bundledStory.asOf.slice(5)}`);
    expect(textOf($(el, '.as-of'))).to.equal(
      'The unita.tv article is undated. The latest date it gives is 25 March; no year is given.',
    );
    expect(textOf($(el, '.footer'))).to.include('unita.tv');
  });

  it('draws each figure as a bar as long as its share of the longest row, the derived one hatched, pale and never the longest', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en"></dprk-russia-tally>`);
    expect($$(el, 'canvas'), 'no canvas on the page').to.have.length(0);
    const bars = $$(el, '[part="bar"]');
    expect(bars.map((b) => b.dataset.series)).to.deep.equal([
      'troops-total',
      'troops-latest',
      'troops-earlier',
      'casualties',
    ]);
    const width = (id: string) => $(el, `[data-series="${id}"]`).getBoundingClientRect().width;
    const track = $(el, '.track').getBoundingClientRect().width;
    // Stacked: the latest deployment and the remainder reach the total, which spans the chart.
    expect(value('troops-earlier') + value('troops-latest')).to.equal(value('troops-total'));
    expect(width('troops-total')).to.be.closeTo(track - 1, 1.5);
    expect(width('troops-latest') + width('troops-earlier')).to.be.closeTo(width('troops-total'), 1.5);
    expect(width('troops-latest') / width('troops-total')).to.be.closeTo(
      value('troops-latest') / value('troops-total'),
      0.01,
    );
    expect(width('casualties') / width('troops-total')).to.be.closeTo(
      value('casualties') / value('troops-total'),
      0.01,
    );
    expect(width('troops-earlier')).to.be.lessThan(width('troops-total'));
    // Side by side on one row, the derived segment after the latest deployment.
    const latest = $(el, '[data-series="troops-latest"]').getBoundingClientRect();
    const earlier = $(el, '[data-series="troops-earlier"]').getBoundingClientRect();
    expect(earlier.top).to.equal(latest.top);
    expect(earlier.left).to.be.closeTo(latest.right, 0.5);
    // Hatched (a gradient), outlined in its colour; the sourced bars are solid.
    const derived = getComputedStyle(bars[2]);
    expect(derived.backgroundImage).to.match(/repeating-linear-gradient/);
    expect(getComputedStyle(bars[0]).backgroundImage).to.equal('none');
    expect(getComputedStyle(bars[0]).backgroundColor).to.equal('rgb(179, 38, 30)');
    expect(derived.borderTopColor).to.equal('rgb(224, 103, 93)');
    expect(getComputedStyle(bars[3]).backgroundColor).to.equal('rgb(61, 75, 102)');
  });

  it('sizes the bars from the data: a new story redraws them at their new shares', async () => {
    const story = storyCopy();
    story.figures.find((f) => f.id === 'casualties')!.value = 5500;
    const el = document.createElement('dprk-russia-tally');
    el.setAttribute('lang', 'en');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(story);
    el.append(script);
    const loaded = new Promise((resolve) => el.addEventListener('drw-data-load', resolve));
    document.body.append(el);
    try {
      await loaded;
      await el.updateComplete;
      const width = (id: string) => $(el, `[data-series="${id}"]`).getBoundingClientRect().width;
      expect(width('casualties') / width('troops-total')).to.be.closeTo(0.5, 0.01);
      expect(textOf($$(el, '.row-label')[2])).to.equal('at least 5,500 killed and wounded (estimates)');
    } finally {
      el.remove();
    }
  });

  for (const [lang, width] of [
    ['en', 280],
    ['it', 280],
    ['en', 1200],
  ] as const) {
    it(`labels every bar with its value and qualifier at ${width}px in ${lang}: card typeface, 13px or more, nothing overlapping or outside the card`, async () => {
      const wrapper = await owcFixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><dprk-russia-tally lang=${lang}></dprk-russia-tally></div>`,
      );
      const tally = wrapper.firstElementChild as DprkRussiaTally;
      await tally.updateComplete;
      const labels = $$(tally, '.row-label, .note');
      if (lang === 'en')
        expect(labels.map((l) => textOf(l))).to.deep.equal([
          'about 11,000 in all',
          'at least 3,000 · latest deployment',
          // Hatched like the key below the chart, which credits it to the editors' calculation.
          'before: up to about 8,000',
          'at least 4,000 killed and wounded (estimates)',
        ]);
      const card = $(tally, '.card').getBoundingClientRect();
      const shapes = [...labels, ...$$(tally, '[part="bar"]')].map((e) => ({
        what: textOf(e) || e.dataset.series!,
        box: e.getBoundingClientRect(),
        e,
      }));
      for (const [i, { what, box, e }] of shapes.entries()) {
        expect(box.width, what).to.be.greaterThan(0);
        expect(box.left, what).to.be.at.least(card.left);
        expect(box.right, what).to.be.at.most(card.right + 0.5);
        if (e.matches('.row-label, .note')) {
          expect(parseFloat(getComputedStyle(e).fontSize), `${what}: 13px text or more`).to.be.at.least(13);
          expect(getComputedStyle(e).fontFamily).to.equal(getComputedStyle($(tally, '.card')).fontFamily);
        }
        for (const other of shapes.slice(i + 1)) {
          const o = other.box;
          const apart =
            box.bottom <= o.top + 0.5 ||
            o.bottom <= box.top + 0.5 ||
            box.right <= o.left + 0.5 ||
            o.right <= box.left + 0.5;
          expect(apart, `${what} / ${other.what}`).to.equal(true);
        }
      }
      // The note sits under the derived segment it explains when it fits there.
      const note = $(tally, '.note').getBoundingClientRect();
      const earlier = $(tally, '[data-series="troops-earlier"]').getBoundingClientRect();
      expect(note.top).to.be.greaterThan(earlier.bottom);
      if (width === 1200) expect(note.left).to.be.closeTo(earlier.left, 1);
      // The bars thicken with the card.
      expect(earlier.height).to.be.within(20, 34);
    });
  }

  it('writes the Italian labels with Italian qualifiers and numbers', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="it"></dprk-russia-tally>`);
    expect($$(el, '.row-label, .note').map((l) => textOf(l))).to.deep.equal([
      'circa 11.000 in tutto',
      'almeno 3.000 nell’ultimo invio',
      'prima: fino a circa 8.000',
      'almeno 4.000 morti e feriti (stime)',
    ]);
  });

  it('is a labelled list a screen reader reads row by row: value, what it counts, source; the calculation once, in the caption', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="it"></dprk-russia-tally>`);
    const list = $(el, 'ul.bars');
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal(
      'Grafico: soldati nordcoreani inviati in Russia, morti e feriti stimati',
    );
    const rows = $$(el, '.bars > li');
    expect(rows).to.have.length(3);
    // What is read is the row's own text: the visible tooltip is aria-hidden.
    const read = (r: HTMLElement) => {
      const copy = r.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
      return textOf(copy);
    };
    expect(read(rows[0])).to.equal('circa 11.000 in tutto. Fonte: Comando di stato maggiore sudcoreano.');
    expect(read(rows[1])).to.match(
      /^almeno 3\.000 nell’ultimo invio\. Fonte: .+CNN.+; fino a circa 8\.000: calcolo della redazione\. prima: fino a circa 8\.000$/,
    );
    expect(read(rows[2])).to.match(/^almeno 4\.000 morti e feriti \(stime\)\. Fonte: .+\.$/);
    expect($$(el, '[role="img"], canvas')).to.have.length(0);
    // No figure named by its caption: the key, with its calculation, is read where it stands, once.
    expect($$(el, 'figure, figcaption')).to.have.length(0);
    expect(textOf($(el, 'p.derived')))
      .to.include('Calcolo della redazione')
      .and.include('8.000');
  });

  it('follows a change of lang at run time, chart included', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="it"></dprk-russia-tally>`);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(textOf($(el, '.title'))).to.equal('North Korean soldiers sent to Russia');
    expect(textOf($(el, '.row-label'))).to.equal('about 11,000 in all');
    expect($(el, '.bars').getAttribute('aria-label')).to.equal(
      'Chart: North Korean soldiers sent to Russia, estimated killed and wounded',
    );
    expect($(el, '.card').getAttribute('lang')).to.equal('en');
  });

  it('uses only the heading level it is given', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally heading-level="3"></dprk-russia-tally>`);
    expect($$(el, 'h3.title')).to.have.length(1);
    expect($$(el, 'h2')).to.have.length(0);
  });
});
