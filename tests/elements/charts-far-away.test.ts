import { expect } from '@open-wc/testing';
import '../../src/elements/dprk-russia-tally/define.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';

/**
 * Twenty tallies appended by a script to a page that has not loaded its text yet
 * (the first widgets on this page): while their first render waits for the text,
 * their empty boxes all sit at the top of the page. Only the charts that are near
 * the viewport once the cards are rendered may load and draw; the others wait to be
 * scrolled to (each chart is a Chart.js instance, its memory and its drawing).
 */
describe('charts far from the viewport, on a page still loading its text', () => {
  it('draws only the charts near the viewport; the last one draws when scrolled to', async () => {
    const column = document.createElement('div');
    column.style.width = '640px';
    document.body.append(column);
    const els = Array.from({ length: 20 }, () => {
      const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
      el.setAttribute('lang', 'en');
      return el;
    });
    column.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    await els[0].chart.ready;
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    const drawn = els.filter((el) => el.chart.chart !== null).length;
    expect(drawn, 'charts drawn').to.be.within(1, 3);
    const last = els[els.length - 1];
    expect(last.chart.chart).to.equal(null);
    last.scrollIntoView();
    await last.chart.ready;
    expect(last.chart.chart).to.not.equal(null);
    column.remove();
  });
});
