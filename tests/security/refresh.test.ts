// Issue 23, row 4: `refresh` that a CDN can serve. Each refresh revalidates the same URL
// (no unique query), stops once the data is refused, backs off while the server fails, and
// the embed page takes `refresh` from its URL only where the deployed page allows it.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { nextEvent, waitFor } from '../embed/embed-helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const unique = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const counted = async (key: string): Promise<number> =>
  (await fetch(`/__sec/counted/${key}`)).json() as Promise<number>;
type Request = { query: string; ifNoneMatch: string | null };
const requests = async (key: string): Promise<Request[]> =>
  (await fetch(`/__sec/requests/${key}`)).json() as Promise<Request[]>;
const notice = (el: Element) => el.shadowRoot?.querySelector('.notice')?.textContent?.replace(/\s+/g, ' ') ?? '';

async function make(src: string, refresh = '1'): Promise<StoryElement> {
  const el = document.createElement('dprk-russia-tally') as StoryElement;
  el.setAttribute('lang', 'en');
  el.setAttribute('src', src);
  el.setAttribute('refresh', refresh);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('refresh revalidates, stops when refused, backs off on errors', function () {
  this.timeout(20_000);

  it('asks for the same URL each time, as a conditional request a cache can answer with 304', async () => {
    const key = unique('etag');
    const el = await make(`/__sec/count-etag/${key}.json?v=1`);
    try {
      // Three requests: the first load and two refreshes (the wait counts from each answer, so a busy machine stretches it).
      let seen: Request[] = [];
      for (let waited = 0; seen.length < 3 && waited < 10_000; waited += 250) {
        await sleep(250);
        seen = await requests(key);
      }
      expect(seen.length, 'requests in 10 s').to.be.at.least(3);
      expect(seen.map((r) => r.query)).to.deep.equal(seen.map(() => 'v=1'));
      // The server said "fresh for an hour": a refresh still reaches it (revalidation), and where the
      // browser keeps an HTTP cache it asks with the ETag, so an unchanged file costs a 304.
      // (WebKitGTK's automation session keeps none: two plain fetches both reach the server.)
      const probe = unique('probe');
      await fetch(`/__sec/count-etag/${probe}.json`);
      await fetch(`/__sec/count-etag/${probe}.json`);
      const browserCaches = (await counted(probe)) === 1;
      if (browserCaches)
        expect(
          seen.slice(1).every((r) => r.ifNoneMatch === '"v1"'),
          JSON.stringify(seen),
        ).to.equal(true);
      expect(notice(el)).to.equal('');
    } finally {
      el.remove();
    }
  });

  it('stops refreshing, with its notice, once the schema refuses the data; another src starts again', async () => {
    const key = unique('refused');
    const el = await make(`/__sec/count-bad/${key}.json`);
    try {
      await waitFor(() => notice(el).includes('could not be used'), 'the refusal');
      await sleep(2500);
      expect(await counted(key), 'requests after the refusal').to.equal(1);
      expect(notice(el)).to.include('stopped');
      el.setAttribute('src', `/__sec/count/${key}-again.json`);
      await sleep(2300);
      expect(await counted(`${key}-again`)).to.be.at.least(2);
      expect(notice(el)).to.equal('');
    } finally {
      el.remove();
    }
  });

  it('after a refresh fails, says the data already shown stays, not that the article’s is back', async () => {
    const key = unique('then-bad');
    const el = await make(`/__sec/count-then-bad/${key}.json`);
    try {
      await waitFor(
        () => (el.shadowRoot?.textContent ?? '').includes('12,345'),
        'the first answer (test data) on screen',
      );
      await waitFor(() => notice(el).includes('could not be used'), 'the failed refresh', 8000);
      expect(el.shadowRoot!.textContent, 'the data on screen').to.include('12,345');
      expect(notice(el)).not.to.include('article');
      expect(notice(el)).to.include('already shown');
    } finally {
      el.remove();
    }
  });

  it('stops refreshing once the answer is not JSON: one request, then none', async () => {
    const key = unique('typed');
    const el = await make(`/__sec/typed?type=text/plain&k=${key}`);
    try {
      await waitFor(() => notice(el).includes('could not be used'), 'the refusal');
      await sleep(2500);
      expect(await counted(key)).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('backs off while the server answers 503: fewer and fewer requests, the data on screen kept', async () => {
    const key = unique('busy');
    const el = await make(`/__sec/count-503/${key}.json`);
    try {
      await sleep(7200);
      // Every second would be 7 or 8; doubling from 1 s after each failure: 0, 2, 6 (next at 14).
      const n = await counted(key);
      expect(n, 'requests in 7.2 s').to.be.within(2, 4);
      expect(el.shadowRoot!.textContent).to.include('11,000');
      expect(notice(el)).to.include('HTTP status 503').and.not.include('stopped');
    } finally {
      el.remove();
    }
  });
});

describe('the embed page takes refresh only where its publisher allows it', function () {
  this.timeout(20_000);

  async function open(url: string) {
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    await nextEvent(frame, 'load');
    const doc = frame.contentDocument!;
    await waitFor(() => !!doc.querySelector('#embed-root > :not(p)'), 'the widget');
    return { frame, doc, el: doc.querySelector('#embed-root > :not(p)')! };
  }
  const embedNotices = (doc: Document) =>
    [...doc.querySelectorAll('.embed-notice')].map((n) => n.textContent).join(' ');

  for (const page of ['/dist/embed.html?el=dprk-russia-tally&', '/dist/embed/dprk-russia-tally.en.light.html?']) {
    it(`${page.split('?')[0]}: refresh in a stranger’s link is ignored, with a notice; src loads once`, async () => {
      const key = unique('no-refresh');
      const { frame, doc, el } = await open(`${page}lang=en&src=/dist/__sec/count/${key}.json&refresh=1`);
      try {
        await sleep(2500);
        expect(await counted(key)).to.equal(1);
        expect(el.hasAttribute('refresh')).to.equal(false);
        expect(embedNotices(doc)).to.include('“refresh”');
      } finally {
        frame.remove();
      }
    });
  }

  for (const page of ['/__sec/embed-refresh-1.html?el=dprk-russia-tally&', '/__sec/prerendered-refresh-1.html?']) {
    it(`${page.split('?')[0]}: refresh is taken where the deployed page allows it (drw-allow-refresh)`, async () => {
      const key = unique('allowed');
      const { frame, doc, el } = await open(`${page}lang=en&src=/dist/__sec/count/${key}.json&refresh=1`);
      try {
        // A second request comes a second after the first answer (later on a busy machine).
        let n = 0;
        for (let waited = 0; n < 2 && waited < 8000; waited += 250) {
          await sleep(250);
          n = await counted(key);
        }
        expect(n, 'requests in 8 s').to.be.at.least(2);
        expect(el.getAttribute('refresh')).to.equal('1');
        expect(embedNotices(doc)).to.equal('');
      } finally {
        frame.remove();
      }
    });
  }

  it('refuses a refresh below the minimum the deployed page sets, with a notice giving the range', async () => {
    const key = unique('below');
    const { frame, doc, el } = await open(
      `/__sec/embed-refresh-60.html?el=dprk-russia-tally&lang=en&src=/dist/__sec/count/${key}.json&refresh=1`,
    );
    try {
      await sleep(1500);
      expect(await counted(key)).to.equal(1);
      expect(el.hasAttribute('refresh')).to.equal(false);
      expect(embedNotices(doc)).to.include('“refresh”').and.include('60–86400');
    } finally {
      frame.remove();
    }
  });
});
