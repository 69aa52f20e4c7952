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
 * has a place before its script runs (src/base/first-render.ts). The widgets in
 * view render at once, the tally's bars in its own first render (HTML, no chart
 * code to wait for); the widgets far down render when the page is idle.
 */
describe('first renders, the viewport first', () => {
  it('draws the chart in view with its card, waiting for no chart code; the far widget waits', async () => {
    const column = document.createElement('div');
    column.style.width = '640px';
    const pasted = (tag: string) =>
      elementDom(bundledStory, { tag: tag as 'dprk-russia-tally', lang: 'en', theme: 'auto' }) as StoryElement;
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
      await tally.updateComplete;
      expect(above.hasUpdated, 'the card above, when the chart is drawn').to.equal(true);
      const bars = [...tally.shadowRoot!.querySelectorAll('[part="bar"]')];
      expect(bars).to.have.length(4);
      for (const bar of bars) expect(bar.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(far.hasUpdated, 'the widget far down, when the chart is drawn').to.equal(false);
      // Shown by the page itself: until its first render the waiting widget's shadow root holds a bare
      // slot and no styles, so it adds no stylesheet, restyle or layout of ours before the chart is drawn.
      const root = far.shadowRoot!;
      expect(
        [...root.children].map((child) => child.localName),
        'the far widget, waiting',
      ).to.deep.equal(['slot']);
      expect(root.adoptedStyleSheets.length, "the far widget's styles, waiting").to.equal(0);
      expect(far.firstElementChild!.getBoundingClientRect().height, 'its fallback on screen').to.be.above(0);
      await below.updateComplete;
      await far.updateComplete;
      const title = widget('ceasefire-status').title(bundledStory, 'en');
      expect(below.shadowRoot!.textContent).to.include(title);
      expect(
        below.shadowRoot!.adoptedStyleSheets.length + below.shadowRoot!.querySelectorAll('style').length,
        'styles, rendered',
      ).to.be.above(0);
      // Rendered: the card replaces the fallback (no slot shows it any more).
      expect(below.firstElementChild!.getBoundingClientRect().height).to.equal(0);
      expect(
        performance.getEntriesByType('resource').filter((e) => /chart-kit|chart\.js\/dist/.test(e.name)),
        'chart code',
      ).to.have.length(0);
    } finally {
      column.remove();
    }
  });
});
