import { expect, html } from '@open-wc/testing';
import { adoptMediaRules, dropAdoptedRules, narrowTo, pageScrollWidth, resetWidth } from '../portable.js';
import '../../src/index.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { $, $$, fixture } from '../helpers.js';
import { TAGS, deepElements, emulateMedia, make, nextFrame } from './a11y-helpers.js';

const systemColor = (name: string) => {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
};

/** Resolves any CSS colour (system colours included) the way a canvas does. */
const canvasColor = (value: unknown) => {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = value as string;
  return ctx.fillStyle;
};

/** Nothing in the widget sticks out of its card, and the page does not scroll sideways. */
async function expectNoSidewaysScroll(el: StoryElement, viewportWidth: number) {
  await nextFrame();
  const card = $(el, '.card');
  const right = card.getBoundingClientRect().right;
  expect(card.scrollWidth, 'card scrolls sideways').to.be.at.most(card.clientWidth + 1);
  for (const child of deepElements(el.shadowRoot!)) {
    const box = child.getBoundingClientRect();
    if (!box.width) continue;
    expect(box.right, `${child.localName}.${child.className} sticks out`).to.be.at.most(right + 1);
  }
  expect(pageScrollWidth(), 'page scrolls sideways').to.be.at.most(viewportWidth);
}

describe('media features: forced colours, reduced motion, narrow screens, large text', () => {
  afterEach(async () => {
    await emulateMedia({});
    dropAdoptedRules();
    await resetWidth(800, 600);
  });

  describe('forced colours (Windows high contrast)', () => {
    it('draws the chart in system colours, every bar outlined', async function () {
      if (!(await emulateMedia({ forcedColors: 'active' }))) this.skip();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" theme="dark"></dprk-russia-tally>`);
      const chart = await el.chart.ready;
      const text = canvasColor('CanvasText');
      for (const dataset of chart.data.datasets) {
        expect(canvasColor(dataset.borderColor)).to.equal(text);
        expect(dataset.borderWidth).to.be.at.least(1);
      }
      const fills = chart.data.datasets.map((d) => d.backgroundColor);
      expect(fills[0]).to.be.instanceOf(CanvasPattern); // derived: hatched
      expect(canvasColor(fills[1])).to.equal(canvasColor('Canvas'));
      expect(canvasColor(fills[2])).to.equal(text);
      const x = chart.options.scales!.x!;
      expect(canvasColor((x.ticks as { color: string }).color)).to.equal(text);
      expect(canvasColor((chart.options.scales!.y!.ticks as { color: string }).color)).to.equal(text);
    });

    it('redraws in system colours when forced colours are turned on while it is shown', async function () {
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en"></dprk-russia-tally>`);
      const chart = await el.chart.ready;
      expect(canvasColor(chart.data.datasets[2].borderColor)).to.not.equal(canvasColor('CanvasText'));
      if (!(await emulateMedia({ forcedColors: 'active' }))) this.skip();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(canvasColor(chart.data.datasets[2].borderColor)).to.equal(canvasColor('CanvasText'));
    });

    it('keeps visible borders on figures, the day counter and the strands’ state markers', async function () {
      if (!(await emulateMedia({ forcedColors: 'active' }))) this.skip();
      const tally = await make('dprk-russia-tally', 'theme="light"');
      const ceasefire = await make('ceasefire-status', 'theme="light"');
      const text = systemColor('CanvasText');
      const background = systemColor('Canvas');
      const outlined = [...$$(tally, '.figure'), $(ceasefire, '.days'), ...$$(ceasefire, '.strand')];
      expect(outlined.length).to.be.greaterThan(4);
      for (const box of outlined) {
        const style = getComputedStyle(box);
        expect(style.borderTopStyle, box.className).to.equal('solid');
        expect(parseFloat(style.borderTopWidth), box.className).to.be.at.least(1);
        expect(style.borderTopColor, box.className).to.not.equal(background);
        expect(style.borderTopColor, box.className).to.not.equal('rgba(0, 0, 0, 0)');
      }
      for (const strand of $$(ceasefire, '.strand')) {
        expect(getComputedStyle(strand).borderInlineStartColor).to.equal(text);
        expect(parseFloat(getComputedStyle(strand).borderInlineStartWidth)).to.be.at.least(4);
      }
    });
  });

  describe('reduced motion', () => {
    it('draws the chart without animation', async function () {
      if (!(await emulateMedia({ reducedMotion: 'reduce' }))) this.skip();
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally></dprk-russia-tally>`);
      const chart = await el.chart.ready;
      expect(chart.options.animation).to.equal(false);
    });

    it('animates the chart for readers who have not asked for less motion', async function () {
      if (!(await emulateMedia({ reducedMotion: 'no-preference' }))) this.skip();
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally></dprk-russia-tally>`);
      const chart = await el.chart.ready;
      expect(chart.options.animation).to.not.equal(false);
    });

    for (const tag of TAGS) {
      it(`<${tag}> turns every CSS transition and animation off`, async function () {
        const el = await make(tag);
        const moving = () =>
          deepElements(el.shadowRoot!).filter((node) => {
            const style = getComputedStyle(node);
            const durations = [style.transitionDuration, style.animationDuration].join(',').split(',');
            return durations.some((d) => parseFloat(d) > 0);
          });
        // Where the launcher cannot emulate it, the widgets' reduced-motion rules are applied directly.
        if (!(await emulateMedia({ reducedMotion: 'reduce' }))) adoptMediaRules(/prefers-reduced-motion:\s*reduce/);
        await nextFrame();
        expect(moving().map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
      });
    }
  });

  describe('reflow', () => {
    for (const tag of TAGS) {
      it(`<${tag}> needs no sideways scrolling on a 320 px screen`, async () => {
        await narrowTo(320, 640);
        const el = await make(tag, 'lang="it"');
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        await expectNoSidewaysScroll(el, 320);
      });

      it(`<${tag}> needs no sideways scrolling with text at 200% on a 320 px screen`, async () => {
        await narrowTo(320, 640);
        const el = await make(tag, 'lang="it" style="--drw-font-size: 32px"');
        expect(getComputedStyle($(el, '.card')).fontSize).to.equal('32px');
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        await expectNoSidewaysScroll(el, 320);
      });
    }
  });
});
