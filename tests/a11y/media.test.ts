import { expect } from '@open-wc/testing';
import { adoptMediaRules, dropAdoptedRules, narrowTo, pageScrollWidth, resetWidth } from '../portable.js';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { $ } from '../helpers.js';
import { TAGS, deepElements, emulateMedia, make, nextFrame } from './a11y-helpers.js';

/** Nothing in the widget sticks out of its card, and the page does not scroll sideways. */
async function expectNoSidewaysScroll(el: StoryElement, viewportWidth: number) {
  await nextFrame();
  const card = $(el, '.card');
  const right = card.getBoundingClientRect().right;
  expect(card.scrollWidth, 'card scrolls sideways').to.be.at.most(card.clientWidth + 1);
  for (const child of deepElements(el.shadowRoot!)) {
    const box = child.getBoundingClientRect();
    if (!box.width) continue;
    expect(box.right, `${child.localName}.${child.className} sticks out`).to.be.at.most(right + 1);
  }
  expect(pageScrollWidth(), 'page scrolls sideways').to.be.at.most(viewportWidth);
}

describe('media features: forced colours, reduced motion, narrow screens, large text', () => {
  afterEach(async () => {
    await emulateMedia({});
    dropAdoptedRules();
    await resetWidth(800, 600);
  });

  describe('reduced motion', () => {
    for (const tag of TAGS) {
      it(`<${tag}> turns every CSS transition and animation off`, async function () {
        const el = await make(tag);
        const moving = () =>
          deepElements(el.shadowRoot!).filter((node) => {
            const style = getComputedStyle(node);
            const durations = [style.transitionDuration, style.animationDuration].join(',').split(',');
            return durations.some((d) => parseFloat(d) > 0);
          });
        // Where the launcher cannot emulate it, the widgets' reduced-motion rules are applied directly.
        if (!(await emulateMedia({ reducedMotion: 'reduce' }))) adoptMediaRules(/prefers-reduced-motion:\s*reduce/);
        await nextFrame();
        expect(moving().map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
      });
    }
  });

  describe('reflow', () => {
    for (const tag of TAGS) {
      it(`<${tag}> needs no sideways scrolling on a 320 px screen`, async () => {
        await narrowTo(320, 640);
        const el = await make(tag, 'lang="it"');
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        await expectNoSidewaysScroll(el, 320);
      });

      it(`<${tag}> needs no sideways scrolling with text at 200% on a 320 px screen`, async () => {
        await narrowTo(320, 640);
        const el = await make(tag, 'lang="it" style="--drw-font-size: 32px"');
        expect(getComputedStyle($(el, '.card')).fontSize).to.equal('32px');
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        await expectNoSidewaysScroll(el, 320);
      });
    }
  });
});
