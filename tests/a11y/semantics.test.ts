import { expect } from '@open-wc/testing';
import type { StoryElement } from '../../src/base/story-element.js';
import { $, captureWarnings, textOf } from '../helpers.js';
import { TAGS, deepElements, make } from './a11y-helpers.js';

const headingLevel = (el: Element) => Number(el.getAttribute('aria-level') ?? el.localName.slice(1));
const isHeading = (el: Element) => /^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading';

/** Hidden from everyone: not rendered, or hidden from assistive technology. */
function hiddenFromReaders(el: Element): boolean {
  for (
    let node: Element | null = el;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return true;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
  }
  return false;
}

describe('screen-reader semantics of every element', () => {
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const level of [2, 4]) {
        it(`puts its heading at heading-level ${level} and every heading inside one level below, none skipped`, async () => {
          const el = await make(tag, `lang="en" heading-level="${level}"`);
          const headings = deepElements(el.shadowRoot!)
            .filter(isHeading)
            .filter((h) => !hiddenFromReaders(h));
          expect(headings.length).to.be.greaterThan(0);
          const [title, ...rest] = headings;
          expect(title, 'card heading').to.equal($(el, '.title'));
          expect(headingLevel(title)).to.equal(level);
          let previous = level;
          for (const heading of rest) {
            const current = headingLevel(heading);
            expect(current, textOf(heading)).to.be.greaterThan(level);
            expect(current, `“${textOf(heading)}” skips a level`).to.be.at.most(previous + 1);
            previous = current;
          }
        });
      }

      it('keeps list semantics where bullets are hidden', async () => {
        const el = await make(tag, 'lang="it"');
        const lists = deepElements(el.shadowRoot!).filter((node) => node.localName === 'ul' || node.localName === 'ol');
        for (const list of lists) {
          // Safari/VoiceOver drops list semantics from lists styled without bullets unless role="list" says otherwise.
          if (getComputedStyle(list).listStyleType === 'none') {
            expect(list.getAttribute('role'), `${list.localName}.${list.className}`).to.equal('list');
          }
          for (const item of list.children) expect(item.localName, `child of ${list.className}`).to.equal('li');
        }
      });

      it('lets a reader reach the as-of date, as a <time>, and the sources (its own, or its cards’)', async () => {
        const el = await make(tag, 'lang="en"');
        const all = deepElements(el.shadowRoot!);
        const times = all.filter((node) => node.matches('.as-of time'));
        const sources = all.filter((node) => node.matches('.sources'));
        expect(times.length, 'as-of dates').to.be.greaterThan(0);
        expect(sources.length, 'source lines').to.be.greaterThan(0);
        for (const time of times) {
          // A valid date: the day alone (`--03-25`) where the article gives no year, a full day where a report gives it.
          expect(time.getAttribute('datetime')).to.match(/^(\d{4}|-)-\d{2}-\d{2}$/);
          expect(hiddenFromReaders(time)).to.equal(false);
          expect(time.getBoundingClientRect().height).to.be.greaterThan(0);
        }
        for (const line of sources) {
          expect(textOf(line)).to.match(/^(Sources|Source|Source where not stated|Other sources): .+\.$/);
          expect(hiddenFromReaders(line)).to.equal(false);
        }
      });

      it('puts a notice in a status region, so it is announced', async () => {
        const warnings = captureWarnings();
        try {
          const el = await make<StoryElement>(tag, 'lang="en" theme="neon"');
          const notice = $(el, '.notice');
          expect(notice.getAttribute('role')).to.equal('status');
          expect(textOf(notice)).to.include('“theme”');
          expect(hiddenFromReaders(notice)).to.equal(false);
        } finally {
          warnings.restore();
        }
      });

      it('names the card by its heading', async () => {
        const el = await make(tag, 'lang="it"');
        const card = $(el, '.card');
        const label = el.shadowRoot!.getElementById(card.getAttribute('aria-labelledby') ?? '');
        expect(label).to.equal($(el, '.title'));
      });
    });
  }

  it('gives every chart a name, rows a screen reader reads in order, and a data table with a caption', async () => {
    const el = await make('dprk-russia-tally', 'lang="en"');
    const list = $(el, 'ul.bars');
    expect(list.getAttribute('aria-label')).to.equal(
      'Chart: North Korean soldiers sent to Russia, estimated killed and wounded',
    );
    expect(textOf(list.querySelector('li'))).to.match(
      /^about 11,000 in all\. Source: South Korea’s Joint Chiefs of Staff\./,
    );
    // One name, no picture summary repeating the figures.
    expect(el.shadowRoot!.querySelectorAll('canvas, [role="img"]')).to.have.length(0);
    expect(textOf($(el, 'table caption'))).to.not.equal('');
  });
});
