// Issue 23, row 3: an allow-list entry with a path is a folder that `src` must stay inside,
// after the URL is normalised; encoded dot-segments and slashes are refused outright.
import { expect } from '@open-wc/testing';
import { readEmbedParams, allowedSrc } from '../../src/embed/page/embed-page.js';
import '../../src/index.js';
import { nextEvent, waitFor } from '../embed/embed-helpers.js';
import { bothLanguages } from '../helpers.js';

// The notices are written in the page's language: its text first.
await bothLanguages();

const BASE = 'https://news.example/embed.html';

function rules(content: string) {
  const doc = document.implementation.createHTMLDocument();
  const base = doc.createElement('base');
  base.href = BASE;
  const meta = doc.createElement('meta');
  meta.name = 'drw-src-origins';
  meta.content = content;
  doc.head.append(base, meta);
  return allowedSrc(doc);
}

const srcFor = (src: string, content: string) =>
  readEmbedParams(`?src=${encodeURIComponent(src)}`, BASE, rules(content)).src;

describe('drw-src-origins: an origin, or a folder of it', () => {
  const FOLDER = 'https://bucket.example/publisher-data/';

  it('loads a file inside the listed folder, on its origin', () => {
    expect(srcFor('https://bucket.example/publisher-data/story.json', FOLDER)).to.equal(
      'https://bucket.example/publisher-data/story.json',
    );
    expect(srcFor('https://bucket.example/publisher-data/2025/story.json?v=2', FOLDER)).to.equal(
      'https://bucket.example/publisher-data/2025/story.json?v=2',
    );
    // A dot-segment that stays inside the folder is resolved, as the browser would request it.
    expect(srcFor('https://bucket.example/publisher-data/a/../story.json', FOLDER)).to.equal(
      'https://bucket.example/publisher-data/story.json',
    );
  });

  for (const src of [
    'https://bucket.example/anyone.json',
    'https://bucket.example/publisher-data-evil/story.json',
    'https://bucket.example/publisher-data',
    'https://bucket.example/publisher-data/../anyone.json',
    'https://bucket.example/publisher-data/%2e%2e/anyone.json',
    'https://bucket.example/publisher-data/%2E%2E/anyone.json',
    'https://bucket.example/publisher-data/.%2e/anyone.json',
    'https://bucket.example/publisher-data/..%2fanyone.json',
    'https://bucket.example/publisher-data/..%2Fanyone.json',
    'https://bucket.example/publisher-data/%2e%2e%2fanyone.json',
    'https://bucket.example/publisher-data/..%5canyone.json',
    'https://bucket.example/publisher-data/%252e%252e/anyone.json',
    'https://bucket.example/publisher-data\\..\\anyone.json',
    'https://bucket.example/publisher-data/..\\anyone.json',
    'https://bucket.example//publisher-data/story.json',
    'https://bucket.example/publisher-data//../../anyone.json',
    'https://bucket.example/publisher-data/%2fanyone.json',
    'https://user:pass@bucket.example/publisher-data/story.json',
    'https://bucket.example:8443/publisher-data/story.json',
    'http://bucket.example/publisher-data/story.json',
    'https://bucket.example.evil.example/publisher-data/story.json',
    '//bucket.example/anyone.json',
  ]) {
    it(`refuses ${src}`, () => {
      expect(srcFor(src, FOLDER)).to.equal(null);
    });
  }

  it('reads a folder without its final slash as the folder, and a bare origin as the whole origin', () => {
    expect(
      srcFor('https://bucket.example/publisher-data-evil/story.json', 'https://bucket.example/publisher-data'),
    ).to.equal(null);
    expect(
      srcFor('https://bucket.example/publisher-data/story.json', 'https://bucket.example/publisher-data'),
    ).to.equal('https://bucket.example/publisher-data/story.json');
    expect(srcFor('https://data.example.org/any/where.json', 'https://data.example.org')).to.equal(
      'https://data.example.org/any/where.json',
    );
    expect(srcFor('https://data.example.org/any/where.json', 'https://data.example.org/')).to.equal(
      'https://data.example.org/any/where.json',
    );
  });

  it('still refuses encoded tricks on a whole origin and on the page’s own origin', () => {
    expect(srcFor('https://data.example.org/a/..%2f..%2fx.json', 'https://data.example.org')).to.equal(null);
    expect(srcFor('/data/%2e%2e/x.json', '')).to.equal(null);
    expect(srcFor('/data/story.json', '')).to.equal('https://news.example/data/story.json');
  });

  it('ignores entries that are not http(s) URLs', () => {
    expect(rules('not-an-origin /relative javascript:alert(1) data:,x').map((r) => r.origin)).to.deep.equal([
      'https://news.example',
    ]);
  });
});

describe('drw-src-origins with a folder, in the deployed embed page', function () {
  this.timeout(20_000);
  const OTHER = `http://127.0.0.1:${location.port}`;

  async function open(src: string) {
    const frame = document.createElement('iframe');
    frame.src = `/__sec/embed-prefix.html?el=dprk-russia-tally&lang=en&src=${encodeURIComponent(src)}`;
    document.body.append(frame);
    await nextEvent(frame, 'load');
    const doc = frame.contentDocument!;
    await waitFor(() => !!doc.querySelector('#embed-root > :not(p)'), 'the widget');
    return { frame, doc, el: doc.querySelector('#embed-root > :not(p)')! };
  }

  it('loads the publisher’s folder', async () => {
    const { frame, el } = await open(`${OTHER}/__sec/publisher-data/story.json`);
    expect(el.getAttribute('src')).to.equal(`${OTHER}/__sec/publisher-data/story.json`);
    frame.remove();
  });

  for (const path of [
    '/__sec/anyone.json',
    '/__sec/publisher-data-evil/story.json',
    '/__sec/publisher-data/..%2fanyone.json',
    '/__sec/publisher-data/%2e%2e/anyone.json',
  ]) {
    it(`refuses ${path} on the same host, with a notice naming src`, async () => {
      const { frame, doc, el } = await open(`${OTHER}${path}`);
      expect(el.hasAttribute('src')).to.equal(false);
      expect(doc.querySelector('.embed-notice')!.textContent).to.include('“src”');
      frame.remove();
    });
  }
});
