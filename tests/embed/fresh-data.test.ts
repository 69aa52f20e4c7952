import { expect } from '@open-wc/testing';
import '../../src/elements/dprk-russia-tally/define.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import type { DataLoadEvent } from '../../src/data/events.js';
import { storyCopy } from '../helpers.js';
import { nextEvent, waitFor } from './embed-helpers.js';

// No shadow root until the first render (src/base/story-element.ts): nothing to read yet.
/** The data's as-of day on screen: the element's data once it has rendered it (its line shows the day, not the year). */
const asOf = (el: DprkRussiaTally) => (el.shadowRoot?.querySelector('.as-of time') ? el.story.asOf : undefined);
const log = async (key: string): Promise<string[]> =>
  (await fetch(`/__embed/live-log/${key}`)).json() as Promise<string[]>;
const unique = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function inline(story: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(story);
  return script;
}

describe('fresh data without a rebuild', () => {
  it('re-fetches src every `refresh` seconds, past the HTTP cache, and the as-of stamp follows', async () => {
    const key = unique('refresh');
    const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
    el.setAttribute('lang', 'en');
    el.setAttribute('src', `/__embed/live/${key}.json`);
    el.setAttribute('refresh', '1');
    const loads: DataLoadEvent[] = [];
    el.addEventListener('drw-data-load', (e) => loads.push(e));
    document.body.append(el);
    try {
      await waitFor(() => asOf(el) === '2025-04-01', 'the first answer');
      // The server says "cache for an hour"; a refresh revalidates, so it is asked again.
      await waitFor(() => asOf(el) === '2025-04-02', 'the refreshed answer');
      expect(el.shadowRoot!.querySelector('.as-of')!.textContent).to.include(
        'The latest date it gives is 2 April; no year is given.',
      );
      expect(loads.length).to.be.at.least(2);
      expect(loads.every((e) => e.origin === 'src')).to.equal(true);
      const urls = await log(key);
      // The same URL each time (no cache-busting query): a CDN can answer the revalidation.
      expect(urls[1]).to.equal(urls[0]);
    } finally {
      el.remove();
    }
  });

  it('stops re-fetching when the widget leaves the page, and resumes when it comes back', async () => {
    const key = unique('stop');
    const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
    el.src = `/__embed/live/${key}.json`;
    el.refresh = 1;
    document.body.append(el);
    await waitFor(() => asOf(el) === '2025-04-02', 'a first refresh');
    el.remove();
    await sleep(100); // a request already in flight may still land
    const settled = (await log(key)).length;
    await sleep(2500); // more than two intervals
    expect((await log(key)).length, 'requests while detached').to.equal(settled);
    document.body.append(el);
    await waitFor(() => (asOf(el) ?? '') > '2025-04-02', 'refreshing again after re-attaching');
    el.remove();
  });

  it('applies inline JSON rewritten in place, and tells the page', async () => {
    const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
    el.setAttribute('lang', 'en');
    const first = storyCopy();
    first.asOf = '2025-04-10';
    const script = inline(first);
    el.append(script);
    document.body.append(el);
    await waitFor(() => asOf(el) === '2025-04-10', 'the inline data');
    const second = storyCopy();
    second.asOf = '2025-04-11';
    second.figures.find((f) => f.id === 'troops-total')!.value = 12000;
    const loaded = nextEvent<DataLoadEvent>(el, 'drw-data-load');
    script.textContent = JSON.stringify(second);
    expect((await loaded).origin).to.equal('inline');
    await el.updateComplete;
    expect(asOf(el)).to.equal('2025-04-11');
    expect(el.shadowRoot!.querySelector('[data-figure="troops-total"]')!.textContent).to.include('12,000');
    el.remove();
  });

  it('applies inline JSON added after the widget is on the page, and goes back to the bundled data when it is removed', async () => {
    const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
    document.body.append(el);
    await el.updateComplete;
    const bundled = asOf(el);
    const story = storyCopy();
    story.asOf = '2025-04-12';
    const script = inline(story);
    const loaded = nextEvent(el, 'drw-data-load');
    el.append(script);
    await loaded;
    await el.updateComplete;
    expect(asOf(el)).to.equal('2025-04-12');
    script.remove();
    await waitFor(() => asOf(el) === bundled, 'the bundled data back');
    el.remove();
  });

  it('rejects broken inline JSON written in place, keeping the data on screen with a notice', async () => {
    const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
    el.setAttribute('lang', 'en');
    const story = storyCopy();
    story.asOf = '2025-04-13';
    const script = inline(story);
    el.append(script);
    document.body.append(el);
    await waitFor(() => asOf(el) === '2025-04-13', 'the inline data');
    const failed = nextEvent(el, 'drw-data-error');
    script.textContent = '{ not json';
    await failed;
    await el.updateComplete;
    expect(asOf(el)).to.equal('2025-04-13');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include('invalid JSON');
    el.remove();
  });
});
