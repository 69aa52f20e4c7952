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

/** Resolves any CSS colour (system colours included) the way a canvas does. */
const canvasColor = (value: unknown) => {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = value as string;
  return ctx.fillStyle;
};

describe('emulated media (Chromium)', () => {
  afterEach(async () => {
    await emulateMedia({});
  });

  describe('forced colours (Windows high contrast)', () => {
    it('draws the chart in system colours, every bar outlined', async function () {
      expect(await emulateMedia({ forcedColors: 'active' }), 'emulated').to.equal(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" theme="dark"></dprk-russia-tally>`);
      const chart = await el.chart.ready;
      const text = canvasColor('CanvasText');
      for (const dataset of chart.data.datasets) {
        expect(canvasColor(dataset.borderColor)).to.equal(text);
        expect(dataset.borderWidth).to.be.at.least(1);
      }
      const fills = chart.data.datasets.map((d) => d.backgroundColor);
      expect(fills[2]).to.be.instanceOf(CanvasPattern); // derived: hatched
      expect(canvasColor(fills[0])).to.equal(canvasColor('Highlight'));
      expect(canvasColor(fills[1])).to.equal(canvasColor('Canvas'));
      expect(canvasColor(fills[3])).to.equal(canvasColor('Highlight'));
    });

    it('redraws in system colours when forced colours are turned on while it is shown', async function () {
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en"></dprk-russia-tally>`);
      const chart = await el.chart.ready;
      expect(canvasColor(chart.data.datasets[3].borderColor)).to.not.equal(canvasColor('CanvasText'));
      expect(await emulateMedia({ forcedColors: 'active' }), 'emulated').to.equal(true);
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(canvasColor(chart.data.datasets[3].borderColor)).to.equal(canvasColor('CanvasText'));
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
    it('draws the chart without animation', async function () {
      expect(await emulateMedia({ reducedMotion: 'reduce' }), 'emulated').to.equal(true);
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally></dprk-russia-tally>`);
      const chart = await el.chart.ready;
      expect(chart.options.animation).to.equal(false);
    });

    it('draws the first frame finished, and animates later changes for readers who have not asked for less motion', async function () {
      expect(await emulateMedia({ reducedMotion: 'no-preference' }), 'emulated').to.equal(true);
      const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally></dprk-russia-tally>`);
      const chart = await el.chart.ready;
      // No entrance animation: every bar already stands at its full length when the chart is first drawn.
      const bars = chart.data.datasets.flatMap((_, i) => chart.getDatasetMeta(i).data);
      for (const bar of bars) expect((bar as unknown as { x: number }).x, 'bar end').to.equal((bar.getProps(['x'], true) as { x: number }).x);
      expect(bars.some((bar) => (bar as unknown as { x: number; base: number }).x !== (bar as unknown as { base: number }).base), 'bars drawn with length').to.equal(true);
      // A later change (here the language) is drawn with the card's animation settings.
      el.lang = el.resolvedLang === 'en' ? 'it' : 'en';
      await el.updateComplete;
      expect(el.chart.chart!.options.animation).to.not.equal(false);
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
  });
});
