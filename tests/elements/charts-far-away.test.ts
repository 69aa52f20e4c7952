import { expect } from '@open-wc/testing';
import '../../src/elements/dprk-russia-tally/define.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';

/** Requests for the chart code (Chart.js, loaded only to make a PNG) so far. */
const chartCode = () =>
  performance.getEntriesByType('resource').filter((e) => /chart-kit|\/chart\.js\b|chart\.js\/dist/.test(e.name));

/**
 * Twenty tallies appended by a script: each draws its bars in its own first
 * render, in HTML, with no chart code to load and no Chart.js instance to keep
 * in memory; the ones far from the viewport render when scrolled to or when the
 * page is idle, bars included.
 */
describe('charts far from the viewport', () => {
  it('draws every chart with its card, loading no chart code', async () => {
    const column = document.createElement('div');
    column.style.width = '640px';
    document.body.append(column);
    const els = Array.from({ length: 20 }, () => {
      const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
      el.setAttribute('lang', 'en');
      return el;
    });
    column.append(...els);
    try {
      await els[0].updateComplete;
      const bars = (el: DprkRussiaTally) =>
        [...el.shadowRoot!.querySelectorAll('[part="bar"]')].map((b) => b.getBoundingClientRect().width);
      expect(bars(els[0])).to.have.length(4);
      for (const width of bars(els[0])) expect(width).to.be.greaterThan(0);
      const last = els[els.length - 1];
      last.scrollIntoView();
      await last.updateComplete;
      for (const width of bars(last)) expect(width).to.be.greaterThan(0);
      expect(chartCode(), 'chart code requested').to.have.length(0);
    } finally {
      column.remove();
    }
  });
});
