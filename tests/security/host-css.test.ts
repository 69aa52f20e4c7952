import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { WIDGETS } from '../../src/widgets.js';
import { frames } from '../embed/embed-helpers.js';

/** Chromium and Firefox take screenshots here; WebKitGTK's come back black, so there only styles and sizes are compared. */
const canScreenshot = !(/AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent));

/** The card's pixels, as RGBA. */
async function pixels(el: Element): Promise<Uint8ClampedArray> {
  const r = el.getBoundingClientRect();
  const rect = { x: Math.floor(r.left + scrollX), y: Math.floor(r.top + scrollY), width: Math.ceil(r.width), height: Math.ceil(r.height) };
  const png = await executeServerCommand<string, typeof rect>('screenshot', rect);
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

/**
 * How many pixels of the card differ clearly (a channel by more than 64 of 255)
 * between two captures of the same size: a leaking colour or font moves
 * thousands of pixels that far; a glyph edge re-rasterised by a later style pass, a few.
 * The rounded corners' outer pixels blend with whatever is behind the card
 * (the host page's own background) and are left out.
 */
function differing(a: Uint8ClampedArray, b: Uint8ClampedArray, card: Element): number {
  if (a.length !== b.length) throw new Error(`captures of ${a.length / 4} and ${b.length / 4} pixels`);
  const width = Math.ceil(card.getBoundingClientRect().width);
  const height = a.length / 4 / width;
  const corner = parseFloat(getComputedStyle(card).borderTopLeftRadius) + 2;
  const inCorner = (x: number, y: number) => (x < corner || x >= width - corner) && (y < corner || y >= height - corner);
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    const p = i / 4;
    if (inCorner(p % width, Math.floor(p / width))) continue;
    // A channel moved by more than a quarter of its range: a different colour or glyph, not a re-rasterised edge.
    if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2])) > 64) n++;
  }
  return n;
}

/** Rules host pages really ship, none of which may change the widgets. */
const HOSTILE: Record<string, string> = {
  'a global all: unset': '* { all: unset }',
  '!important size, colour and box model on everything': '* { box-sizing: content-box !important; font-size: 30px !important; color: red !important; line-height: 3 !important }',
  'a Bootstrap-like reset': `*, *::before, *::after { box-sizing: border-box } body { margin: 0; font-family: serif; font-size: 1rem; font-weight: 400; line-height: 1.5; color: #212529; -webkit-text-size-adjust: 100% } h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2 } p { margin-top: 0; margin-bottom: 1rem } ul { padding-left: 2rem }`,
  'a 62.5% root font size': 'html { font-size: 62.5% } body { font-size: 1.6rem }',
  'Bootstrap, !important inherited properties and a 62.5% root, together': `html { font-size: 62.5% !important } body { margin: 0; font: 900 1.6rem/2 "Comic Sans MS", serif !important; color: #f0f !important; letter-spacing: .3em !important; word-spacing: 1em !important; text-transform: uppercase !important; text-align: justify !important; text-indent: 3em !important; white-space: pre-wrap !important; word-break: break-all !important; hyphens: none !important; font-variant: small-caps !important; font-feature-settings: "smcp" !important; font-stretch: condensed !important; -webkit-text-size-adjust: 300% !important; text-size-adjust: 300% !important; tab-size: 40 !important; line-break: anywhere !important; fill: red !important; stroke: lime !important; stroke-width: 9px !important; list-style: square inside !important; quotes: "<<" ">>" !important; cursor: wait !important; visibility: visible !important; direction: ltr } *, *::before, *::after { box-sizing: border-box } svg { vertical-align: middle } ul { padding-left: 2rem }`,
  'inherited typography on the body': 'body { font-family: "Comic Sans MS", cursive; letter-spacing: 3px; word-spacing: 9px; text-transform: uppercase; text-align: center; font-style: italic; font-weight: 900; white-space: pre }',
};

const PROPS = ['font-size', 'font-family', 'font-weight', 'font-style', 'color', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'white-space', 'box-sizing', 'margin-top', 'margin-bottom', 'padding-top', 'padding-left', 'border-top-width', 'background-color'];

/** Resolves once every chart inside (nested cards included) has drawn. */
async function waitForCharts(el: Element): Promise<void> {
  const all = [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])];
  for (const node of all) {
    const chart = (node as Partial<{ chart: { ready: Promise<unknown> } }>).chart;
    if (node.localName === 'dprk-russia-tally' && chart) {
      await chart.ready;
      await new Promise((r) => setTimeout(r, 1500)); // the 400 ms first draw has ended
    }
  }
}

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

describe('hostile host-page CSS', function () {
  this.timeout(30_000);
  for (const { tag } of WIDGETS) {
    for (const [name, css] of Object.entries(HOSTILE)) {
      it(`<${tag}> keeps its size, styles and pixels at 640 px under ${name}`, async () => {
        const column = document.createElement('div');
        // Inline styles keep the test's own column a 640px block under `* { all: unset }`.
        // Pinned to whole pixels, so that a host rule moving the page (body margin) cannot move the card.
        column.style.cssText = 'display: block; position: absolute; left: 0; top: 0; width: 640px; padding-bottom: 16px; background: #808080';
        const el = document.createElement(tag) as StoryElement;
        el.setAttribute('lang', 'en');
        el.setAttribute('theme', 'light');
        column.append(el);
        document.body.append(column);
        await el.updateComplete;
        await waitForCharts(el);
        await frames();
        const clean = signature(el);
        const card = el.shadowRoot!.querySelector('.card')!;
        const cleanPixels = canScreenshot ? await pixels(card) : null;
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        try {
          await frames();
          expect(signature(el)).to.deep.equal(clean);
          // Text anti-aliasing may flicker on a few dozen pixels; a leaking rule (a colour, a font) changes thousands.
          if (cleanPixels) expect(differing(await pixels(card), cleanPixels, card), 'pixels that changed').to.be.at.most(cleanPixels.length / 4 / 10_000);
        } finally {
          style.remove();
          column.remove();
        }
      });
    }
  }

  it('still changes through the documented custom properties and parts (so the checks above can fail)', async () => {
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
