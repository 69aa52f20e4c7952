import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { bundledStory } from '../../src/data/story.js';
import { elementDom } from '../../src/embed/authoring/snippet.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { widget } from '../../src/widgets.js';
import { bothLanguages } from '../helpers.js';

// The fallback content is written from the bundled story's words: its text first.
await bothLanguages();

/**
 * A page as an editor pastes it: each widget with its fallback content, so it
 * has a place before its script runs (src/base/first-render.ts). The viewport
 * fills from the top: the tally's chart is drawn and painted before the cards
 * under it, and before the widgets far down that render when the page is idle,
 * take the main thread; a card above the chart does not wait for it.
 */
describe('first renders, top of the viewport first', () => {
  it('draws the chart in view before the cards below it render; a card above it renders at once', async () => {
    const column = document.createElement('div');
    column.style.width = '640px';
    const pasted = (tag: string) => elementDom(bundledStory, { tag: tag as 'dprk-russia-tally', lang: 'en', theme: 'auto' }) as StoryElement;
    const above = pasted('dprk-russia-arms');
    const tally = pasted('dprk-russia-tally') as DprkRussiaTally;
    const below = pasted('ceasefire-status');
    const spacer = document.createElement('div');
    spacer.style.height = `${innerHeight * 4}px`;
    const far = pasted('dprk-russia-exchange');
    column.append(above, tally, below, spacer, far);
    // In view: the top of the column (the fallback texts are a few lines each).
    expect(below.getBoundingClientRect().top).to.be.below(innerHeight);
    document.body.append(column);
    try {
      await above.updateComplete;
      expect(tally.chart.chart, 'the chart, when the card above it has rendered').to.equal(null);
      await tally.chart.ready;
      expect(tally.hasUpdated).to.equal(true);
      expect(below.hasUpdated, 'the card below, when the chart is drawn').to.equal(false);
      expect(far.hasUpdated, 'the widget far down, when the chart is drawn').to.equal(false);
      // Still showing its fallback, the card below renders in a later frame; the far one when the page is idle.
      const title = widget('ceasefire-status').title(bundledStory, 'en');
      expect(below.textContent).to.include(title);
      // Shown by the page itself: until their first render the waiting widgets have no shadow root,
      // so they add no styles, restyle or layout of ours to the page before the chart is drawn.
      for (const waiting of [below, far]) {
        expect(waiting.shadowRoot, `<${waiting.localName}> waiting`).to.equal(null);
        expect(waiting.firstElementChild!.getBoundingClientRect().height, `<${waiting.localName}>'s fallback on screen`).to.be.above(0);
      }
      await below.updateComplete;
      await far.updateComplete;
      expect(below.shadowRoot!.textContent).to.include(title);
      // Rendered: the card replaces the fallback (no slot shows it any more).
      expect(below.firstElementChild!.getBoundingClientRect().height).to.equal(0);
    } finally {
      column.remove();
    }
  });
});
