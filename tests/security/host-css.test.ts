import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { WIDGETS } from '../../src/widgets.js';
import { frames } from '../embed/embed-helpers.js';
import { expectUnchanged, signature } from './client-css-helpers.js';
import { HOSTILE } from './hostile-css.js';

// Every widget under every rule takes minutes (each test compares pixels): the rules are split over two
// files, this one and host-css-more.test.ts, so that neither comes near the runner's limit for a file.
describe('hostile host-page CSS', function () {
  this.timeout(30_000);
  for (const { tag } of WIDGETS) {
    for (const [name, css] of Object.entries(HOSTILE).slice(0, 3)) {
      it(`<${tag}> keeps its size, styles and pixels at 640 px under ${name}`, () => expectUnchanged(tag, css));
    }
  }

  it('still changes through the documented custom properties and parts (so the checks above can fail)', async () => {
    const el = document.createElement('dprk-russia-tally') as StoryElement;
    document.body.append(el);
    await el.updateComplete;
    const clean = signature(el);
    const style = document.createElement('style');
    style.textContent =
      'dprk-russia-tally { --drw-font-size: 20px } dprk-russia-tally::part(title) { color: rgb(0, 0, 255) }';
    document.head.append(style);
    await frames();
    const themed = signature(el);
    style.remove();
    el.remove();
    expect(themed).not.to.deep.equal(clean);
    expect(themed.join('\n')).to.include('20px').and.include('rgb(0, 0, 255)');
  });
});
