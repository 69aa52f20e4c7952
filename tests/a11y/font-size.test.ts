import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $ } from '../helpers.js';
import { TAGS, make } from './a11y-helpers.js';

/** The reader's default font size as the browser resolves `medium`, whatever the page sets. */
function readersDefault(): number {
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const px = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return px;
}

/** Sets the reader's default font size where the launcher can (Chromium); false elsewhere. */
async function setReadersDefault(px: number): Promise<boolean> {
  try {
    return (await executeServerCommand('a11y-default-font-size', { px })) === true;
  } catch {
    return false;
  }
}

describe('text follows the reader’s default font size', () => {
  let pageStyle: HTMLStyleElement;
  beforeEach(() => {
    // A host page that sizes its own text from a 62.5% root and sets a size on our elements.
    pageStyle = document.createElement('style');
    pageStyle.textContent = `html { font-size: 62.5% } body { font-size: 1.4rem } ${TAGS.join(', ')} { font-size: 9px !important }`;
    document.head.append(pageStyle);
  });
  afterEach(async () => {
    pageStyle.remove();
    await setReadersDefault(16);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: the card’s text is the reader’s default size, not the page’s or a fixed 16 px`, async () => {
      const emulated = await setReadersDefault(22);
      const wanted = readersDefault();
      // Where the default can be set (Chromium), it is one no fixed size matches.
      if (emulated) expect(wanted).to.equal(22);
      const el = await make(tag, 'lang="en"');
      expect(parseFloat(getComputedStyle($(el, '.card')).fontSize)).to.equal(wanted);
    });
  }

  it('still lets the page set --drw-font-size, and keeps 12 px as the floor', async () => {
    await setReadersDefault(22);
    const big = await make('dprk-russia-arms', 'lang="en" style="--drw-font-size: 30px"');
    expect(getComputedStyle($(big, '.card')).fontSize).to.equal('30px');
    const tiny = await make('dprk-russia-arms', 'lang="en" style="--drw-font-size: 4px"');
    expect(getComputedStyle($(tiny, '.card')).fontSize).to.equal('12px');
    // Relative values follow the reader's default too.
    const relative = await make('dprk-russia-arms', 'lang="en" style="--drw-font-size: 1.5em"');
    expect(parseFloat(getComputedStyle($(relative, '.card')).fontSize)).to.equal(1.5 * readersDefault());
  });
});
