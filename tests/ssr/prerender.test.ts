import { expect } from '@open-wc/testing';
import { scrollThrough } from '../scroll-through.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { bundledStory } from '../../src/data/story.js';
import { formatDate, formatNumber, type Lang } from '../../src/i18n/i18n.js';
import { THEME_TOKENS } from '../../src/styles/card.styles.js';
import { WIDGETS, widget } from '../../src/widgets.js';
import { bothLanguages, fixture } from '../helpers.js';
import { deepText, frames, layout, open, upgraded, waitFor, widgetsIn, type Piece } from './ssr-helpers.js';

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

const LANGS: Lang[] = ['it', 'en'];
const TAGS = WIDGETS.map((w) => w.tag);

/** The element as the script renders it in a page, for comparison. */
async function clientRendered(tag: string, lang: Lang, theme: string): Promise<StoryElement> {
  const name = unsafeStatic(tag);
  const el = await fixture<StoryElement>(staticHtml`<${name} lang=${lang} theme=${theme}></${name}>`);
  if (tag === 'dprk-russia-story') {
    for (const card of el.shadowRoot!.querySelectorAll<StoryElement>('.cards > *')) await card.updateComplete;
  }
  // Laid out as a reader scrolling past it sees it (a card away from the viewport waits to be).
  await scrollThrough(el);
  return el;
}

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('pre-rendered widgets, read with JavaScript off', () => {
  it('really runs no script: the page is served with script-src \'none\' and nothing is defined', async () => {
    const { frame, doc, win } = await open({ tags: 'dprk-russia-tally', lang: 'en', js: '0' });
    const header = (await fetch(frame.src)).headers.get('content-security-policy') ?? '';
    expect(header).to.include("script-src 'none'").and.include("style-src 'self'");
    expect(win.customElements.get('dprk-russia-tally')).to.equal(undefined);
    expect(doc.querySelector('dprk-russia-tally')!.matches(':defined')).to.equal(false);
    frame.remove();
  });

  for (const tag of TAGS) {
    for (const lang of LANGS) {
      const theme = lang === 'en' ? 'dark' : 'light';
      it(`<${tag} lang="${lang}" theme="${theme}"> shows the card's text, sources and as-of date, styled, with no script`, async () => {
        const { frame, doc } = await open({ tags: tag, lang, theme, js: '0' });
        const [el] = widgetsIn(doc);
        expect(el.localName).to.equal(tag);
        // The declarative shadow root was attached by the parser: no script needed.
        expect(el.shadowRoot, 'a shadow root from <template shadowrootmode>').to.not.equal(null);
        const text = deepText(el);
        expect(text).to.include(widget(tag).title(bundledStory, lang));
        expect(text).to.include(formatDate(lang, bundledStory.asOf));
        expect(text).to.include(bundledStory.article.publisher);
        if (tag === 'dprk-russia-tally' || tag === 'dprk-russia-story') {
          const total = bundledStory.figures.find((f) => f.id === 'troops-total')!;
          expect(text).to.include(formatNumber(lang, total.value));
        }
        // Word for word what the script renders.
        const client = await clientRendered(tag, lang, theme);
        expect(text).to.equal(deepText(client));
        // Styled by the linked stylesheet, though inline styles are forbidden: the card's frame and colours
        // (the story is a frameless section: its first card's, pre-rendered in its own shadow root).
        const own = el.shadowRoot!.querySelector('.card')!;
        const card = tag === 'dprk-russia-story' ? own.querySelector('.cards > *')!.shadowRoot!.querySelector('.card')! : own;
        const style = frame.contentWindow!.getComputedStyle(card);
        expect(style.borderTopStyle).to.equal('solid');
        expect(style.backgroundColor).to.equal(rgb(THEME_TOKENS[theme as 'light' | 'dark'].bg));
        expect(el.getBoundingClientRect().height).to.be.closeTo(client.getBoundingClientRect().height, client.getBoundingClientRect().height * 0.5);
        frame.remove();
      });
    }
  }

  it('the tally keeps its chart box at its final size and its data as a table, before any script', async () => {
    const { frame, doc } = await open({ tags: 'dprk-russia-tally', lang: 'it', js: '0' });
    const root = doc.querySelector('dprk-russia-tally')!.shadowRoot!;
    expect(root.querySelector('.chart-box')!.getBoundingClientRect().height).to.be.greaterThan(100);
    const rows = [...root.querySelectorAll('.data-table tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' '));
    // Every value the chart draws, as the script's table lists them.
    const drawn = (document.createElement('dprk-russia-tally') as DprkRussiaTally).chartRows(bundledStory, 'it');
    expect(rows.length).to.equal(drawn.length);
    expect(rows.join(' ')).to.include('3.000').and.include('4.000');
    frame.remove();
  });
});

describe('pre-rendered widgets, upgraded by their script', () => {
  const WIDTHS = [320, 640, 1200];
  for (const tag of TAGS) {
    for (const width of WIDTHS) {
      const lang = width === 640 ? 'it' : 'en';
      const theme = width === 1200 ? 'dark' : 'light';
      it(`<${tag} lang="${lang}" theme="${theme}"> at ${width} px: nothing moves or changes outside the chart, no CSP violation`, async () => {
        const { frame, doc, win } = await open({ tags: tag, lang, theme, js: '1', wait: '1' }, width);
        const [el] = widgetsIn(doc);
        const after = doc.querySelector('#after')!;
        const before = layout(el, win);
        const afterTop = after.getBoundingClientRect().top;
        expect(before.length).to.be.greaterThan(10);
        win.postMessage('upgrade', '*');
        await upgraded(doc, win);
        if (tag === 'dprk-russia-tally') await (el as DprkRussiaTally).chart.ready;
        await frames(win, 3);
        const now = layout(el, win);
        // The same elements, in the same places, with the same text and colours.
        const key = (p: Piece) => JSON.stringify(p);
        const changed = now.flatMap((p, i) => (key(p) === key(before[i] ?? ({} as Piece)) ? [] : [{ before: before[i], now: p }]));
        expect(changed.slice(0, 3), `${changed.length} pieces changed`).to.deep.equal([]);
        expect(now.length).to.equal(before.length);
        expect(after.getBoundingClientRect().top).to.equal(afterTop);
        if (win.__drwShiftsSupported) expect(win.__drwShifts, 'layout shifts').to.deep.equal([]);
        expect(win.__drwViolations).to.deep.equal([]);
        frame.remove();
      });
    }
  }

  it('the upgraded tally draws its chart into the pre-rendered box, and works under strict CSP and Trusted Types', async () => {
    const { frame, doc, win } = await open({ tags: 'dprk-russia-tally', lang: 'en', theme: 'dark', js: '1' }, 640);
    await upgraded(doc, win);
    const el = doc.querySelector('dprk-russia-tally') as DprkRussiaTally;
    const chart = await el.chart.ready;
    expect(chart.canvas.getRootNode()).to.equal(el.shadowRoot);
    expect(chart.data.datasets.length).to.equal(el.chartRows().length);
    // One shadow root, one card: the pre-rendered content was replaced, not added to.
    expect(el.shadowRoot!.querySelectorAll('.card').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('link')).to.equal(null);
    await frames(win, 2);
    expect(win.__drwViolations).to.deep.equal([]);
    frame.remove();
  });
});

describe('pre-rendered data, then data from src', () => {
  it('data from src replaces the pre-rendered data after the upgrade', async () => {
    // The test server's live story moves its as-of date on at every request (tests/embed/middleware.mjs).
    const src = `/__embed/live/ssr-src.json`;
    const { frame, doc, win } = await open({ tags: 'dprk-russia-tally', lang: 'en', js: '1', src }, 640);
    const el = doc.querySelector('dprk-russia-tally') as DprkRussiaTally;
    await upgraded(doc, win);
    await el.dataSettled;
    await el.updateComplete;
    // The live route moves the as-of date on: the card shows the date from src, not the pre-rendered one.
    expect(deepText(el)).to.not.include(formatDate('en', bundledStory.asOf));
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    frame.remove();
  });

  it('a src that is refused leaves the pre-rendered data with the same notice as without pre-rendering', async () => {
    const src = '/__sec/typed?type=text/html';
    const { frame, doc, win } = await open({ tags: 'dprk-russia-tally', lang: 'en', js: '1', src }, 640);
    const el = doc.querySelector('dprk-russia-tally') as DprkRussiaTally;
    await upgraded(doc, win);
    await waitFor(() => !!el.shadowRoot!.querySelector('.notice'), 'the notice');
    const notice = el.shadowRoot!.querySelector('.notice')!.textContent!.replace(/\s+/g, ' ').trim();
    const client = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" src=${src}></dprk-russia-tally>`);
    await client.dataSettled;
    await client.updateComplete;
    expect(notice).to.equal(client.shadowRoot!.querySelector('.notice')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(deepText(el)).to.include(formatDate('en', bundledStory.asOf));
    frame.remove();
  });
});

describe('pre-rendered with data of the server’s own (inline JSON)', () => {
  for (const tag of ['dprk-russia-tally', 'dprk-russia-story']) {
    it(`<${tag}>: the script keeps the server's data, with nothing moving while it checks it`, async () => {
      const { frame, doc, win } = await open({ tags: tag, lang: 'en', js: '1', wait: '1', data: 'fresh' }, 640);
      const [el] = widgetsIn(doc);
      expect(deepText(el)).to.include('12,345');
      const before = layout(el, win);
      win.postMessage('upgrade', '*');
      await upgraded(doc, win);
      const upgradedEl = el as StoryElement & { data: { origin: string } };
      await upgradedEl.dataSettled;
      await waitFor(() => upgradedEl.data.origin === 'inline', 'the inline JSON to be applied');
      await upgraded(doc, win);
      await frames(win, 3);
      const now = layout(el, win);
      const changed = now.flatMap((p, i) => (JSON.stringify(p) === JSON.stringify(before[i]) ? [] : [{ before: before[i], now: p }]));
      expect(changed.slice(0, 3), `${changed.length} pieces changed`).to.deep.equal([]);
      expect(deepText(el)).to.include('12,345');
      if (win.__drwShiftsSupported) expect(win.__drwShifts, 'layout shifts').to.deep.equal([]);
      expect(win.__drwViolations).to.deep.equal([]);
      frame.remove();
    });
  }
});
