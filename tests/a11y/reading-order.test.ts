import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { StoryElement } from '../../src/base/story-element.js';
import { fixtureCleanup, textOf, waitFor } from '../helpers.js';
import { TAGS, deepElements, nextFrame } from './a11y-helpers.js';

/**
 * The page read in order, as a screen reader gets it (tests/a11y/ax-tree-plugin.mjs):
 * Chromium's own accessibility tree; in Firefox, a walk of the flattened tree
 * with aria-query's roles (no accessibility tree is reachable there).
 */
async function readPage(): Promise<{ engine: string; lines: string[] }> {
  return (await executeServerCommand('a11y-ax-tree')) as { engine: string; lines: string[] };
}

const headingLines = (lines: string[]) => lines.filter((line) => /^heading \d: /.test(line));
const isHeading = (el: Element) => /^h[1-6]$/.test(el.localName);

/** The headings of an element's shadow tree (its cards' too), as `heading <level>: <text>`, in document order. */
function headingsInMarkup(el: Element): string[] {
  return deepElements(el.shadowRoot!)
    .filter(isHeading)
    .map((h) => `heading ${h.localName.slice(1)}: ${textOf(h)}`);
}

/** Adds an element the way a host page's script does: no content, no reserved space (the lazy case). */
async function added<T extends StoryElement>(
  tag: string,
  attrs: Record<string, string>,
  before?: HTMLElement,
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (before) document.body.append(before);
  document.body.append(el);
  await el.updateComplete;
  for (const card of el.shadowRoot!.querySelectorAll<StoryElement>('.cards > *')) await card.updateComplete;
  return el;
}

/** Until a story's cards are all laid out, as they are once the page is idle (no scrolling), and that frame is drawn. */
async function idle(story: StoryElement): Promise<void> {
  const cards = [...story.shadowRoot!.querySelectorAll<StoryElement>('.cards > *')];
  await waitFor(
    () => cards.every((card) => !card.shadowRoot!.querySelector('.contents.lazy')),
    'the story’s cards laid out when idle',
  );
  for (const card of cards) await card.updateComplete;
  await nextFrame();
}

afterEach(() => {
  fixtureCleanup();
  for (const node of [...document.body.children]) if (!(node instanceof HTMLScriptElement)) node.remove();
  scrollTo(0, 0);
});

describe('reading order: the accessibility tree as a screen reader reads it', () => {
  it('reads each chart row of the tally with its words apart: value, what it counts, source', async () => {
    const el = await added('dprk-russia-tally', { lang: 'en' });
    // The card's contents are laid out in view within a frame or two: read once they are in the tree.
    let text = '';
    for (let tries = 0; tries < 40 && !/11,000/.test(text); tries++) {
      text = (await readPage()).lines.join('\n');
      await nextFrame();
    }
    expect(text, 'the total row').to.match(/11,000 in all/);
    expect(text, 'words run together').not.to.match(/11,000in|3,000·|4,000killed/);
    el.remove();
  });

  it('reaches every card of <dprk-russia-story> by heading from the first moment, and every section once the page is idle, without scrolling', async () => {
    const story = await added('dprk-russia-story', { lang: 'en' });
    const cards = [...story.shadowRoot!.querySelectorAll<StoryElement>('.cards > *')];
    const titles = [story, ...cards].map((el) => {
      const title = el.shadowRoot!.querySelector('.title')!;
      return `heading ${title.localName.slice(1)}: ${textOf(title)}`;
    });
    // At once: the headline and each card's heading, in order (the rest of a card far down may wait to be laid out).
    const first = headingLines((await readPage()).lines);
    expect(first.filter((line) => titles.includes(line))).to.deep.equal(titles);
    // The headline, one heading per card, and the cards' own sections (22 with the bundled story), once the page is idle.
    const expected = headingsInMarkup(story);
    expect(expected.length).to.be.greaterThan(titles.length);
    let lines: string[] = [];
    for (let i = 0; i < 30; i++) {
      lines = headingLines((await readPage()).lines);
      if (lines.length >= expected.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(lines).to.deep.equal(expected);
    expect(scrollY, 'nothing scrolled').to.equal(0);
  });

  for (const tag of TAGS) {
    it(`reads <${tag}>’s headings in order, all of them, when it is in view`, async () => {
      const el = await added(tag, { lang: 'en' });
      // A card alone, added by a script, is laid out in the first frame that finds it in view; a story's cards below it when the page is idle.
      await nextFrame();
      if (tag === 'dprk-russia-story') await idle(el);
      const { lines } = await readPage();
      const expected = headingsInMarkup(el);
      expect(expected.length).to.be.greaterThan(0);
      expect(headingLines(lines)).to.deep.equal(expected);
    });

    it(`reaches <${tag}> by its heading when a script adds it far below the first screen`, async () => {
      const spacer = document.createElement('div');
      spacer.style.height = `${3 * innerHeight}px`;
      const el = await added(tag, { lang: 'it' }, spacer);
      const title = textOf(el.shadowRoot!.querySelector('.title'));
      expect(title).to.not.equal('');
      const { lines } = await readPage();
      expect(headingLines(lines)).to.include(`heading 2: ${title}`);
    });
  }

  /** Each item's status word is heard right after its heading, so a reader jumping by heading hears it. */
  const statusAfterHeading = async (el: StoryElement, item: string, lines: string[]) => {
    const items = [...el.shadowRoot!.querySelectorAll(item)];
    expect(items.length, item).to.be.greaterThan(1);
    for (const li of items) {
      const heading = `heading ${li.querySelector('h2,h3,h4,h5,h6')!.localName.slice(1)}: ${textOf(li.querySelector('h2,h3,h4,h5,h6'))}`;
      const status = textOf(li.querySelector('.badge'));
      expect(status).to.not.equal('');
      const at = lines.indexOf(heading);
      expect(at, heading).to.be.at.least(0);
      expect(lines[at + 1]?.toLowerCase(), `after “${heading}”`).to.equal(`StaticText: ${status}`.toLowerCase());
    }
  };

  for (const [tag, item] of [
    ['ceasefire-status', '.strand'],
    ['dprk-russia-arms', '.arm'],
  ] as const) {
    for (const lang of ['it', 'en']) {
      it(`<${tag} lang="${lang}">: each status word comes right after its heading`, async () => {
        const el = await added(tag, { lang });
        await nextFrame();
        await statusAfterHeading(el, item, (await readPage()).lines);
      });
    }

    it(`<${tag}> in the story: each status word comes right after its heading`, async () => {
      const story = await added('dprk-russia-story', { lang: 'en' });
      await idle(story);
      const card = story.shadowRoot!.querySelector<StoryElement>(tag)!;
      await statusAfterHeading(card, item, (await readPage()).lines);
    });
  }
});
