import { expect } from '@open-wc/testing';
import { THEME_TOKENS, type ThemeToken } from '../../src/styles/card.styles.js';
import { $ } from '../helpers.js';
import { THEMES, TAGS, contrast, make, parseColor } from './a11y-helpers.js';

/** Colours used for text, and the surfaces text sits on. */
const TEXT: ThemeToken[] = ['fg', 'muted', 'accent', 'ok', 'warn', 'bad'];
const SURFACES: ThemeToken[] = ['bg', 'surface'];
/** Graphics a reader must make out (WCAG 1.4.11): chart fills and the focus ring. */
const GRAPHICS: ThemeToken[] = ['chart-1', 'chart-2', 'chart-3', 'focus'];

describe('colour contrast of the theme tokens', () => {
  for (const scheme of THEMES) {
    const tokens = THEME_TOKENS[scheme];

    for (const text of TEXT) {
      for (const surface of SURFACES) {
        it(`${scheme}: ${text} text on ${surface} is at least 4.5:1`, () => {
          expect(contrast(tokens[text], tokens[surface])).to.be.at.least(4.5);
        });
      }
    }

    it(`${scheme}: notice text on the notice background is at least 4.5:1`, () => {
      expect(contrast(tokens.fg, tokens['notice-bg'])).to.be.at.least(4.5);
    });

    for (const graphic of GRAPHICS) {
      it(`${scheme}: ${graphic} stands out from the card at least 3:1`, () => {
        expect(contrast(tokens[graphic], tokens.bg)).to.be.at.least(3);
      });
    }

    it(`${scheme}: the focus ring stands out from a figure’s surface at least 3:1`, () => {
      expect(contrast(tokens.focus, tokens.surface)).to.be.at.least(3);
    });
  }

  it('computes contrast as WCAG defines it (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrast('rgb(119, 119, 119)', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrast('#b3261e', '#b3261e')).to.equal(1);
  });

  for (const tag of TAGS) {
    for (const scheme of THEMES) {
      it(`<${tag} theme="${scheme}"> paints with these tokens`, async () => {
        const el = await make(tag, `theme="${scheme}"`);
        const card = $(el, '.card');
        const style = getComputedStyle(card);
        expect(parseColor(style.backgroundColor).slice(0, 3)).to.deep.equal(
          parseColor(THEME_TOKENS[scheme].bg).slice(0, 3),
        );
        expect(parseColor(style.color).slice(0, 3)).to.deep.equal(parseColor(THEME_TOKENS[scheme].fg).slice(0, 3));
        // The focus ring, as a focused control in the card paints it.
        const probe = document.createElement('span');
        probe.tabIndex = -1;
        card.append(probe);
        probe.focus({ focusVisible: true } as FocusOptions);
        const ring = getComputedStyle(probe).outlineColor;
        probe.remove();
        expect(parseColor(ring).slice(0, 3)).to.deep.equal(parseColor(THEME_TOKENS[scheme].focus).slice(0, 3));
      });
    }
  }
});
