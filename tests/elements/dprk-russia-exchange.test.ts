import { expect, html } from '@open-wc/testing';
import { printMedia, screenMedia } from '../portable.js';
import '../../src/elements/dprk-russia-exchange/define.js';
import type { DprkRussiaExchange } from '../../src/elements/dprk-russia-exchange/dprk-russia-exchange.js';
import { bundledStory } from '../../src/data/story.js';
import { $, $$, fixture, textOf } from '../helpers.js';

const lane = (el: DprkRussiaExchange, direction: string) => $(el, `.lane[data-direction="${direction}"]`);
const flowIds = (el: DprkRussiaExchange, direction: string) =>
  [...lane(el, direction).querySelectorAll<HTMLElement>('.flow')].map((f) => f.dataset.flow);
const box = (el: DprkRussiaExchange, selector: string) => $(el, selector).getBoundingClientRect();

describe('<dprk-russia-exchange>', () => {
  it('puts each flow in its direction, each direction under a heading that says it in words', async () => {
    const el = await fixture<DprkRussiaExchange>(
      html`<dprk-russia-exchange lang="en" heading-level="2"></dprk-russia-exchange>`,
    );
    expect($$(el, '.lane').map((l) => l.dataset.direction)).to.deep.equal(['toRussia', 'toNorthKorea', 'mutual']);
    expect($$(el, 'h3.lane-title').map((h) => textOf(h))).to.deep.equal([
      'From North Korea to Russia',
      'From Russia to North Korea',
      'Both ways',
    ]);
    expect(flowIds(el, 'toRussia')).to.deep.equal(['flow-troops', 'flow-arms', 'flow-care']);
    expect(flowIds(el, 'toNorthKorea')).to.deep.equal(['flow-resources', 'flow-technology']);
    expect(flowIds(el, 'mutual')).to.deep.equal(['flow-education', 'flow-pact']);
    expect(textOf(lane(el, 'toRussia'))).to.include('hundreds of wounded Russian soldiers');
    expect(textOf(lane(el, 'toNorthKorea')))
      .to.include('coal, food and medicine')
      .and.include(
        'The United States, worried by the growing ties between Moscow and Pyongyang, fears that Russia may transfer',
      );
  });

  it('tells each flow and its source in Italian', async () => {
    const el = await fixture<DprkRussiaExchange>(html`<dprk-russia-exchange lang="it"></dprk-russia-exchange>`);
    for (const flow of bundledStory.flows) {
      const text = textOf($(el, `[data-flow="${flow.id}"]`));
      expect(text).to.include(flow.label.it).and.include(flow.detail.it);
    }
    // unita.tv's own statements are credited once in the footer; a flow from anyone else names its source.
    expect(textOf($(el, '.sources'))).to.equal('Fonte, dove non indicata: unita.tv (senza attribuzione).');
    expect($(el, '[data-flow="flow-care"]').querySelector('.source')).to.equal(null);
    // The soldiers' figures are the Joint Chiefs'; CNN reported only the confirmation of the deployment (the tally says so at the 3,000).
    expect(textOf($(el, '[data-flow="flow-troops"] .source'))).to.equal('Fonte: Comando di stato maggiore sudcoreano');
    // The United States' fear is the article's sentence about them, not their statement: the article is its source.
    expect($(el, '[data-flow="flow-technology"]').querySelector('.source')).to.equal(null);
    expect(textOf(lane(el, 'mutual').querySelector('.lane-title'))).to.equal('In entrambe le direzioni');
  });

  it('keeps list semantics for screen readers and hides the drawing from them', async () => {
    const el = await fixture<DprkRussiaExchange>(html`<dprk-russia-exchange lang="en"></dprk-russia-exchange>`);
    for (const l of $$(el, '.lane')) {
      const list = l.querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect([...list.children].every((c) => c.localName === 'li')).to.equal(true);
    }
    expect($$(el, '.arrow, .pole').every((n) => n.getAttribute('aria-hidden') === 'true')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('draws arrows that point the way things flow', async () => {
    const el = await fixture<DprkRussiaExchange>(
      html`<dprk-russia-exchange style="width:1000px"></dprk-russia-exchange>`,
    );
    const heads = (direction: string) => [...lane(el, direction).querySelectorAll('.head')].map((h) => h.classList[1]);
    expect(heads('toRussia')).to.deep.equal(['end']);
    expect(heads('toNorthKorea')).to.deep.equal(['start']);
    expect(heads('mutual')).to.deep.equal(['start', 'end']);
    // Wide: North Korea is the left bank, Russia the right, the arrow to Russia ends at Russia.
    const nk = box(el, '.pole.north-korea');
    const ru = box(el, '.pole.russia');
    expect(nk.right).to.be.lessThan(ru.left);
    expect(Math.abs(nk.top - ru.top)).to.be.lessThan(2);
    const endHead = lane(el, 'toRussia').querySelector('.head.end')!.getBoundingClientRect();
    expect(endHead.right).to.be.closeTo(ru.left, 12);
  });

  it('stacks at 280px: North Korea above, Russia below, the arrow to Russia pointing down', async () => {
    const el = await fixture<DprkRussiaExchange>(
      html`<dprk-russia-exchange lang="it" style="width:280px"></dprk-russia-exchange>`,
    );
    const nk = box(el, '.pole.north-korea');
    const ru = box(el, '.pole.russia');
    expect(nk.bottom).to.be.lessThan(ru.top);
    const arrow = lane(el, 'toRussia').querySelector('.arrow')!.getBoundingClientRect();
    expect(arrow.height).to.be.greaterThan(arrow.width);
    const head = lane(el, 'toRussia').querySelector('.head.end')!.getBoundingClientRect();
    expect(head.top).to.be.greaterThan(arrow.top + arrow.height / 2);
    const card = $(el, '.card');
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    const right = card.getBoundingClientRect().right;
    for (const child of $$(el, '.card *')) expect(child.getBoundingClientRect().right).to.be.at.most(right + 1);
  });

  it('is readable at 1200px: nothing overflows sideways', async () => {
    const el = await fixture<DprkRussiaExchange>(
      html`<dprk-russia-exchange style="width:1200px"></dprk-russia-exchange>`,
    );
    const right = $(el, '.card').getBoundingClientRect().right;
    for (const child of $$(el, '.card *')) expect(child.getBoundingClientRect().right).to.be.at.most(right + 1);
  });

  it('gives the pact the article’s 2023, and the editors’ note says the year is unchecked, naming no other date', async () => {
    const el = await fixture<DprkRussiaExchange>(html`<dprk-russia-exchange lang="en"></dprk-russia-exchange>`);
    expect(textOf($(el, '[data-flow="flow-pact"]'))).to.include('2023 according to the article');
    const notes = $$(el, '.note').map(textOf);
    expect(notes).to.have.length(1);
    expect(notes[0]).to.include('Editors’ note').and.include('we have not checked it');
    expect(el.shadowRoot!.textContent ?? '').not.to.include('2024');
  });

  it('prints its arrows (borders and shapes, not backgrounds) and keeps each flow whole', async () => {
    const el = await fixture<DprkRussiaExchange>(
      html`<dprk-russia-exchange theme="dark" style="width:700px"></dprk-russia-exchange>`,
    );
    await printMedia();
    try {
      expect(getComputedStyle($(el, '.card')).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '.shaft')).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($(el, '[data-flow="flow-arms"]')).breakInside).to.equal('avoid');
      expect(getComputedStyle($(el, '.sources')).display).to.not.equal('none');
    } finally {
      await screenMedia();
    }
  });
});
