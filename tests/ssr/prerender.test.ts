import { expect } from '@open-wc/testing';
import { scrollThrough } from '../scroll-through.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { bundledStory } from '../../src/data/story.js';
import { asOfParams, formatNumber, type Lang } from '../../src/i18n/i18n.js';
import { THEME_TOKENS } from '../../src/styles/card.styles.js';
import { WIDGETS, widget } from '../../src/widgets.js';
import { bothLanguages, fixture } from '../helpers.js';
import { deepText, frames, layout, open, upgraded, waitFor, widgetsIn, type Piece } from './ssr-helpers.js';

/** The as-of line's day, as the card shows it ("25 March"; the article gives no year). */
const asOfDay = (lang: Lang) => asOfParams(lang, bundledStory.asOf, bundledStory.article.publisher).date;

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

const LANGS: Lang[] = ['it', 'en'];
const TAGS = WIDGETS.map((w) => w.tag);

/** The element as the script renders it in a page, for comparison. */
async function clientRendered(tag: string, lang: Lang, theme: string, width?: number): Promise<StoryElement> {
  const name = unsafeStatic(tag);
  // At the pre-rendered card's own width, where a comparison of heights needs it.
  const el = width
    ? ((
        (await fixture<StoryElement>(
          staticHtml`<div style=${`width:${width}px`}><${name} lang=${lang} theme=${theme}></${name}></div>`,
        )) as Element
      ).firstElementChild as StoryElement)
    : await fixture<StoryElement>(staticHtml`<${name} lang=${lang} theme=${theme}></${name}>`);
  await el.updateComplete;
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
  it("really runs no script: the page is served with script-src 'none' and nothing is defined", async () => {
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
        expect(text).to.include(asOfDay(lang));
        expect(text).to.include(bundledStory.article.publisher);
        if (tag === 'dprk-russia-tally' || tag === 'dprk-russia-story') {
          const total = bundledStory.figures.find((f) => f.id === 'troops-total')!;
          expect(text).to.include(formatNumber(lang, total.value));
        }
        // Word for word what the script renders.
        const client = await clientRendered(tag, lang, theme, el.getBoundingClientRect().width);
        expect(text).to.equal(deepText(client));
        // Styled by the linked stylesheet, though inline styles are forbidden: the card's frame and colours
        // (the story is a frameless section: its first card's, pre-rendered in its own shadow root).
        const own = el.shadowRoot!.querySelector('.card')!;
        const card =
          tag === 'dprk-russia-story' ? own.querySelector('.cards > *')!.shadowRoot!.querySelector('.card')! : own;
        const style = frame.contentWindow!.getComputedStyle(card);
        expect(style.borderTopStyle).to.equal('solid');
        expect(style.backgroundColor).to.equal(rgb(THEME_TOKENS[theme as 'light' | 'dark'].bg));
        expect(el.getBoundingClientRect().height).to.be.closeTo(
          client.getBoundingClientRect().height,
          client.getBoundingClientRect().height * 0.05,
        );
        frame.remove();
      });
    }
  }

  it('the tally draws its bars and keeps its data as a table, before any script; nothing there waits for one', async () => {
    // js=0: served with `script-src 'none'` (tests/ssr/middleware.mjs).
    const { frame, doc } = await open({ tags: 'dprk-russia-tally', lang: 'it', js: '0' });
    const root = doc.querySelector('dprk-russia-tally')!.shadowRoot!;
    expect(root.querySelector('.bars')!.getBoundingClientRect().height).to.be.greaterThan(100);
    const bars = [...root.querySelectorAll('[part="bar"]')].map((b) => b.getBoundingClientRect().width);
    expect(bars).to.have.length(4);
    expect(bars[3] / bars[0], 'the casualties bar, 4,000 of the longest 11,000').to.be.closeTo(4 / 11, 0.01);
    // No focus target, no help about arrows that would do nothing, no button that would do nothing.
    expect(root.querySelectorAll('[tabindex], [aria-description]')).to.have.length(0);
    expect(root.textContent).not.to.include('frecce');
    for (const button of root.querySelectorAll('button'))
      expect(button.checkVisibility({ visibilityProperty: true }), button.textContent!).to.equal(false);
    const rows = [...root.querySelectorAll('.data-table tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' '));
    // Every value the chart draws, as the script's table lists them.
    const drawn = (document.createElement('dprk-russia-tally') as DprkRussiaTally).chartRows(bundledStory, 'it');
    expect(rows.length).to.equal(drawn.length);
    expect(rows.join(' ')).to.include('3.000').and.include('4.000');
    frame.remove();
  });
});

describe('the pre-rendered tally where no script or style applies', () => {
  it('reads as plain text in order, bars at their lengths, with every style sheet off (a newsletter, a reader view)', async () => {
    // js=0: the page is served with `script-src 'none'` (tests/ssr/middleware.mjs).
    const { frame, doc } = await open({ tags: 'dprk-russia-tally', lang: 'it', js: '0' });
    const host = doc.querySelector('dprk-russia-tally')!;
    const root = host.shadowRoot!;
    for (const link of [...doc.querySelectorAll('link'), ...root.querySelectorAll('link')]) link.remove();
    const card = root.querySelector<HTMLElement>('.card')!;
    expect(frame.contentWindow!.getComputedStyle(card).borderTopStyle, 'no card style left').to.equal('none');
    const text = card.innerText.replace(/\s+/g, ' ');
    // Row by row: value and what it counts, its source, the note; then the key with its calculation.
    const order = [
      'circa 11.000 in tutto',
      'Fonte: Comando di stato maggiore sudcoreano',
      'almeno 3.000 nell’ultimo invio',
      'prima: fino a circa 8.000',
      'almeno 4.000 morti e feriti (stime)',
      'Calcolo della redazione',
    ];
    let from = 0;
    for (const piece of order) {
      const at = text.indexOf(piece, from);
      expect(at, `“${piece}” after position ${from} in: ${text}`).to.be.at.least(0);
      from = at + piece.length;
    }
    // Nothing that needs a script or a style: no tooltip copy, no buttons.
    expect(text).not.to.include('·');
    expect(text).not.to.include('(CSV)');
    // The bars still stand at their shares: SVG width attributes, drawn in the text colour.
    const bars = [...root.querySelectorAll('[part="bar"]')].map((b) => b.getBoundingClientRect().width);
    expect(bars).to.have.length(4);
    expect(bars[3] / bars[0]).to.be.closeTo(4 / 11, 0.01);
    expect((bars[1] + bars[2]) / bars[0]).to.be.closeTo(1, 0.01);
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
        await frames(win, 3);
        const now = layout(el, win);
        // The same elements, in the same places, with the same text and colours.
        const key = (p: Piece) => JSON.stringify(p);
        const changed = now.flatMap((p, i) =>
          key(p) === key(before[i] ?? ({} as Piece)) ? [] : [{ before: before[i], now: p }],
        );
        expect(changed.slice(0, 3), `${changed.length} pieces changed`).to.deep.equal([]);
        expect(now.length).to.equal(before.length);
        expect(after.getBoundingClientRect().top).to.equal(afterTop);
        if (win.__drwShiftsSupported) expect(win.__drwShifts, 'layout shifts').to.deep.equal([]);
        expect(win.__drwViolations).to.deep.equal([]);
        frame.remove();
      });
    }
  }

  it('the upgraded tally takes its Tab stop and buttons, and works under strict CSP and Trusted Types', async () => {
    const { frame, doc, win } = await open({ tags: 'dprk-russia-tally', lang: 'en', theme: 'dark', js: '1' }, 640);
    await upgraded(doc, win);
    const el = doc.querySelector('dprk-russia-tally') as DprkRussiaTally;
    expect(el.shadowRoot!.querySelectorAll('.bars [tabindex="0"]')).to.have.length(1);
    for (const button of el.shadowRoot!.querySelectorAll('button'))
      expect(button.checkVisibility({ visibilityProperty: true })).to.equal(true);
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
    expect(deepText(el)).to.not.include(asOfDay('en'));
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
    expect(deepText(el)).to.include(asOfDay('en'));
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
      const changed = now.flatMap((p, i) =>
        JSON.stringify(p) === JSON.stringify(before[i]) ? [] : [{ before: before[i], now: p }],
      );
      expect(changed.slice(0, 3), `${changed.length} pieces changed`).to.deep.equal([]);
      expect(deepText(el)).to.include('12,345');
      if (win.__drwShiftsSupported) expect(win.__drwShifts, 'layout shifts').to.deep.equal([]);
      expect(win.__drwViolations).to.deep.equal([]);
      frame.remove();
    });
  }
});
