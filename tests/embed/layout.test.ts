import { expect } from '@open-wc/testing';
import { bundledStory } from '../../src/data/story.js';
import { WIDGETS } from '../../src/widgets.js';
import { elementDom } from '../../src/embed/authoring/snippet.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { bothLanguages, jsonUrl, storyCopy } from '../helpers.js';
import { BUNDLE, box, frames, load, nextEvent, shadowText } from './embed-helpers.js';
import { scrollThrough } from '../scroll-through.js';

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

/** Chromium reports layout shifts; other browsers skip that one assertion (the geometry checks run everywhere). */
const layoutShiftSupported =
  typeof PerformanceObserver !== 'undefined' &&
  (PerformanceObserver.supportedEntryTypes ?? []).includes('layout-shift');

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null }[];
}

describe('zero layout shift: the reserved space holds through upgrade, data and chart', () => {
  it('keeps every widget’s box and the text below it in place (documented reserve CSS, fallback inside)', async () => {
    const shifts: LayoutShift[] = [];
    const observer = layoutShiftSupported
      ? new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])))
      : null;
    observer?.observe({ type: 'layout-shift', buffered: true });

    // What an embedder's page has before our script runs: the reserve stylesheet,
    // the snippet's elements with their fallback content, and the article around them.
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/dist/reserve.css';
    const linked = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await linked;
    const column = document.createElement('div');
    column.style.cssText = 'width: 640px; font: 18px/1.6 Georgia, serif';
    const intro = document.createElement('p');
    intro.textContent = 'Article text above the widgets.';
    const tally = elementDom(bundledStory, { tag: 'dprk-russia-tally', lang: 'en', theme: 'auto' }) as DprkRussiaTally;
    const between = document.createElement('p');
    between.textContent = 'Article text between the widgets.';
    const ceasefire = elementDom(bundledStory, { tag: 'ceasefire-status', lang: 'it', theme: 'dark' });
    const after = document.createElement('p');
    after.textContent = 'Article text below the widgets.';
    column.append(intro, tally, between, ceasefire, after);
    document.body.append(column);
    await frames();

    const watched = [tally, between, ceasefire, after];
    const before = watched.map(box);
    // The fallback is there for readers without JavaScript.
    const fallback = tally.querySelector('p')!;
    expect(fallback.getClientRects().length, 'fallback shown before the upgrade').to.be.greaterThan(0);
    expect(tally.textContent).to.include('about 11,000');

    await load(BUNDLE);
    await customElements.whenDefined('dprk-russia-tally');
    await tally.updateComplete;
    await frames();
    expect(shadowText(tally)).to.include('North Korean soldiers sent to Russia');
    expect(fallback.getClientRects().length, 'fallback hidden once the card renders').to.equal(0);
    expect(watched.map(box), 'after the upgrade').to.deep.equal(before);

    const loaded = nextEvent(tally, 'drw-data-load');
    tally.src = jsonUrl(storyCopy());
    await loaded;
    await tally.updateComplete;
    await frames();
    expect(watched.map(box), 'after data from src').to.deep.equal(before);

    if (observer) {
      await frames();
      observer.disconnect();
      const ours = shifts.filter(
        (s) => !s.hadRecentInput && s.sources.some((src) => src.node && column.contains(src.node)),
      );
      expect(
        ours.reduce((sum, s) => sum + s.value, 0),
        'cumulative layout shift',
      ).to.equal(0);
    }
    column.remove();
    link.remove();
  });

  it('fits every card, in both languages, inside its reserve in a 640px column', async () => {
    await load(BUNDLE);
    const column = document.createElement('div');
    column.style.cssText = 'width: 640px';
    document.body.append(column);
    for (const { tag, reservePx } of WIDGETS) {
      for (const lang of ['it', 'en']) {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        el.setAttribute('lang', lang);
        column.replaceChildren(el);
        await customElements.whenDefined(tag);
        await el.updateComplete;
        await frames();
        // As a reader who scrolled through it saw it: a card is laid out when it comes near the viewport.
        await scrollThrough(el);
        const card = el.shadowRoot!.firstElementChild!.getBoundingClientRect().height;
        expect(card, `<${tag} lang=${lang}> card height`).to.be.greaterThan(100).and.at.most(reservePx);
      }
    }
    column.remove();
  });
});
