// The pre-rendered pages the build writes into dist/ (scripts/prerender.mjs),
// served as built (/dist/, the plain static handler): read with scripts off
// (a sandboxed frame runs none), and upgraded with them.
import { expect } from '@open-wc/testing';
import { bundledStory } from '../../src/data/story.js';
import { asOfParams, type Lang } from '../../src/i18n/i18n.js';
import { WIDGETS, widget } from '../../src/widgets.js';
import { RESIZE_TYPE, type ResizeMessage } from '../../src/embed/protocol.js';
import { nextEvent } from '../embed/embed-helpers.js';
import {
  deepText,
  frames,
  layout,
  stylesheetsLoaded,
  upgraded,
  waitFor,
  type FrameWindow,
  type Piece,
} from './ssr-helpers.js';
import { bothLanguages } from '../helpers.js';

/** The as-of line's day, as the card shows it ("25 March"; the article gives no year). */
const asOfDay = (lang: Lang) => asOfParams(lang, bundledStory.asOf, bundledStory.article.publisher).date;

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

async function load(url: string, { scripts, width = 640 }: { scripts: boolean; width?: number }) {
  const frame = document.createElement('iframe');
  // Without allow-scripts a sandboxed frame runs no script at all; allow-same-origin lets the test read it.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `display:block;width:${width}px;height:700px;border:0`;
  frame.src = url;
  const loaded = nextEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  await stylesheetsLoaded(frame.contentDocument!);
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as FrameWindow };
}

/** Pieces with their tops measured from the widget's own top, so two pages can be compared. */
const relative = (el: Element, win: Window): Piece[] => {
  const top = el.getBoundingClientRect().top + win.scrollY;
  return layout(el, win).map((p) => ({ ...p, top: Math.round((p.top - top) * 10) / 10 }));
};

const pairs: [Lang, 'light' | 'dark' | 'auto'][] = [
  ['en', 'dark'],
  ['it', 'light'],
];

describe('dist/embed/<tag>.<lang>.<theme>.html: pre-rendered iframe pages', () => {
  for (const { tag } of WIDGETS) {
    for (const [lang, theme] of pairs) {
      const url = `/dist/embed/${tag}.${lang}.${theme}.html`;
      it(`${tag}.${lang}.${theme}.html shows the card with scripts off, and its script changes nothing and reports the final height at once`, async () => {
        const still = await load(url, { scripts: false });
        const staticEl = still.doc.querySelector(tag)!;
        expect(still.win.customElements.get(tag), 'no script ran').to.equal(undefined);
        const text = deepText(staticEl);
        expect(text).to.include(widget(tag).title(bundledStory, lang));
        expect(text).to.include(asOfDay(lang));
        expect(still.doc.documentElement.lang).to.equal(lang);
        const staticHeight = Math.ceil(still.doc.querySelector('#embed-root')!.getBoundingClientRect().height);
        const before = relative(staticEl, still.win);
        // Out of the way: the live page takes its place in the viewport (the chart loads when in view).
        still.frame.remove();

        const heights: number[] = [];
        const live = document.createElement('iframe');
        const onMessage = (event: MessageEvent) => {
          if (event.source === live.contentWindow && (event.data as ResizeMessage)?.type === RESIZE_TYPE)
            heights.push((event.data as ResizeMessage).height);
        };
        addEventListener('message', onMessage);
        live.style.cssText = 'display:block;width:640px;height:700px;border:0';
        live.src = `${url}?id=w1`;
        const loaded = nextEvent(live, 'load');
        document.body.append(live);
        await loaded;
        const win = live.contentWindow as FrameWindow;
        await upgraded(live.contentDocument!, win);
        const el = live.contentDocument!.querySelector(tag)!;
        await waitFor(() => heights.length > 0, 'a height from the embed page');
        await frames(win, 3);
        removeEventListener('message', onMessage);
        // The first height the page posts is already the card's, and it never changes.
        expect(heights).to.deep.equal([staticHeight]);
        const now = relative(el, win);
        const changed = now.flatMap((p, i) =>
          JSON.stringify(p) === JSON.stringify(before[i]) ? [] : [{ before: before[i], now: p }],
        );
        expect(changed.slice(0, 3), `${changed.length} pieces changed`).to.deep.equal([]);
        // Upgraded: one card, rendered by the script.
        expect(
          [...el.shadowRoot!.children].filter((child) => ['article', 'section'].includes(child.localName)).length,
        ).to.equal(1);
        live.remove();
      });
    }
  }

  it('takes src, refresh and id from its URL, and names a refused src in the page language, above the card', async () => {
    const { frame, doc, win } = await load(
      '/dist/embed/dprk-russia-tally.en.light.html?src=https://elsewhere.example/story.json&id=w2',
      { scripts: true },
    );
    await upgraded(doc, win);
    const root = doc.querySelector('#embed-root')!;
    const notice = root.querySelector('.embed-notice');
    // Named by its parameter, in the page's language; the address a stranger wrote is not repeated.
    expect(notice?.textContent).to.include('“src”').and.not.include('elsewhere.example');
    expect(root.firstElementChild).to.equal(notice);
    expect(doc.querySelector('dprk-russia-tally')!.hasAttribute('src')).to.equal(false);
    // Still English, still the tally: the page is that widget, whatever the URL says.
    expect(deepText(doc.querySelector('dprk-russia-tally')!)).to.include(
      widget('dprk-russia-tally').title(bundledStory, 'en'),
    );
    frame.remove();
  });

  it('ignores el, lang and theme in the URL of a pre-rendered page', async () => {
    const { frame, doc, win } = await load(
      '/dist/embed/ceasefire-status.it.dark.html?el=dprk-russia-tally&lang=en&theme=light',
      { scripts: true },
    );
    await upgraded(doc, win);
    expect(doc.querySelectorAll('#embed-root > *').length).to.equal(1);
    const el = doc.querySelector('ceasefire-status') as HTMLElement & { resolvedLang: string; resolvedScheme: string };
    expect([el.resolvedLang, el.resolvedScheme]).to.deep.equal(['it', 'dark']);
    frame.remove();
  });
});

describe('dist/demo/story.html: the story page, pre-rendered', () => {
  for (const width of [320, 1200]) {
    it(`shows the whole story with scripts off, and upgrades with no change outside the chart at ${width} px`, async () => {
      const still = await load('/dist/demo/story.html', { scripts: false, width });
      const staticEl = still.doc.querySelector('dprk-russia-story')!;
      const text = deepText(staticEl);
      expect(text).to.include(bundledStory.article.title.it);
      for (const card of WIDGETS.filter((w) => w.story)) expect(text).to.include(card.title(bundledStory, 'it'));
      const before = relative(staticEl, still.win);
      // Nothing to operate that does nothing: the page's settings wait for their script.
      const dead = [...still.doc.querySelectorAll<HTMLElement>('select, input, button, [tabindex]')].filter(
        (c) => !(c as HTMLSelectElement).disabled && c.tabIndex >= 0,
      );
      expect(
        dead.map((c) => c.id || c.localName),
        'controls with no script behind them',
      ).to.deep.equal([]);
      still.frame.remove();
      const live = await load('/dist/demo/story.html', { scripts: true, width });
      await upgraded(live.doc, live.win);
      await frames(live.win, 3);
      const el = live.doc.querySelector('dprk-russia-story')!;
      expect(
        live.doc.querySelector<HTMLSelectElement>('#page-lang')!.disabled,
        'the page language, with its script',
      ).to.equal(false);
      const now = relative(el, live.win);
      const changed = now.flatMap((p, i) =>
        JSON.stringify(p) === JSON.stringify(before[i]) ? [] : [{ before: before[i], now: p }],
      );
      expect(changed.slice(0, 3), `${changed.length} pieces changed`).to.deep.equal([]);
      expect(now.length).to.equal(before.length);
      live.frame.remove();
    });
  }
});
