import { expect } from '@open-wc/testing';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { BUNDLE, frames, load, shadowText } from './embed-helpers.js';

/** Requests for the chart chunk (Chart.js) so far. */
const chartChunkRequests = () =>
  performance.getEntriesByType('resource').filter((e) => /\/dist\/chunks\/chart-kit-[^/]+\.js/.test(e.name));

describe('the built bundle (one script tag from a CDN)', () => {
  it('draws the chart without the chart code, and fetches it only when the reader asks for the PNG', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const tally = document.createElement('dprk-russia-tally') as DprkRussiaTally;
    tally.setAttribute('lang', 'en');
    document.body.append(spacer, tally);

    await load(BUNDLE);
    await customElements.whenDefined('dprk-russia-tally');
    tally.scrollIntoView();
    await tally.updateComplete;
    await frames(3);
    expect(shadowText(tally)).to.include('about 11,000').and.include('at least 3,000');
    const bars = [...tally.shadowRoot!.querySelectorAll('[part="bar"]')];
    expect(bars).to.have.length(4);
    for (const bar of bars) expect(bar.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(chartChunkRequests(), 'chart chunk with the bars drawn').to.have.length(0);

    // The PNG: the chart chunk, once; the file is caught before it reaches the downloads.
    const saved = new Promise<string>((resolve) =>
      tally.shadowRoot!.addEventListener('click', (event) => {
        const link = event.composedPath()[0];
        if (link instanceof HTMLAnchorElement && link.download) {
          event.preventDefault();
          resolve(link.download);
        }
      }),
    );
    tally.shadowRoot!.querySelector<HTMLButtonElement>('button.download-chart')!.click();
    expect(await saved).to.equal('dprk-russia-tally-en.png');
    expect(chartChunkRequests(), 'chart chunk after the PNG click').to.have.length(1);
    spacer.remove();
    tally.remove();
  });

  it('defines every element of the story from the one script', async () => {
    await load(BUNDLE);
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect(tags.length).to.be.greaterThan(1);
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });
});
