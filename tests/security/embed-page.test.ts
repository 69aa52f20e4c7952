import { expect } from '@open-wc/testing';
import { allowedSrc, readEmbedParams } from '../../src/embed/page/embed-page.js';
import '../../src/index.js';
import { openFrame, waitFor } from '../embed/embed-helpers.js';
import { bothLanguages } from '../helpers.js';

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`;
const EMBED = '/dist/embed.html';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const unique = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const counted = async (key: string): Promise<number> =>
  (await fetch(`/__sec/counted/${key}`)).json() as Promise<number>;

async function open(url: string): Promise<{ frame: HTMLIFrameElement; doc: Document; widget: () => Element }> {
  const { frame, doc } = await openFrame(url);
  await waitFor(() => !!doc.querySelector('#embed-root > :not(p)'), 'the widget');
  return { frame, doc, widget: () => doc.querySelector('#embed-root > :not(p)')! };
}

const notices = (doc: Document) => [...doc.querySelectorAll('.embed-notice')].map((n) => n.textContent ?? '').join(' ');

describe('the embed page shows only what its publisher allows', function () {
  this.timeout(20_000);

  for (const src of [
    `${OTHER_ORIGIN}/__sec/typed`,
    `//127.0.0.1:${location.port}/__sec/typed`,
    'https://elsewhere.example/lie.json',
    'javascript:alert(document.domain)',
    'data:application/json,{}',
  ]) {
    it(`refuses src=${src.slice(0, 40)} from the URL, with a notice, keeping the article's figures`, async () => {
      const { frame, doc, widget } = await open(`${EMBED}?el=dprk-russia-tally&lang=en&src=${encodeURIComponent(src)}`);
      expect(widget().hasAttribute('src')).to.equal(false);
      expect(notices(doc)).to.include('only from addresses its publisher allowed');
      expect(widget().shadowRoot!.textContent).to.include('11,000');
      frame.remove();
    });
  }

  it('loads src from its own folder (where dist/ is deployed)', async () => {
    const { frame, widget } = await open(`${EMBED}?el=dprk-russia-tally&lang=en&src=/dist/__sec/typed`);
    expect(widget().getAttribute('src')).to.equal(`${location.origin}/dist/__sec/typed`);
    frame.remove();
  });

  // A shared origin (a path-style bucket, a CDN, a user's GitHub Pages site): another tenant's file beside
  // the publisher's folder is not the publisher's data.
  for (const page of [EMBED, '/dist/embed/dprk-russia-tally.en.light.html']) {
    it(`${page.split('?')[0]}: refuses src elsewhere on its own origin, outside its folder, unless the page lists it`, async () => {
      const { frame, doc, widget } = await open(
        `${page}${page.includes('?') ? '&' : '?'}el=dprk-russia-tally&lang=en&src=/__sec/typed`,
      );
      // A pre-rendered page shows its card as parsed; its script reads the URL after.
      await waitFor(() => notices(doc) !== '', 'the page’s notice');
      expect(widget().hasAttribute('src')).to.equal(false);
      expect(notices(doc)).to.include('only from addresses its publisher allowed');
      expect(widget().shadowRoot!.textContent).to.include('11,000');
      frame.remove();
    });
  }

  it('loads src from an origin the deployed page allows in its <meta>, and only that one', async () => {
    const ok = await open(
      `/__sec/embed-allow.html?el=dprk-russia-tally&lang=en&src=${encodeURIComponent(`${OTHER_ORIGIN}/__sec/typed`)}`,
    );
    expect(ok.widget().getAttribute('src')).to.equal(`${OTHER_ORIGIN}/__sec/typed`);
    expect(notices(ok.doc)).to.equal('');
    ok.frame.remove();
    const meta = document.createElement('meta');
    meta.name = 'drw-src-origins';
    meta.content = 'https://data.example.org not-an-origin /relative javascript:alert(1)';
    const doc = document.implementation.createHTMLDocument();
    doc.head.append(meta);
    const origins = allowedSrc(doc).map((rule) => rule.origin);
    expect(origins).to.include('https://data.example.org').and.not.include('null');
    expect(origins.every((o) => /^https?:\/\//.test(o))).to.equal(true);
  });

  for (const refresh of ['Infinity', '1e309', '2147484', '4294967.296', '0.01']) {
    it(`refresh=${refresh} in the URL fetches once, with a notice, on a page that allows refresh`, async () => {
      const key = unique('embed-flood');
      const { frame, doc } = await open(
        `/__sec/embed-refresh-1.html?el=dprk-russia-tally&lang=en&src=/dist/__sec/count/${key}.json&refresh=${refresh}`,
      );
      await sleep(1500);
      expect(await counted(key)).to.equal(1);
      expect(notices(doc)).to.include('refresh').and.include('1–86400');
      frame.remove();
    });
  }

  it('reads every parameter into a closed set or a range', () => {
    const base = 'https://news.example/embed.html';
    const read = (q: string) => readEmbedParams(q, base);
    const allowing = (q: string) => readEmbedParams(q, base, undefined, 1);
    expect(allowing('?src=data.json&refresh=30')).to.include({ src: 'https://news.example/data.json', refresh: 30 });
    // Only where the deployed page allows it (<meta name="drw-allow-refresh">).
    expect(read('?src=data.json&refresh=30')).to.include({ src: 'https://news.example/data.json', refresh: null });
    expect(allowing('?refresh=30').refresh).to.equal(null);
    expect(allowing('?src=data.json&refresh=1e309').refresh).to.equal(null);
    expect(read('?id=<img src=x onerror=alert(1)>').id).to.equal('');
    expect(read(`?id=${'a'.repeat(65)}`).id).to.equal('');
    expect(read('?id=drw-1').id).to.equal('drw-1');
    expect(read('?src=https://evil.example/x.json').src).to.equal(null);
    expect(read('?el=script&lang=<b>&theme=x').rejected.map((r) => r.param)).to.deep.equal(['el', 'lang', 'theme']);
  });

  it('names a URL parameter in its notice, never its value, as markup or as text', async () => {
    const { frame, doc } = await open(
      `${EMBED}?el=${encodeURIComponent('<img src=x onerror="parent.pwned=1">')}&lang=en`,
    );
    await sleep(200);
    expect(doc.querySelector('img')).to.equal(null);
    expect(notices(doc)).to.include('“el”').and.not.include('<img').and.not.include('onerror');
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    frame.remove();
  });
});
