// Shared by the host-page CSS attacks (host-css.test.ts, client-host-css.test.ts): the card's
// computed styles, boxes and pixels before and after a host page's rules.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { StoryElement } from '../../src/base/story-element.js';
import { frames } from '../embed/embed-helpers.js';

/** Chromium and Firefox take screenshots here; WebKitGTK's come back black, so there only styles and sizes are compared. */
export const canScreenshot = !(/AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent));

/** The card's pixels, as RGBA. */
export async function pixels(el: Element): Promise<Uint8ClampedArray> {
  const r = el.getBoundingClientRect();
  const rect = {
    x: Math.floor(r.left + scrollX),
    y: Math.floor(r.top + scrollY),
    width: Math.ceil(r.width),
    height: Math.ceil(r.height),
  };
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
export function differing(a: Uint8ClampedArray, b: Uint8ClampedArray, card: Element): number {
  if (a.length !== b.length) throw new Error(`captures of ${a.length / 4} and ${b.length / 4} pixels`);
  const width = Math.ceil(card.getBoundingClientRect().width);
  const height = a.length / 4 / width;
  const corner = parseFloat(getComputedStyle(card).borderTopLeftRadius) + 2;
  const inCorner = (x: number, y: number) =>
    (x < corner || x >= width - corner) && (y < corner || y >= height - corner);
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    const p = i / 4;
    if (inCorner(p % width, Math.floor(p / width))) continue;
    // A channel moved by more than a quarter of its range: a different colour or glyph, not a re-rasterised edge.
    if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2])) > 64) n++;
  }
  return n;
}

export const PROPS = [
  'direction',
  'unicode-bidi',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'color',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'white-space',
  'box-sizing',
  'margin-top',
  'margin-bottom',
  'padding-top',
  'padding-left',
  'border-top-width',
  'background-color',
];

/**
 * Resolves once the widget is laid out as a reader sees it: every card inside it (a story's cards
 * included) past its lazy layout, which a story added by a script finishes one card per idle moment.
 * The chart is HTML, drawn with its card: nothing else to wait for.
 */
export async function waitForLayout(el: Element): Promise<void> {
  const lazy = () =>
    [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])].some((node) =>
      node.shadowRoot?.querySelector('.contents.lazy'),
    );
  const until = Date.now() + 8000;
  while (lazy() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** Computed style of every element in the widget's shadow tree, and the card's size. */
export function signature(el: Element, win: Window = window): string[] {
  // What a reader sees: boxes that are rendered (a hidden tooltip has none, and no place to keep).
  const nodes = [...el.shadowRoot!.querySelectorAll('*')].filter(
    (n) => !['STYLE', 'LINK', 'CANVAS'].includes(n.tagName) && n.getClientRects().length > 0,
  );
  const card = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
  // Where each box sits in the card, to the pixel: a mirrored card or a vanished figure moves them.
  const place = (n: Element) => {
    const r = n.getBoundingClientRect();
    return `${Math.round(r.left - card.left)},${Math.round(r.top - card.top)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  };
  return [
    `card ${Math.round(card.width)}x${Math.round(card.height)}`,
    ...nodes.map((n, i) => {
      const s = win.getComputedStyle(n);
      return `${i} ${n.tagName.toLowerCase()}.${n.getAttribute('class') ?? ''} ${place(n)} ${PROPS.map((p) => s.getPropertyValue(p)).join(' | ')}`;
    }),
  ];
}

/**
 * Renders <tag> in a 640 px column, records its styles, boxes and pixels, adds
 * `css` to the host page and expects none of them to change. A capture now and
 * then comes back with the card's contents unpainted (a card taller than the
 * viewport, content-visibility: auto, a loaded machine), so when the pixels
 * differ both captures are taken once more: a leaking rule differs both times.
 */
export async function expectUnchanged(tag: string, css: string): Promise<void> {
  const column = document.createElement('div');
  // Inline styles keep the test's own column a 640px block under `* { all: unset }`.
  // Pinned to whole pixels, so that a host rule moving the page (body margin) cannot move the card.
  column.style.cssText =
    'display: block; position: absolute; left: 0; top: 0; width: 640px; padding-bottom: 16px; background: #808080';
  const el = document.createElement(tag) as StoryElement;
  el.setAttribute('lang', 'en');
  el.setAttribute('theme', 'light');
  column.append(el);
  document.body.append(column);
  const style = document.createElement('style');
  style.textContent = css;
  try {
    await el.updateComplete;
    await waitForLayout(el);
    await frames();
    const clean = signature(el);
    const card = el.shadowRoot!.querySelector('.card')!;
    for (let attempt = 1; ; attempt++) {
      const cleanPixels = canScreenshot ? await pixels(card) : null;
      document.head.append(style);
      await frames();
      expect(signature(el)).to.deep.equal(clean);
      if (!cleanPixels) return;
      // Text anti-aliasing may flicker on a few dozen pixels; a leaking rule (a colour, a font) changes thousands.
      const changed = differing(await pixels(card), cleanPixels, card);
      const allowed = cleanPixels.length / 4 / 10_000;
      if (changed <= allowed || attempt === 2) {
        expect(changed, 'pixels that changed').to.be.at.most(allowed);
        return;
      }
      style.remove();
      await frames();
    }
  } finally {
    style.remove();
    column.remove();
  }
}
