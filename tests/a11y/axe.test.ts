import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { $ } from '../helpers.js';
import { LANGS, TAGS, THEMES, make } from './a11y-helpers.js';
import { scrollThrough } from '../scroll-through.js';

describe('axe: every element, both languages, both themes', () => {
  it('covers every element the package defines', () => {
    // The loop below must not pass by testing nothing.
    expect(TAGS).to.include.members(['dprk-russia-tally', 'ceasefire-status']);
  });

  for (const tag of TAGS) {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        it(`<${tag} lang="${lang}" theme="${theme}"> has no axe violations`, async () => {
          const el = await make(tag, `lang="${lang}" theme="${theme}"`);
          // Every card of it as a reader scrolling past saw it (a card is laid out when near the viewport).
          await scrollThrough(el);
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  for (const theme of THEMES) {
    it(`the tally with its data table open, a point explored and a notice shown (${theme}) has no axe violations`, async () => {
      const el = await make<DprkRussiaTally>(
        'dprk-russia-tally',
        `lang="en" theme="${theme}" heading-level="3" src-timeout="1"`,
      );
      el.setAttribute('theme', theme);
      el.lang = 'xx'; // an unknown lang: the notice appears
      await el.updateComplete;
      ($(el, 'details') as HTMLDetailsElement).open = true;
      $(el, '.bars > .row').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($(el, '.notice').textContent).to.include('“lang”');
      expect(getComputedStyle($(el, '.bars > .row:nth-child(2) .tip')).display, 'the tooltip shown').to.not.equal(
        'none',
      );
      await expect(el).to.be.accessible();
    });
  }
});
