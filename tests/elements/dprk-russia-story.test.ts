import { expect, html } from '@open-wc/testing';
import { printMedia, screenMedia } from '../portable.js';
import '../../src/elements/dprk-russia-story/define.js';
import type { StoryElement } from '../../src/base/story-element.js';
import type { DprkRussiaStory } from '../../src/elements/dprk-russia-story/dprk-russia-story.js';
import { bundledStory } from '../../src/data/story.js';
import { $, $$, fixture, jsonUrl, datedTo, storyCopy, textOf, waitFor } from '../helpers.js';
import { STORY_CARDS, widget, type WidgetTag } from '../../src/widgets.js';
import style from '../../data/style.json' with { type: 'json' };

const CARDS = STORY_CARDS.map((w) => w.tag);
const cards = (el: DprkRussiaStory) => $$<StoryElement>(el, '.cards > *');
const settled = async (el: DprkRussiaStory) => {
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
};

describe('<dprk-russia-story>', () => {
  afterEach(() => {
    document.documentElement.style.colorScheme = '';
  });

  it('composes every card of the story, each defined and rendered', async () => {
    const el = await fixture<DprkRussiaStory>(html`<dprk-russia-story lang="en"></dprk-russia-story>`);
    await settled(el);
    expect(cards(el).map((c) => c.localName)).to.deep.equal(CARDS);
    for (const card of cards(el)) {
      expect(customElements.get(card.localName), card.localName).to.not.equal(undefined);
      expect(card.shadowRoot?.querySelector('.card'), card.localName).to.not.equal(null);
    }
  });

  it('added by a script with no content, lays out its cards when near the viewport or when the page is idle; pasted with its fallback, at once', async () => {
    const lazy = (el: DprkRussiaStory) =>
      cards(el).map((c) => c.shadowRoot!.querySelector('.contents')!.classList.contains('lazy'));
    const added = await fixture<DprkRussiaStory>(html`<dprk-russia-story lang="en"></dprk-russia-story>`);
    await settled(added);
    expect(lazy(added)).to.deep.equal(CARDS.map(() => true));
    // Never scrolled to, the last card is laid out once the page is idle (a reader reaches its sections by heading:
    // Chromium leaves skipped contents out of the accessibility tree, tests/a11y/reading-order.test.ts).
    await waitFor(() => lazy(added).every((l) => !l), 'every card laid out when idle');
    const last = cards(added).at(-1)!;
    expect(last.getBoundingClientRect().height)
      .to.be.greaterThan(0)
      .and.below(widget(last.localName as WidgetTag).maxPx);
    added.remove();
    const pasted = await fixture<DprkRussiaStory>(
      html`<dprk-russia-story lang="en"><p>The whole story, as the snippet’s fallback.</p></dprk-russia-story>`,
    );
    await settled(pasted);
    expect(lazy(pasted)).to.deep.equal(CARDS.map(() => false));
  });

  it('shows the article’s headline, its standfirst as the article’s words, our figures with their qualifiers, and one as-of line', async () => {
    const el = await fixture<DprkRussiaStory>(html`<dprk-russia-story lang="it"></dprk-russia-story>`);
    expect(textOf($(el, '#title'))).to.equal(bundledStory.article.title.it);
    // The standfirst drops the qualifiers ("invia 3.000 … totale a 11.000"): it is quoted as the article's, and credited.
    expect(textOf($(el, '.standfirst blockquote'))).to.equal(bundledStory.article.standfirst.it);
    expect(textOf($(el, '.standfirst figcaption'))).to.equal(
      'unita.tv: titolo e sommario dell’articolo, senza le cautele del testo',
    );
    // Our own line keeps them, and credits the 3,000's confirmation to CNN apart from the Joint Chiefs' figures.
    expect(textOf($(el, '.figures-line'))).to.equal(
      'Le cifre nel testo dell’articolo: almeno 3.000 soldati nell’ultimo invio, circa 11.000 dall’inizio del conflitto tra Russia e Ucraina. Fonte: Comando di stato maggiore sudcoreano. La conferma dell’invio è stata riportata da CNN.',
    );
    expect($$(el, '.as-of')).to.have.length(1);
    expect(textOf($(el, '.as-of'))).to.equal(
      'Articolo di unita.tv senza data. La data più recente che riporta è il 25 marzo; l’anno non è indicato.',
    );
    expect(textOf($(el, '.footer')))
      .to.include('unita.tv')
      .and.include(bundledStory.asOfNote.it);
    const en = await fixture<DprkRussiaStory>(html`<dprk-russia-story lang="en"></dprk-russia-story>`);
    expect(textOf($(en, '#title'))).to.equal(bundledStory.article.title.en);
    expect(textOf($(en, '.as-of'))).to.equal(
      'The unita.tv article is undated. The latest date it gives is 25 March; no year is given.',
    );
    expect(textOf($(en, '.standfirst figcaption'))).to.equal(
      'unita.tv: the article’s headline and standfirst (our translation), without the body’s caveats',
    );
  });

  it('puts the cards’ headings one level below its own', async () => {
    const el = await fixture<DprkRussiaStory>(html`<dprk-russia-story heading-level="3"></dprk-russia-story>`);
    await settled(el);
    expect($(el, '#title').localName).to.equal('h3');
    for (const card of cards(el)) {
      expect(card.getAttribute('heading-level'), card.localName).to.equal('4');
      expect(card.shadowRoot!.querySelector('.title')!.localName, card.localName).to.equal('h4');
    }
  });

  it('passes its lang to the cards only when it has one; otherwise they read the page', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    document.body.append(wrapper);
    try {
      const el = document.createElement('dprk-russia-story');
      wrapper.append(el);
      await settled(el);
      expect(el.resolvedLang).to.equal('en');
      for (const card of cards(el)) {
        expect(card.hasAttribute('lang'), card.localName).to.equal(false);
        expect(card.resolvedLang, card.localName).to.equal('en');
      }
      // The page switches language: the story and every card follow it.
      wrapper.lang = 'it';
      await waitFor(
        () => el.resolvedLang === 'it' && cards(el).every((c) => c.resolvedLang === 'it'),
        'all to follow the page',
      );
      el.lang = 'en';
      await settled(el);
      for (const card of cards(el)) {
        expect(card.getAttribute('lang'), card.localName).to.equal('en');
        const topic = widget(card.localName as WidgetTag).topic;
        expect(textOf(card.shadowRoot!.querySelector('.kicker'))).to.equal(style.labels[`kicker.${topic}`].en);
      }
      el.removeAttribute('lang');
      await settled(el);
      await waitFor(() => cards(el).every((c) => c.resolvedLang === 'it'), 'cards to read the page again');
      expect(cards(el).some((c) => c.hasAttribute('lang'))).to.equal(false);
    } finally {
      wrapper.remove();
    }
  });

  it('passes its theme to the cards only when it has one; otherwise they follow the page’s color-scheme', async () => {
    document.documentElement.style.colorScheme = 'light';
    const el = await fixture<DprkRussiaStory>(html`<dprk-russia-story></dprk-russia-story>`);
    await settled(el);
    expect(cards(el).some((c) => c.hasAttribute('theme'))).to.equal(false);
    expect(cards(el).map((c) => c.resolvedScheme)).to.deep.equal(CARDS.map(() => 'light'));
    document.documentElement.style.colorScheme = 'dark';
    await waitFor(
      () => el.resolvedScheme === 'dark' && cards(el).every((c) => c.resolvedScheme === 'dark'),
      'all to follow the page',
    );
    el.theme = 'light';
    await settled(el);
    for (const card of cards(el)) {
      expect(card.getAttribute('theme'), card.localName).to.equal('light');
      expect(card.resolvedScheme, card.localName).to.equal('light');
    }
  });

  it('does not pass on a lang or theme it does not understand', async () => {
    const original = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<DprkRussiaStory>(html`<dprk-russia-story lang="fr" theme="neon"></dprk-russia-story>`);
      await settled(el);
      expect(textOf($(el, '.notice')))
        .to.include('“lang”')
        .and.include('“theme”')
        .and.not.include('“fr”')
        .and.not.include('“neon”');
      for (const card of cards(el)) {
        expect(card.hasAttribute('theme') || card.hasAttribute('lang'), card.localName).to.equal(false);
        expect(card.shadowRoot!.querySelector('.notice'), card.localName).to.equal(null);
      }
    } finally {
      console.warn = original;
    }
  });

  for (const width of [280, 1200]) {
    it(`is readable at ${width}px: nothing in it or its cards overflows sideways`, async () => {
      const el = await fixture<DprkRussiaStory>(
        html`<dprk-russia-story lang="it" style="width:${width}px"></dprk-russia-story>`,
      );
      await settled(el);
      const right = $(el, '.card').getBoundingClientRect().right;
      const all = [...$$(el, '.card *'), ...cards(el).flatMap((c) => [...c.shadowRoot!.querySelectorAll('.card *')])];
      for (const node of all)
        expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(right + 1);
    });
  }

  it('loads its src once and hands the data to every card', async () => {
    const story = storyCopy();
    datedTo(story, '2025-04-02');
    story.figures.find((f) => f.id === 'troops-total')!.value = 12000;
    const url = jsonUrl(story);
    const el = await fixture<DprkRussiaStory>(html`<dprk-russia-story lang="en" src=${url}></dprk-russia-story>`);
    await el.dataSettled;
    await settled(el);
    for (const card of cards(el)) {
      expect(card.hasAttribute('src'), `${card.localName} fetches nothing itself`).to.equal(false);
      expect(textOf($(card, '.as-of')), card.localName).to.equal(
        'The unita.tv article is undated. The latest date it gives is 2 April; no year is given.',
      );
    }
    const tally = cards(el).find((c) => c.localName === 'dprk-russia-tally')!;
    expect(textOf($(tally, '[data-figure="troops-total"] .number'))).to.equal('12,000');
  });

  for (const width of [320, 1100]) {
    it(`stacks its cards at ${width}px, each as wide as the story itself (no short card beside a tall one, no width lost to a frame)`, async () => {
      const el = await fixture<DprkRussiaStory>(html`<dprk-russia-story style="width:${width}px"></dprk-russia-story>`);
      await settled(el);
      const boxes = cards(el).map((c) => c.getBoundingClientRect());
      for (const [i, box] of boxes.entries()) {
        expect(box.width, cards(el)[i].localName).to.be.closeTo(width, 1);
        if (i) expect(box.top, cards(el)[i].localName).to.be.greaterThan(boxes[i - 1].bottom - 1);
      }
    });
  }

  it('prints black on white in any theme, without its frame, small cards whole, sources shown', async () => {
    const el = await fixture<DprkRussiaStory>(html`<dprk-russia-story theme="dark"></dprk-russia-story>`);
    await settled(el);
    const tally = cards(el)[0];
    const tallyCard = tally.shadowRoot!.querySelector('.card')!;
    expect(getComputedStyle(tallyCard).backgroundColor).to.not.equal('rgb(255, 255, 255)');
    await printMedia();
    try {
      expect(getComputedStyle($(el, '.card')).borderTopStyle).to.equal('none');
      expect(getComputedStyle(tallyCard).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(tallyCard).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(tally).breakInside).to.equal('avoid');
      for (const card of cards(el)) {
        const sources = card.shadowRoot!.querySelector('.sources');
        if (sources) expect(getComputedStyle(sources).display, card.localName).to.not.equal('none');
      }
    } finally {
      await screenMedia();
    }
  });

  it('is accessible', async () => {
    const el = await fixture<DprkRussiaStory>(html`<dprk-russia-story lang="en"></dprk-russia-story>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
