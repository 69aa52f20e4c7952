import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { BASE, mountGenerator as mount } from './generator-helpers.js';
import { bundledStory } from '../../src/data/story.js';
import { widget } from '../../src/widgets.js';
import { scriptSnippet } from '../../src/embed/authoring/snippet.js';
import { frames, shadowText, waitFor } from './embed-helpers.js';

/** The snippet as a browser would parse it when the CMS page loads. */
const parse = (snippet: string) => new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html').body;

describe('embed-code generator', () => {
  it('writes a one-line script snippet whose element carries readable fallback content', async () => {
    const g = mount();
    g.choose('lang', 'it');
    g.choose('el', 'dprk-russia-tally');
    await frames(1);
    const snippet = g.code();
    expect(snippet).not.to.match(/[\r\n]/);
    const body = parse(snippet);
    // The widget's own entry, not every element.
    expect(body.querySelector('script[type="module"]')!.getAttribute('src')).to.equal(`${BASE}dprk-russia-tally.js`);
    // The reserve by width and language: the widget's own, beside the script.
    expect(body.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).to.equal(
      `${BASE}reserve/dprk-russia-tally.css`,
    );
    expect(snippet.length, 'short enough to paste').to.be.below(1500);
    const el = body.querySelector('dprk-russia-tally')!;
    expect(el.getAttribute('lang')).to.equal('it');
    const text = el.textContent!.replace(/\s+/g, ' ');
    expect(text)
      .to.include('circa 11.000')
      .and.include('Fonte: Comando di stato maggiore sudcoreano.')
      .and.include('La data più recente che riporta è il 25 marzo; l’anno non è indicato.');
    g.done();
  });

  it('shows a live preview that follows the choices, its fallback hidden once the card renders', async () => {
    const g = mount();
    g.choose('el', 'ceasefire-status');
    g.choose('lang', 'en');
    g.choose('theme', 'dark');
    const el = g.root.querySelector('.generator-preview ceasefire-status') as HTMLElement & {
      updateComplete: Promise<unknown>;
      resolvedScheme: string;
    };
    await el.updateComplete;
    expect(shadowText(el)).to.include('Agreement reached').and.include('Black Sea');
    expect(el.resolvedScheme).to.equal('dark');
    const fallback = el.querySelector('p')!;
    expect(el.textContent).to.include('Energy facilities');
    expect(fallback.getClientRects().length, 'fallback rendered').to.equal(0);
    g.done();
  });

  it('puts src and refresh on the element, and refresh only with a src', async () => {
    const g = mount();
    g.choose('refresh', '60');
    expect(g.code()).not.to.include('refresh=');
    g.choose('src', 'https://news.example/data/story.json');
    g.choose('refresh', '60');
    const el = parse(g.code()).querySelector('dprk-russia-tally')!;
    expect(el.getAttribute('src')).to.equal('https://news.example/data/story.json');
    expect(el.getAttribute('refresh')).to.equal('60');
    g.done();
  });

  it('writes an iframe snippet pointing at the pre-rendered page of the element, language and theme, and previews it', async () => {
    const g = mount();
    g.choose('el', 'ceasefire-status');
    g.choose('lang', 'en');
    g.choose('kind', 'iframe');
    const snippet = g.code();
    expect(snippet).not.to.match(/[\r\n]/);
    const body = parse(snippet);
    const iframe = body.querySelector('iframe')!;
    const url = new URL(iframe.getAttribute('src')!);
    // The static page the build pre-rendered for this widget, language and theme (src/ssr/pages.ts).
    expect(url.pathname).to.equal('/dist/embed/ceasefire-status.en.auto.html');
    expect(Object.fromEntries(url.searchParams)).to.include({
      el: 'ceasefire-status',
      lang: 'en',
      theme: 'auto',
      id: iframe.dataset.drwId,
    });
    expect(iframe.getAttribute('title')).to.equal(
      `${widget('ceasefire-status').title(bundledStory, 'en')} — from the ${bundledStory.article.publisher} article (our translation)`,
    );
    expect(body.querySelector('script')!.getAttribute('src')).to.equal(`${BASE}embed/iframe-resizer.js`);
    const preview = g.root.querySelector<HTMLIFrameElement>('.generator-preview iframe')!;
    await waitFor(
      () => !!preview.contentDocument?.querySelector('ceasefire-status')?.shadowRoot?.textContent,
      'the preview iframe to render',
    );
    g.done();
  });

  it('takes every URL from the base the publisher sets, and warns when that base cannot be loaded', async () => {
    const g = mount();
    const warnings = () => [...g.root.querySelectorAll('.generator-warning')].map((p) => p.textContent ?? '').join(' ');
    // This test server is on localhost: readers elsewhere could never load it.
    await waitFor(() => warnings().includes('works only on this computer'), 'the localhost warning');
    g.choose('base', 'http://127.0.0.1:9/nowhere/widgets');
    const body = parse(g.code());
    expect(body.querySelector('script')!.getAttribute('src')).to.equal(
      'http://127.0.0.1:9/nowhere/widgets/dprk-russia-tally.js',
    );
    await waitFor(() => warnings().includes('could not be loaded from this page'), 'the unreachable warning');
    g.choose('kind', 'iframe');
    const iframe = parse(g.code()).querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.match(
      /^http:\/\/127\.0\.0\.1:9\/nowhere\/widgets\/embed\/dprk-russia-tally\.it\.auto\.html\?el=/,
    );
    g.choose('base', 'javascript:alert(1)//');
    expect(g.code()).to.equal('');
    expect(warnings()).to.include('Not a web address');
    g.done();
  });

  it('offers the npm CDN for scripts, pinned to this version, and says it answers only once published', async () => {
    const g = mount();
    g.choose('host', 'cdn');
    const src = parse(g.code()).querySelector('script')!.getAttribute('src')!;
    const pkg = (await (await fetch('/package.json')).json()) as { name: string; version: string };
    expect(src).to.equal(`https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/dprk-russia-tally.js`);
    expect(g.root.textContent).to.include('once published');
    g.done();
  });

  it('preloads the first chunks beside the script: the text of the chosen language only, and the shared core beside a widget’s own entry', () => {
    // The build stamps the real (hashed) names in; here, names of our own.
    const PRELOAD_CHUNKS = {
      core: 'chunks/core-abc.js',
      text: { it: 'chunks/text-it-ghi.js', en: 'chunks/text-en-jkl.js' },
    };
    const preloads = (tag: 'dprk-russia-tally' | 'ceasefire-status', script: string, lang: 'it' | 'en' = 'en') =>
      [
        ...parse(scriptSnippet(bundledStory, { tag, lang, theme: 'auto' }, script, PRELOAD_CHUNKS)).querySelectorAll(
          'link[rel="modulepreload"]',
        ),
      ].map((l) => l.getAttribute('href'));
    const base = 'https://cdn.example/drw/';
    // The one-script embed is one file: only the language's text is worth fetching beside it (the chart is HTML: no chart code).
    expect(preloads('dprk-russia-tally', `${base}dprk-russia-widgets.js`)).to.deep.equal([
      `${base}${PRELOAD_CHUNKS.text.en}`,
    ]);
    expect(preloads('ceasefire-status', `${base}dprk-russia-widgets.js`, 'it')).to.deep.equal([
      `${base}${PRELOAD_CHUNKS.text.it}`,
    ]);
    // A widget's own entry shares its core chunk with the other entries.
    expect(preloads('dprk-russia-tally', `${base}dprk-russia-tally.js`)).to.deep.equal([
      `${base}${PRELOAD_CHUNKS.core}`,
      `${base}${PRELOAD_CHUNKS.text.en}`,
    ]);
    expect(preloads('ceasefire-status', `${base}ceasefire-status.js`)).to.deep.equal([
      `${base}${PRELOAD_CHUNKS.core}`,
      `${base}${PRELOAD_CHUNKS.text.en}`,
    ]);
    // A versioned script URL is the same entry file: its chunks are beside it too (as its reserve is).
    expect(preloads('ceasefire-status', `${base}ceasefire-status.js?v=2#x`)).to.deep.equal([
      `${base}${PRELOAD_CHUNKS.core}`,
      `${base}${PRELOAD_CHUNKS.text.en}`,
    ]);
    // A script that is not one of the built entry files gets no guesses about its neighbours.
    expect(preloads('dprk-russia-tally', `${base}bundle.js`)).to.deep.equal([]);
  });

  it('links the widget’s own reserve beside its own entry, and every widget’s beside any other script', () => {
    const reserve = (tag: 'dprk-russia-tally' | 'ceasefire-status', script: string) =>
      parse(scriptSnippet(bundledStory, { tag, lang: 'it', theme: 'auto' }, script, null))
        .querySelector('link[rel="stylesheet"]')!
        .getAttribute('href');
    const base = 'https://cdn.example/drw/';
    expect(reserve('ceasefire-status', `${base}ceasefire-status.js?v=2#x`)).to.equal(
      `${base}reserve/ceasefire-status.css`,
    );
    expect(reserve('ceasefire-status', `${base}dprk-russia-tally.js`)).to.equal(`${base}reserve.css`);
    expect(reserve('ceasefire-status', `${base}dprk-russia-widgets.js`)).to.equal(`${base}reserve.css`);
    expect(reserve('dprk-russia-tally', '/bundle.js')).to.equal('/reserve.css');
  });

  it('escapes what an editor types, so a pasted value cannot add markup', () => {
    const snippet = scriptSnippet(
      bundledStory,
      {
        tag: 'dprk-russia-tally',
        lang: 'en',
        theme: 'auto',
        articleUrl: 'https://x.example/"><img src=x onerror=alert(1)>',
      },
      '/b.js',
    );
    const body = parse(snippet);
    expect(body.querySelector('img')).to.equal(null);
    expect(body.querySelector('a')!.getAttribute('href')).to.equal('https://x.example/"><img src=x onerror=alert(1)>');
  });

  describe('copy button', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as unknown as Record<string, unknown>).clipboard;
    });

    it('copies the snippet to the clipboard', async () => {
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => void written.push(t) },
      });
      const g = mount();
      g.root.querySelector<HTMLButtonElement>('.generator-copy')!.click();
      await waitFor(() => written.length === 1, 'the clipboard write');
      expect(written[0]).to.equal(g.code());
      await waitFor(() => g.root.querySelector('.generator-status')!.textContent!.includes('Copied'), 'the status');
      g.done();
    });

    it('selects the snippet when the clipboard is refused', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      const g = mount();
      g.root.querySelector<HTMLButtonElement>('.generator-copy')!.click();
      await waitFor(() => g.root.querySelector('.generator-status')!.textContent!.trim() !== '', 'the status');
      const area = g.root.querySelector<HTMLTextAreaElement>('.generator-code')!;
      expect(document.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      g.done();
    });
  });
});
