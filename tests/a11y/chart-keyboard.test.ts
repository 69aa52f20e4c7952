import { expect, fixture as owcFixture, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/dprk-russia-tally/define.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { THEME_TOKENS } from '../../src/styles/card.styles.js';
import { $, $$, bothLanguages, fixture, textOf, waitFor } from '../helpers.js';
import { THEMES, contrast } from './a11y-helpers.js';

// Both languages' text first: a test switches a card's language.
await bothLanguages();

/** Tabs from a button before the card into it: where the keyboard lands first. */
async function focusedTally(lang: 'it' | 'en', theme = 'light', width = 0) {
  const wrapper = await owcFixture<HTMLDivElement>(
    html`<div style=${width ? `width:${width}px` : ''}><button>before</button><dprk-russia-tally lang=${lang} theme=${theme}></dprk-russia-tally></div>`,
  );
  const el = wrapper.querySelector('dprk-russia-tally')!;
  await el.updateComplete;
  // A card renders at its turn (its shadow root and rows come at the first render): Tab once its rows are there.
  await waitFor(() => !!el.shadowRoot?.querySelector('.bars > .row'), 'the chart’s rows');
  wrapper.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
  return el;
}

/** Two frames: the card's contents (content-visibility: auto) painted and hit-testable, as before a reader's tap. */
const paintedFrame = async () => {
  await nextFrame();
  await nextFrame();
};

const press = async (el: DprkRussiaTally, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

const focused = (el: DprkRussiaTally) => el.shadowRoot!.activeElement as HTMLElement | null;
/**
 * An element as a string ("row troops-latest", "summary", "null"): assertions compare these, since
 * chai printing a failed comparison of elements can hang the page (and the whole file with it).
 */
const id = (node: Element | null | undefined): string =>
  node instanceof HTMLElement && node.dataset.row ? `row ${node.dataset.row}` : node ? node.localName : String(node);
const rows = (el: DprkRussiaTally) => $$(el, '.bars > .row');
/** The tooltip a sighted reader sees, if any. */
const shownTip = (el: DprkRussiaTally) => $$(el, '.tip').find((tip) => getComputedStyle(tip).display !== 'none');

describe('the tally’s chart with the keyboard, a screen reader and a finger', () => {
  it('takes one Tab stop, on its first row, which says how to move once', async () => {
    const el = await focusedTally('en');
    expect(id(focused(el))).to.equal(id(rows(el)[0]));
    expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1]);
    // A description read with the focused row, never a paragraph read a second time in the reading order.
    expect(rows(el)[0].getAttribute('aria-description')).to.include('Arrow keys').and.include('Escape');
    expect(textOf(el)).not.to.include('Arrow keys');
    // Once the reader has moved, it is not repeated.
    await press(el, 'ArrowDown');
    expect(rows(el).filter((r) => r.hasAttribute('aria-description'))).to.have.length(0);
    // One Tab leaves the chart: the next stop is the data table's toggle.
    await press(el, 'Tab');
    expect(id(focused(el))).to.equal(id($(el, 'summary')));
  });

  it('moves row to row with the arrows, Home and End, focus and Tab stop following', async () => {
    const el = await focusedTally('it');
    await press(el, 'ArrowDown');
    expect(id(focused(el))).to.equal(id(rows(el)[1]));
    await press(el, 'ArrowRight');
    expect(id(focused(el))).to.equal(id(rows(el)[2]));
    await press(el, 'ArrowDown'); // stays on the last row
    expect(id(focused(el))).to.equal(id(rows(el)[2]));
    await press(el, 'Home');
    expect(id(focused(el))).to.equal(id(rows(el)[0]));
    await press(el, 'End');
    expect(id(focused(el))).to.equal(id(rows(el)[2]));
    await press(el, 'ArrowUp');
    await press(el, 'ArrowLeft');
    expect(id(focused(el))).to.equal(id(rows(el)[0]));
    await press(el, 'ArrowDown');
    expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([-1, 0, -1]);
    // Leaving and coming back lands on the row last visited.
    (el.parentElement!.querySelector('button') as HTMLButtonElement).focus();
    expect(id(focused(el))).to.equal(id(null));
    await press(el, 'Tab');
    expect(id(focused(el))).to.equal(id(rows(el)[1]));
  });

  it('keeps the page from scrolling while the arrows move, and lets Tab through', async () => {
    const el = await focusedTally('en');
    const row = rows(el)[0];
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true, composed: true });
    row.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true, composed: true });
    row.dispatchEvent(tab);
    expect(tab.defaultPrevented).to.equal(false);
    await el.updateComplete;
  });

  it('shows the focused row’s tooltip under it, never over it; Escape hides it', async () => {
    const el = await focusedTally('en');
    await press(el, 'ArrowDown');
    const tip = shownTip(el)!;
    expect(tip, 'a tooltip').to.not.equal(undefined);
    expect(id(tip.closest('.row'))).to.equal(id(rows(el)[1]));
    expect(textOf(tip)).to.include('at least 3,000').and.include('CNN');
    const label = $$(el, '.row-label')[1].getBoundingClientRect();
    const bar = $(el, '[data-series="troops-earlier"]').getBoundingClientRect();
    expect(tip.getBoundingClientRect().top).to.be.at.least(Math.max(label.bottom, bar.bottom));
    await press(el, 'Escape');
    expect(id(shownTip(el))).to.equal('undefined');
    expect(id(focused(el))).to.equal(id(rows(el)[1]));
    await press(el, 'ArrowDown');
    expect(id(shownTip(el)!.closest('.row'))).to.equal(id(rows(el)[2]));
  });

  for (const width of [320, 360]) {
    it(`keeps every tooltip inside the card at ${width}px, and each focus ring whole inside it`, async () => {
      const el = await focusedTally('it', 'light', width);
      const card = $(el, '.card').getBoundingClientRect();
      // The contents are clipped (paint containment while off screen): nothing may rely on painting outside them.
      const contents = $(el, '.contents').getBoundingClientRect();
      for (const [i, row] of rows(el).entries()) {
        if (i) await press(el, 'ArrowDown');
        const tip = shownTip(el)!.getBoundingClientRect();
        expect(tip.left, `tooltip ${i}`).to.be.at.least(card.left);
        expect(tip.right, `tooltip ${i}`).to.be.at.most(card.right);
        expect(tip.bottom, `tooltip ${i}`).to.be.at.most(card.bottom);
        expect(tip.top, `tooltip ${i} under its row's bar`).to.be.at.least(
          row.querySelector('.track')!.getBoundingClientRect().bottom,
        );
        // Below the row's focus ring, and never in the way of a tap on the next row.
        expect(tip.top, `tooltip ${i} under its row's ring`).to.be.at.least(row.getBoundingClientRect().bottom);
        const nextTrack = rows(el)[i + 1]?.querySelector('.track');
        if (nextTrack) {
          // A tap lands where the reader sees the bar: in view.
          nextTrack.scrollIntoView({ block: 'center' });
          const next = nextTrack.getBoundingClientRect();
          const hit = el.shadowRoot!.elementFromPoint(next.left + next.width / 2, next.top + next.height / 2);
          const hitRow = hit?.closest<HTMLElement>('.row')?.dataset.row ?? String(hit?.className);
          expect(hitRow, `a tap on row ${i + 1} while row ${i}'s tooltip shows`).to.equal(rows(el)[i + 1].dataset.row);
        }
        // The outline is drawn inside the row's box (negative offset): its sides lie within the contents.
        const style = getComputedStyle(row);
        const inset = parseFloat(style.outlineOffset);
        const box = row.getBoundingClientRect();
        expect(inset + parseFloat(style.outlineWidth), `ring ${i}`).to.be.at.most(0);
        expect(box.left, `ring ${i}`).to.be.at.least(contents.left);
        expect(box.right, `ring ${i}`).to.be.at.most(contents.right + 0.5);
      }
    });
  }

  it('focuses a row on a tap or click: its tooltip shows and a screen reader hears the focus move', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" theme="light"></dprk-russia-tally>`);
    // A reader taps what has been painted: the card's lazily rendered contents are hit-tested from the frame after.
    await paintedFrame();
    const bar = $(el, '[data-series="casualties"]').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(bar.left + 5), Math.round(bar.top + bar.height / 2)] });
    await el.updateComplete;
    try {
      expect(id(focused(el))).to.equal(id(rows(el)[2]));
      expect(id(shownTip(el)!.closest('.row'))).to.equal(id(rows(el)[2]));
      expect(rows(el)[2].tabIndex).to.equal(0);
    } finally {
      await resetMouse();
    }
  });

  it('shows the tooltip of the row under the pointer while no row has focus, and hides it when the pointer leaves', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" theme="light"></dprk-russia-tally>`);
    await waitFor(() => !!el.shadowRoot?.querySelector('.bars > .row'), 'the chart’s rows');
    await paintedFrame();
    try {
      // The pointer starts away from the card: no tooltip. (A real move: the driver may already place it at 0,0
      // while the page still hovers where the last test clicked, which is where this card's last row now is.)
      await sendMouse({ type: 'move', position: [1, 1] });
      await waitFor(() => shownTip(el) === undefined, 'no tooltip with the pointer away');
      // The hover state follows the pointer at a later frame; a busy machine may still be laying the card out when
      // the pointer first arrives, so the bar is measured again and the pointer moved to it again, until a tip shows.
      const start = performance.now();
      while (shownTip(el) === undefined) {
        if (performance.now() - start > 8000) throw new Error('timed out waiting for a tooltip under the pointer');
        const bar = $(el, '[data-series="troops-latest"]').getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(bar.left + 5), Math.round(bar.top + bar.height / 2)] });
        await new Promise((r) => setTimeout(r, 100));
        if (shownTip(el) === undefined) await sendMouse({ type: 'move', position: [1, 1] });
      }
      expect(id(shownTip(el)!.closest('.row'))).to.equal(id(rows(el)[1]));
      await sendMouse({ type: 'move', position: [0, 0] });
      await waitFor(() => shownTip(el) === undefined, 'the tooltip gone with the pointer');
    } finally {
      await resetMouse();
    }
  });

  it('follows a change of lang with the focused row kept', async () => {
    const el = await focusedTally('en');
    await press(el, 'End');
    el.lang = 'it';
    await el.updateComplete;
    expect(id(focused(el))).to.equal(id(rows(el)[2]));
    expect(textOf(shownTip(el)!)).to.match(/^almeno 4\.000 morti e feriti \(stime\)/);
  });

  for (const theme of THEMES) {
    it(`shows a focus ring that stands out at least 3:1 from the card (${theme})`, async () => {
      const el = await focusedTally('en', theme);
      const row = rows(el)[0];
      expect(row.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(row);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      const background = getComputedStyle($(el, '.card')).backgroundColor;
      expect(contrast(style.outlineColor, background)).to.be.at.least(3);
      expect(contrast(style.outlineColor, THEME_TOKENS[theme].bg)).to.be.at.least(3);
    });
  }
});
