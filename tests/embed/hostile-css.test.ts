import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { frames } from './embed-helpers.js';

/** Rules host pages really ship, none of which may change the widgets. */
const HOSTILE: Record<string, string> = {
  'a global all: unset': '* { all: unset }',
  '!important size, colour and box model on everything': '* { box-sizing: content-box !important; font-size: 30px !important; color: red !important; line-height: 3 !important }',
  'a Bootstrap-like reset': `*, *::before, *::after { box-sizing: border-box } body { margin: 0; font-family: serif; font-size: 1rem; font-weight: 400; line-height: 1.5; color: #212529; -webkit-text-size-adjust: 100% } h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2 } p { margin-top: 0; margin-bottom: 1rem } ul { padding-left: 2rem }`,
  'a 62.5% root font size': 'html { font-size: 62.5% } body { font-size: 1.6rem }',
  'inherited typography on the body': 'body { font-family: "Comic Sans MS", cursive; letter-spacing: 3px; word-spacing: 9px; text-transform: uppercase; text-align: center; font-style: italic; font-weight: 900; white-space: pre }',
};

const PROPS = ['font-size', 'font-family', 'font-weight', 'font-style', 'color', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'white-space', 'box-sizing', 'margin-top', 'margin-bottom', 'padding-top', 'padding-left', 'border-top-width', 'background-color'];

/** Computed style of every element in the widget's shadow tree, and the card's size. */
function signature(el: StoryElement): string[] {
  const nodes = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => !['STYLE', 'CANVAS'].includes(n.tagName));
  const card = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
  return [
    `card ${Math.round(card.width)}x${Math.round(card.height)}`,
    ...nodes.map((n, i) => {
      const s = getComputedStyle(n);
      return `${i} ${n.tagName.toLowerCase()}.${n.getAttribute('class') ?? ''} ${PROPS.map((p) => s.getPropertyValue(p)).join(' | ')}`;
    }),
  ];
}

describe('hostile host-page CSS', () => {
  for (const tag of ['dprk-russia-tally', 'ceasefire-status']) {
    for (const [name, css] of Object.entries(HOSTILE)) {
      it(`<${tag}> looks the same under ${name}`, async () => {
        const column = document.createElement('div');
        // Inline styles keep the test's own column a 600px block under `* { all: unset }`.
        column.style.cssText = 'display: block; width: 600px';
        const el = document.createElement(tag) as StoryElement;
        el.setAttribute('lang', 'en');
        el.setAttribute('theme', 'light');
        column.append(el);
        document.body.append(column);
        await el.updateComplete;
        await frames();
        const clean = signature(el);
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        try {
          await frames();
          expect(signature(el)).to.deep.equal(clean);
        } finally {
          style.remove();
          column.remove();
        }
      });
    }
  }

  it('still changes through the documented custom properties and parts (so the check above can fail)', async () => {
    const el = document.createElement('dprk-russia-tally') as StoryElement;
    document.body.append(el);
    await el.updateComplete;
    const clean = signature(el);
    const style = document.createElement('style');
    style.textContent = 'dprk-russia-tally { --drw-font-size: 20px } dprk-russia-tally::part(title) { color: rgb(0, 0, 255) }';
    document.head.append(style);
    await frames();
    const themed = signature(el);
    style.remove();
    el.remove();
    expect(themed).not.to.deep.equal(clean);
    expect(themed.join('\n')).to.include('20px').and.include('rgb(0, 0, 255)');
  });
});
