import { expect, html } from '@open-wc/testing';
import { printMedia, screenMedia } from '../portable.js';
import '../../src/elements/dprk-russia-arms/define.js';
import type { DprkRussiaArms } from '../../src/elements/dprk-russia-arms/dprk-russia-arms.js';
import { bundledStory } from '../../src/data/story.js';
import { $, $$, fixture, storyCopy, textOf } from '../helpers.js';

const arm = (el: DprkRussiaArms, id: string) => $(el, `[data-arm="${id}"]`);

describe('<dprk-russia-arms>', () => {
  it('shows every weapon and technology in the data, in order, each with its status in words', async () => {
    const el = await fixture<DprkRussiaArms>(html`<dprk-russia-arms lang="en"></dprk-russia-arms>`);
    expect($$(el, '.arm').map((a) => a.dataset.arm)).to.deep.equal(bundledStory.arms.map((a) => a.id));
    expect(textOf($(el, '.title'))).to.equal('Weapons and military technology');
    for (const id of ['ballistic-missiles', 'howitzers', 'rocket-launchers']) {
      expect(textOf(arm(el, id).querySelector('.badge')), id).to.equal('Supplied to Russia');
    }
    expect(textOf(arm(el, 'ai-drones').querySelector('.badge'))).to.equal('In development');
    expect(textOf(arm(el, 'tech-transfer').querySelector('.badge'))).to.equal('Feared transfer');
    expect(textOf(arm(el, 'ballistic-missiles'))).to.include('short-range ballistic missiles');
    expect(textOf(arm(el, 'ai-drones'))).to.include('may contain Russian technology');
    expect(textOf(arm(el, 'tech-transfer'))).to.include('space systems and weapons');
  });

  it('tells each item and its source in Italian', async () => {
    const el = await fixture<DprkRussiaArms>(html`<dprk-russia-arms lang="it"></dprk-russia-arms>`);
    for (const a of bundledStory.arms) {
      const text = textOf(arm(el, a.id));
      expect(text).to.include(a.name.it).and.include(a.detail.it);
    }
    // Every item is the article's own sentence (the United States' fear included: the article says it of them), credited once in the footer.
    expect(arm(el, 'howitzers').querySelector('.source')).to.equal(null);
    expect(arm(el, 'tech-transfer').querySelector('.source')).to.equal(null);
    expect(textOf($(el, '.sources'))).to.equal('Fonte: unita.tv (senza attribuzione).');
    expect(textOf(arm(el, 'ai-drones').querySelector('.badge'))).to.equal('In sviluppo');
    expect($$(el, '.sources')).to.have.length(1);
  });

  it('tells status by a shape and a frame as well as colour, with icons hidden from screen readers', async () => {
    const el = await fixture<DprkRussiaArms>(html`<dprk-russia-arms theme="light"></dprk-russia-arms>`);
    const svgs = $$(el, 'svg');
    expect(svgs.length).to.equal(bundledStory.arms.length * 2);
    expect(svgs.every((s) => s.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const shape = (id: string) => arm(el, id).querySelector('.badge svg')!.innerHTML;
    expect(new Set([shape('howitzers'), shape('ai-drones'), shape('tech-transfer')]).size).to.equal(3);
    const kinds = new Set(bundledStory.arms.map((a) => arm(el, a.id).querySelector('.icon')!.innerHTML));
    expect(kinds.size).to.equal(new Set(bundledStory.arms.map((a) => a.kind)).size);
    expect(getComputedStyle(arm(el, 'tech-transfer')).borderTopStyle).to.equal('dashed');
    expect(getComputedStyle(arm(el, 'howitzers')).borderTopStyle).to.equal('solid');
  });

  it('nests the item headings under the card heading', async () => {
    const el = await fixture<DprkRussiaArms>(html`<dprk-russia-arms heading-level="3"></dprk-russia-arms>`);
    expect($$(el, 'h3')).to.have.length(1);
    expect($$(el, 'h4.arm-name')).to.have.length(bundledStory.arms.length);
  });

  it('shows what the data says, not what it said at build time', async () => {
    const story = storyCopy();
    story.arms = story.arms.filter((a) => a.id !== 'howitzers');
    story.arms.find((a) => a.id === 'ai-drones')!.status = 'supplied';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(story);
    const el = await fixture<DprkRussiaArms>(html`<dprk-russia-arms lang="en">${script}</dprk-russia-arms>`);
    await el.dataSettled;
    await el.updateComplete;
    expect($$(el, '.arm')).to.have.length(bundledStory.arms.length - 1);
    expect(textOf(arm(el, 'ai-drones').querySelector('.badge'))).to.equal('Supplied to Russia');
  });

  for (const width of [280, 1200]) {
    it(`is readable at ${width}px: nothing overflows sideways`, async () => {
      const el = await fixture<DprkRussiaArms>(
        html`<dprk-russia-arms lang="it" style="width:${width}px"></dprk-russia-arms>`,
      );
      const card = $(el, '.card');
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
      const right = card.getBoundingClientRect().right;
      for (const child of $$(el, '.card *')) expect(child.getBoundingClientRect().right).to.be.at.most(right + 1);
    });
  }

  it('prints black on white in any theme, keeping each item whole and its sources', async () => {
    const el = await fixture<DprkRussiaArms>(html`<dprk-russia-arms theme="dark"></dprk-russia-arms>`);
    const card = $(el, '.card');
    expect(getComputedStyle(card).color).to.not.equal('rgb(0, 0, 0)');
    await printMedia();
    try {
      expect(getComputedStyle(card).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(arm(el, 'ai-drones')).breakInside).to.equal('avoid');
      expect(getComputedStyle($(el, '.sources')).display).to.not.equal('none');
    } finally {
      await screenMedia();
    }
  });

  it('is accessible', async () => {
    const el = await fixture<DprkRussiaArms>(html`<dprk-russia-arms lang="en"></dprk-russia-arms>`);
    await expect(el).to.be.accessible();
  });
});
