// What only Chromium's launcher can emulate: forced colours (Windows high
// contrast), reduced motion and print media. Firefox and WebKit run every other
// a11y test; their launchers cannot set these media features (web-test-runner.config.mjs, group "chromium").
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { $, $$, fixture } from '../helpers.js';
import { emulateMedia, make } from '../a11y/a11y-helpers.js';

const systemColor = (name: string) => {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
};

describe('emulated media (Chromium)', () => {
  afterEach(async () => {
    await emulateMedia({});
  });

  describe('forced colours (Windows high contrast)', () => {
    it('draws the bars in system colours, every bar outlined, the editors’ calculation still hatched', async function () {
      expect(await emulateMedia({ forcedColors: 'active' }), 'emulated').to.equal(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" theme="dark"></dprk-russia-tally>`);
      const text = systemColor('CanvasText');
      const bars = $$(el, '[part="bar"]');
      expect(bars).to.have.length(4);
      for (const bar of bars) {
        const style = getComputedStyle(bar);
        expect(style.borderTopColor, bar.dataset.series).to.equal(text);
        expect(parseFloat(style.borderTopWidth), bar.dataset.series).to.be.at.least(2);
        expect(bar.getBoundingClientRect().width, bar.dataset.series).to.be.greaterThan(0);
      }
      const solid = bars.filter((b) => !b.classList.contains('derived'));
      for (const bar of solid)
        expect(getComputedStyle(bar).backgroundColor, bar.dataset.series).to.equal(systemColor('Highlight'));
      const hatch = getComputedStyle($(el, '.bar.derived')).backgroundImage;
      expect(hatch).to.match(/repeating-linear-gradient/);
      // The stripes in the reader's text colour: the hatch stays visible.
      expect(hatch).to.include(text);
      expect(getComputedStyle($(el, '.swatch')).backgroundImage).to.equal(hatch);
    });

    it('restyles the bars when forced colours are turned on while they are shown, with no script involved', async function () {
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" theme="light"></dprk-russia-tally>`);
      const bar = $(el, '[data-series="casualties"]');
      expect(getComputedStyle(bar).backgroundColor).to.equal('rgb(61, 75, 102)');
      expect(await emulateMedia({ forcedColors: 'active' }), 'emulated').to.equal(true);
      expect(getComputedStyle(bar).backgroundColor).to.equal(systemColor('Highlight'));
    });

    it('keeps visible borders on figures, the day counter and the strands’ state markers', async function () {
      expect(await emulateMedia({ forcedColors: 'active' }), 'emulated').to.equal(true);
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
    it('draws the bars at their length from the first frame: nothing animates, with or without reduced motion', async function () {
      for (const reducedMotion of ['reduce', 'no-preference'] as const) {
        expect(await emulateMedia({ reducedMotion }), 'emulated').to.equal(true);
        const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally></dprk-russia-tally>`);
        expect(el.shadowRoot!.getAnimations(), reducedMotion).to.deep.equal([]);
        for (const bar of $$(el, '[part="bar"]'))
          expect(getComputedStyle(bar).transitionDuration, reducedMotion).to.equal('0s');
        el.lang = el.resolvedLang === 'en' ? 'it' : 'en';
        await el.updateComplete;
        expect(el.shadowRoot!.getAnimations(), `${reducedMotion}, after a change`).to.deep.equal([]);
      }
    });
  });

  describe('print', () => {
    it('shows the table and hides the buttons in print, even with the table closed', async function () {
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" theme="light"></dprk-russia-tally>`);
      const table = $(el, 'details table');
      // Geometry is computed even inside a closed <details>, so ask whether it is shown.
      expect(table.checkVisibility(), 'closed on screen').to.equal(false);
      expect(await emulateMedia({ media: 'print' }), 'emulated').to.equal(true);
      expect(matchMedia('print').matches).to.equal(true);
      expect(table.checkVisibility(), 'shown on paper').to.equal(true);
      expect(getComputedStyle($(el, '.chart-actions')).display).to.equal('none');
    });

    it('prints the bars in their colours, at their lengths', async function () {
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" theme="light"></dprk-russia-tally>`);
      expect(await emulateMedia({ media: 'print' }), 'emulated').to.equal(true);
      const bars = $$(el, '[part="bar"]');
      for (const bar of bars) {
        // Browsers drop backgrounds on paper unless told the colours carry meaning.
        expect(getComputedStyle(bar).printColorAdjust, bar.dataset.series).to.equal('exact');
        expect(bar.checkVisibility(), bar.dataset.series).to.equal(true);
      }
      expect(bars[3].getBoundingClientRect().width / bars[0].getBoundingClientRect().width).to.be.closeTo(4 / 11, 0.01);
    });
  });
});
