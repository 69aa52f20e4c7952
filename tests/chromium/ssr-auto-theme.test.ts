// Pre-rendered widgets with theme "auto" (the default) follow the reader's
// colour scheme before their script runs, as after (src/ssr/theme-css.ts).
// Chromium only: its launcher emulates prefers-color-scheme.
import { expect } from '@open-wc/testing';
import { THEME_TOKENS } from '../../src/styles/card.styles.js';
import { emulateMedia } from '../a11y/a11y-helpers.js';
import { frames, open, upgraded, widgetsIn } from '../ssr/ssr-helpers.js';

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('pre-rendered, theme auto (Chromium)', () => {
  afterEach(async () => {
    await emulateMedia({});
  });

  for (const scheme of ['dark', 'light'] as const) {
    it(`a reader who prefers ${scheme} gets ${scheme} cards before the script and after it`, async () => {
      expect(await emulateMedia({ colorScheme: scheme })).to.equal(true);
      const { frame, doc, win } = await open({
        tags: 'dprk-russia-tally,ceasefire-status',
        lang: 'en',
        js: '1',
        wait: '1',
      });
      const colours = () =>
        widgetsIn(doc).map((el) => {
          const style = win.getComputedStyle(el.shadowRoot!.querySelector('.card')!);
          return [style.backgroundColor, style.color];
        });
      const expected = [rgb(THEME_TOKENS[scheme].bg), rgb(THEME_TOKENS[scheme].fg)];
      expect(colours()).to.deep.equal([expected, expected]);
      win.postMessage('upgrade', '*');
      await upgraded(doc, win);
      await frames(win, 2);
      expect(colours()).to.deep.equal([expected, expected]);
      expect(widgetsIn(doc).map((el) => (el as HTMLElement & { resolvedScheme: string }).resolvedScheme)).to.deep.equal(
        [scheme, scheme],
      );
      frame.remove();
    });
  }
});
