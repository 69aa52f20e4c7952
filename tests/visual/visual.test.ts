import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { expect, fixture } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { setViewport } from '@web/test-runner-commands';
import { paintAll, scrollThrough } from '../scroll-through.js';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { WIDGETS } from '../../src/widgets.js';

/**
 * Screenshots of each card, both themes, at a phone (320 px), an article column (640 px)
 * and a wide page (1200 px), compared with tests/visual/baseline/<Browser>/. Update: `npm run test:update-visual`.
 * WebKitGTK's screenshots come out black here, so WebKit checks the layout only.
 */
const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|HeadlessChrome/.test(navigator.userAgent);

/** Each card at the three widths, whether or not the story page composes it; the story page itself (its cards' composition) at the wide width only. */
const CASES = WIDGETS.flatMap(({ tag }) =>
  (tag === 'dprk-russia-story' ? [1200] : [320, 640, 1200]).map((width) => ({ tag, width })),
);

/** Two frames: layout and paint have caught up. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('visual regression (lang="it")', function () {
  this.timeout(60_000);

  for (const { tag, width } of CASES) {
    for (const theme of ['light', 'dark']) {
      it(`${tag}, ${theme} theme, ${width} px wide, looks as in its baseline`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          staticHtml`<div style="width: ${width}px"><${unsafeStatic(tag)} lang="it" theme=${theme}></${unsafeStatic(tag)}></div>`,
        );
        const el = wrapper.firstElementChild as StoryElement;
        await el.updateComplete;
        await document.fonts.ready;
        // Nested cards (the story's tally) render with their host: wait for them too.
        for (const nested of el.shadowRoot!.querySelectorAll<DprkRussiaTally>('dprk-russia-tally'))
          await nested.updateComplete;
        await frames();

        // The card fills the width it is given, and nothing spills sideways.
        expect(el.getBoundingClientRect().width).to.be.closeTo(width, 1);
        const card = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
        expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);

        if (isWebKit) return;
        // A screenshot shows what is painted, and a card is painted near the viewport
        // (content-visibility): a story taller than the window is shot in a window as tall as it.
        await scrollThrough(el);
        const { innerWidth: w0, innerHeight: h0 } = window;
        const tall = Math.ceil(el.getBoundingClientRect().height) + 32;
        if (tall > h0) {
          await setViewport({ width: w0, height: tall });
          await frames();
        }
        try {
          paintAll(el);
          await frames();
          await visualDiff(el, `${tag}-${theme}-${width}`);
        } finally {
          if (tall > h0) await setViewport({ width: w0, height: h0 });
        }
      });
    }
  }
});
