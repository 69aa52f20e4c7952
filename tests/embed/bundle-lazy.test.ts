import { expect } from '@open-wc/testing';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { BUNDLE, frames, load, shadowText } from './embed-helpers.js';

/** Requests for the chart chunk (Chart.js) so far. */
const chartChunkRequests = () =>
  performance.getEntriesByType('resource').filter((e) => /\/dist\/chunks\/chart-kit-[^/]+\.js/.test(e.name));

describe('the built bundle (one script tag from a CDN)', () => {
  it('shows cards without the chart code, and fetches it only when a chart comes near the viewport', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const tally = document.createElement('dprk-russia-tally') as DprkRussiaTally;
    tally.setAttribute('lang', 'en');
    document.body.append(spacer, tally);

    await load(BUNDLE);
    await customElements.whenDefined('dprk-russia-tally');
    await tally.updateComplete;
    await frames(3); // room for an IntersectionObserver callback that should not come
    expect(shadowText(tally)).to.include('about 11,000').and.include('at least 3,000');
    expect(chartChunkRequests(), 'chart chunk before scrolling').to.have.length(0);
    expect(tally.chart.chart).to.equal(null);

    tally.scrollIntoView();
    const chart = await tally.chart.ready;
    expect(chart.data.datasets.length).to.be.greaterThan(0);
    expect(chartChunkRequests(), 'chart chunk after scrolling').to.have.length(1);
    spacer.remove();
    tally.remove();
  });

  it('defines every element of the story from the one script', async () => {
    await load(BUNDLE);
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect(tags.length).to.be.greaterThan(1);
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });
});
