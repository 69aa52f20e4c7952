// dprk-russia-widgets/ssr (src/ssr/render.ts) with what a stranger may pass it:
// rendered in Node by the test server (tests/ssr/middleware.mjs, /__ssr/render).
import { expect } from '@open-wc/testing';
import { bundledStory } from '../../src/data/story.js';
import { widget } from '../../src/widgets.js';
import { bothLanguages } from '../helpers.js';

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

async function render(tag: string, options: Record<string, string> = {}): Promise<{ html?: string; error?: string }> {
  const query = new URLSearchParams({ tag, ...options });
  return (await fetch(`/__ssr/render?${query}`)).json();
}

/** The markup as a browser parses it, shadow root content included (declarative shadow DOM). */
function parse(html: string) {
  const doc = Document.parseHTMLUnsafe
    ? Document.parseHTMLUnsafe(`<!doctype html><body>${html}`)
    : new DOMParser().parseFromString(html, 'text/html');
  const host = doc.body.firstElementChild!;
  const root = host.shadowRoot ?? (host.querySelector('template') as HTMLTemplateElement).content;
  return { doc, host, root };
}

describe('dprk-russia-widgets/ssr: renderWidget with hostile input', () => {
  it('renders only the registry’s elements', async () => {
    for (const tag of [
      'script',
      'div',
      'dprk-russia-evil',
      '<dprk-russia-tally>',
      'dprk-russia-tally onload=alert(1)',
    ]) {
      const { html, error } = await render(tag);
      expect(html, tag).to.equal(undefined);
      expect(error, tag).to.include('is not a widget');
    }
  });

  it('escapes attribute values and shows the notice the browser would, naming each attribute, never its value', async () => {
    const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const { html } = await render('ceasefire-status', { lang: evil, theme: evil, headingLevel: evil });
    const { doc, host, root } = parse(html!);
    expect(doc.querySelectorAll('script, img').length).to.equal(0);
    expect(root.querySelectorAll('script, img').length).to.equal(0);
    expect(host.getAttribute('lang')).to.equal(evil);
    expect(host.getAttribute('theme')).to.equal(evil);
    // The element's own checks: Italian, auto theme, a level-2 heading, and a notice naming each value.
    expect(root.querySelector('article')!.getAttribute('lang')).to.equal('it');
    expect(root.querySelector('h2#title')).to.not.equal(null);
    const notice = root.querySelector('.notice')!.textContent!;
    expect(notice).to.include('“lang”').and.include('“theme”').and.include('“heading-level”');
    // Named, never repeated: the value is a stranger's words.
    expect(notice).not.to.include('<script>').and.not.include('alert');
  });

  it('takes the heading level and theme it is given', async () => {
    const { root } = parse((await render('dprk-russia-tally', { lang: 'en', theme: 'dark', headingLevel: '4' })).html!);
    expect(root.querySelector('h4#title')!.textContent).to.equal(widget('dprk-russia-tally').title(bundledStory, 'en'));
    expect(root.querySelector('.card')!.getAttribute('data-theme')).to.equal('dark');
    expect(root.querySelector('.notice')).to.equal(null);
  });

  it('links the stylesheet only from an http(s) or relative address, and inlines no <style>', async () => {
    const ok = await render('dprk-russia-tally', { assets: 'https://cdn.example/widgets' });
    expect(parse(ok.html!).root.querySelector('link')!.getAttribute('href')).to.equal(
      'https://cdn.example/widgets/css/dprk-russia-tally.css',
    );
    expect(ok.html).not.to.include('<style');
    for (const assets of ['javascript:alert(1)//', 'data:text/css,x', '/x" onload="alert(1)', '//evil.example/<x>/']) {
      const { html, error } = await render('dprk-russia-tally', { assets });
      expect(html, assets).to.equal(undefined);
      expect(error, assets).to.include('is not an http(s) or relative URL');
    }
  });

  it('passes src on for the browser to check: the markup carries it escaped, the bundled data is shown', async () => {
    const { html } = await render('dprk-russia-tally', { lang: 'en', src: 'javascript:alert(1)"><b>x</b>' });
    const { host, root } = parse(html!);
    expect(host.getAttribute('src')).to.equal('javascript:alert(1)"><b>x</b>');
    expect(root.querySelectorAll('b').length).to.equal(0);
    expect(root.textContent).to.include('11,000');
  });
});

describe('dprk-russia-widgets/ssr: renderWidget with data of the server’s own', () => {
  it('renders the data given, and carries it as inline JSON that no text in it can break out of', async () => {
    const { html } = await render('dprk-russia-tally', { lang: 'en', data: 'fresh' });
    const { doc, host, root } = parse(html!);
    expect(root.textContent)
      .to.include('12,345')
      .and.include('Soldiers sent </script><img src=x onerror=alert(1)> so far');
    expect(doc.querySelectorAll('img').length + root.querySelectorAll('img').length).to.equal(0);
    const script = host.querySelector(':scope > script[type="application/json"]')!;
    expect(JSON.parse(script.textContent!).figures.find((f: { id: string }) => f.id === 'troops-total').value).to.equal(
      12345,
    );
  });

  it('refuses data that is not a story, naming what is wrong', async () => {
    for (const [data, reason] of [
      ['{"figures": 3}', 'does not match the story schema'],
      ['not json', 'is not JSON'],
    ]) {
      const { html, error } = await render('dprk-russia-tally', { data });
      expect(html, data).to.equal(undefined);
      expect(error, data).to.include(reason);
    }
  });
});

// Issue 23, row 8: on the server there is no page to resolve a relative link against; it must not
// come out pointing at a made-up host.
describe('dprk-russia-widgets/ssr: relative links stay relative', () => {
  for (const url of [
    '/notizie/corea-russia.html',
    'corea-russia.html?x=1#a',
    '../notizie/corea-russia.html',
    '//news.example/corea-russia.html',
    'https://news.example/a.html',
  ]) {
    it(`renders article.url "${url}" as the browser would read it on the page`, async () => {
      const { html, error } = await render('dprk-russia-story', { lang: 'en', articleUrl: url });
      expect(error, error).to.equal(undefined);
      expect(html!.includes('base.invalid'), 'a made-up host in the markup').to.equal(false);
      const { root } = parse(html!);
      const hrefs = [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include(url);
    });
  }
});
