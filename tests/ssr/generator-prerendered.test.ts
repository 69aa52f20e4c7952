// The generator's pre-rendered snippet (src/embed/authoring/generator.ts): the
// card's markup from the built dist/ (npm run build), one script, its size shown.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { BASE, mountGenerator as mount } from '../embed/generator-helpers.js';
import { prerenderedSnippet } from '../../src/embed/authoring/snippet.js';
import { bundledStory } from '../../src/data/story.js';
import { asOfParams, type Lang } from '../../src/i18n/i18n.js';
import { widget } from '../../src/widgets.js';
import { deepText, frames, stylesheetsLoaded, upgraded, waitFor, type FrameWindow } from './ssr-helpers.js';
import { nextEvent } from '../embed/embed-helpers.js';

/** The as-of line's day, as the card shows it ("25 March"; the article gives no year). */
const asOfDay = (lang: Lang) => asOfParams(lang, bundledStory.asOf, bundledStory.article.publisher).date;

/** A plain page with `snippet` pasted in it, as a CMS publishes it; scripts off in a sandboxed frame. */
async function publish(snippet: string, scripts: boolean) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText =
    'position:fixed;top:0;left:0;z-index:1;display:block;width:640px;height:800px;border:0;background:white';
  frame.src = `/__paste/page.html?width=640&lang=en&html=${encodeURIComponent(snippet)}`;
  const loaded = nextEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  await stylesheetsLoaded(frame.contentDocument!);
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as FrameWindow };
}

describe('generator: pre-rendered snippet', () => {
  it('gives the whole card as markup plus one script, on one line, with its size, and says which CMSes keep it', async () => {
    const g = mount();
    g.choose('el', 'ceasefire-status');
    g.choose('lang', 'en');
    g.choose('theme', 'dark');
    g.choose('kind', 'prerendered');
    await waitFor(() => g.code() !== '', 'the pre-rendered markup to be read from dist/');
    const snippet = g.code();
    expect(snippet).not.to.match(/[\r\n]/);
    expect(snippet.match(/<script/g)!.length).to.equal(1);
    expect(snippet).to.include(`<script type="module" src="${BASE}ceasefire-status.js"></script>`);
    expect(snippet).to.include('<template shadowroot="open" shadowrootmode="open">');
    expect(snippet).to.include(`<link rel="stylesheet" href="${BASE}css/ceasefire-status.css">`);
    expect(snippet).not.to.include('<style');
    const bytes = new TextEncoder().encode(snippet).length;
    await waitFor(
      () =>
        (g.root.querySelector('.generator-bytes')?.textContent ?? '').includes('gzip') ||
        typeof CompressionStream !== 'function',
      'the size',
    );
    expect(g.root.querySelector('.generator-bytes')!.textContent).to.include(`${(bytes / 1024).toFixed(1)} KB`);
    const hint = g.root.querySelector('.generator-hint')!.textContent!;
    expect(hint).to.include('unfiltered_html').and.include('Ghost').and.include('JavaScript turned off');
    g.done();
  });

  it('the pasted snippet reads with scripts off, and its script upgrades it with src from the form', async () => {
    const g = mount();
    g.choose('el', 'dprk-russia-tally');
    g.choose('lang', 'en');
    g.choose('kind', 'prerendered');
    g.choose('src', '/__sec/typed?type=text/plain');
    await waitFor(() => g.code() !== '', 'the pre-rendered markup');
    const snippet = g.code();
    g.done();

    const still = await publish(snippet, false);
    const off = still.doc.querySelector('dprk-russia-tally')!;
    expect(still.win.customElements.get('dprk-russia-tally')).to.equal(undefined);
    expect(deepText(off)).to.include(widget('dprk-russia-tally').title(bundledStory, 'en')).and.include(asOfDay('en'));
    expect(still.win.getComputedStyle(off.shadowRoot!.querySelector('.card')!).borderTopStyle).to.equal('solid');
    const height = off.getBoundingClientRect().height;
    still.frame.remove();

    const live = await publish(snippet, true);
    await upgraded(live.doc, live.win);
    const el = live.doc.querySelector('dprk-russia-tally')!;
    expect(el.getAttribute('src')).to.equal('/__sec/typed?type=text/plain');
    // The src is refused (not JSON): the pre-rendered data stays, with the element's own notice.
    await waitFor(() => !!el.shadowRoot!.querySelector('.notice'), 'the notice for the refused src');
    expect(deepText(el)).to.include(asOfDay('en'));
    await frames(live.win, 2);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(height);
    live.frame.remove();
  });

  it('escapes src and refresh, and links the stylesheets only from a web address', () => {
    const markup =
      '<dprk-russia-tally lang="en"><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="../css/dprk-russia-tally.css"></template></dprk-russia-tally>';
    const options = {
      tag: 'dprk-russia-tally',
      lang: 'en',
      theme: 'auto',
      src: 'https://x.example/"><img src=x onerror=alert(1)>',
    } as const;
    const snippet = prerenderedSnippet(markup, options, 'https://cdn.example/w.js', 'https://cdn.example/dist/');
    const body = new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html').body;
    expect(body.querySelector('img')).to.equal(null);
    expect(body.querySelector('dprk-russia-tally')!.getAttribute('src')).to.equal(options.src);
    expect(snippet).to.include('href="https://cdn.example/dist/css/dprk-russia-tally.css"');
    expect(prerenderedSnippet(markup, options, 'https://cdn.example/w.js', 'javascript:alert(1)//')).to.equal('');
  });
});
