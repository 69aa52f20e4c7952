import { expect } from '@open-wc/testing';
import { WIDGETS, type WidgetTag } from '../../src/widgets.js';
import { BUNDLE, frames, load, waitFor } from './embed-helpers.js';
import { scrollThrough } from '../scroll-through.js';
import { RESERVE_STEPS, reservedHeight } from '../../src/embed/host/reserve.js';

/** The column widths a reader or an embedder meets: phones, a tablet column, article columns, a wide page. */
const WIDTHS = [320, 375, 640, 736, 960, 1200];
/** The most blank a reserve may leave under a card. */
const BLANK_MAX = 16;
/**
 * The engines the reserve table is measured in (scripts/measure-heights.mjs):
 * Chromium and Firefox. WebKitGTK here sets the same text shorter, so there
 * the reserve is checked to hold the card (no shift), not to hug it.
 */
const MEASURED_ENGINE = !(
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome|HeadlessChrome/.test(navigator.userAgent)
);

interface TextBox {
  text: string;
  rect: DOMRect;
  /** The text node it belongs to: a node's own lines may touch (tight line height), that is no collision. */
  node?: Node;
}

/** Every line of visible text in a card (nested cards' shadow roots included), with where it is drawn. */
function textBoxes(root: ShadowRoot | Element, out: TextBox[] = []): TextBox[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.shadowRoot) textBoxes(node.shadowRoot, out);
      continue;
    }
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || parent.closest('.visually-hidden, svg, style')) continue;
    if (!parent.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects())
      if (rect.width > 0.5 && rect.height > 0.5) out.push({ text: node.textContent.trim().slice(0, 40), rect, node });
  }
  return out;
}

/** Grids of items (figures, strands, arms, flows) whose last row stops short of the right edge: a hole a reader sees. */
function holes(root: ShadowRoot, out: string[] = []): string[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) holes(el.shadowRoot, out);
    const style = getComputedStyle(el);
    if (style.display !== 'grid' || el.children.length < 2) continue;
    const columns = style.gridTemplateColumns.split(' ').filter(Boolean).length;
    if (columns < 2) continue;
    const items = [...el.children].filter((c) => c.getClientRects().length);
    const right =
      el.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const last = items[items.length - 1].getBoundingClientRect();
    if (right - last.right > 2)
      out.push(
        `${el.className || el.localName} (${columns} columns, ${items.length} items) ends ${Math.round(right - last.right)}px short`,
      );
  }
  return out;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1.5;

async function mount(column: HTMLElement, tag: WidgetTag, lang: string) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  el.setAttribute('lang', lang);
  column.replaceChildren(el);
  await el.updateComplete;
  const nested = [el, ...el.shadowRoot!.querySelectorAll('*')] as (HTMLElement & {
    updateComplete?: Promise<unknown>;
  })[];
  for (const child of nested) await child.updateComplete;
  // Measured as a reader who scrolled past every part of it saw it.
  await scrollThrough(el);
  await frames();
  return el;
}

describe('what a card holds before it is laid out', () => {
  it('is the most the table says it takes, at its narrowest, in either language: never less than the card needs', () => {
    for (const { tag, maxPx } of WIDGETS) {
      const most = Math.max(...Object.values(RESERVE_STEPS[tag]).flatMap((steps) => steps.map(([, height]) => height)));
      expect(maxPx, tag).to.equal(most);
    }
  });
});

describe('reserve.css, before any script runs', function () {
  this.timeout(60_000);

  it('holds the table’s height on each side of every step, at whole and fractional widths, in either language', async () => {
    // A page with the stylesheet and no widget script: the elements stay undefined, as on a slow network.
    const frame = document.createElement('iframe');
    frame.srcdoc =
      '<!doctype html><html lang="it"><head><link rel="stylesheet" href="/dist/reserve.css"></head><body style="margin:0"></body></html>';
    frame.style.cssText = 'width: 1600px; height: 200px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await waitFor(() => doc.styleSheets.length === 1, 'reserve.css to load');
    const wrong: string[] = [];
    try {
      for (const { tag } of WIDGETS) {
        for (const lang of ['it', 'en'] as const) {
          const el = doc.createElement(tag);
          el.setAttribute('lang', lang);
          doc.body.replaceChildren(el);
          const widths = RESERVE_STEPS[tag][lang]
            .flatMap(([from]) => [from, from - 0.5, from - 0.02, from + 0.5])
            .filter((w) => w >= 200);
          for (const width of [...widths, 1400, 1599.5]) {
            el.style.width = `${width}px`;
            const held = parseFloat(frame.contentWindow!.getComputedStyle(el, '::before').height);
            const table = reservedHeight(tag, lang, width);
            if (held !== table)
              wrong.push(`<${tag} lang=${lang}> at ${width}px holds ${held}px, the table says ${table}px`);
          }
        }
      }
    } finally {
      frame.remove();
    }
    expect(wrong).to.deep.equal([]);
  });
});

describe('reserved space, blank bands and colliding labels at every width', function () {
  this.timeout(240_000);
  let link: HTMLLinkElement;
  const column = document.createElement('div');

  before(async () => {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/dist/reserve.css';
    const linked = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await linked;
    document.body.append(column);
    await load(BUNDLE);
  });
  after(() => {
    column.remove();
    link.remove();
  });

  for (const width of WIDTHS) {
    it(`at ${width} px: each card fills its reserve (never taller, at most ${BLANK_MAX} px blank under it in the engines it is measured in), its grids leave no hole, its text stays in the card and no two labels collide`, async () => {
      column.style.cssText = `width: ${width}px`;
      const problems: string[] = [];
      for (const { tag } of WIDGETS) {
        for (const lang of ['it', 'en'] as const) {
          const el = await mount(column, tag, lang);
          const where = `<${tag} lang=${lang}> at ${width}px`;
          // What reserve.css holds (the page's copy of the registry's table) and what the card takes.
          const reserve = parseFloat(getComputedStyle(el, '::before').height);
          expect(reserve, `${where}: reserve.css agrees with the table`).to.equal(reservedHeight(tag, lang, width));
          const card = el.shadowRoot!.querySelector('[part~="base"]')!;
          const cardBox = card.getBoundingClientRect();
          const host = el.getBoundingClientRect();
          if (cardBox.height > reserve + 0.5)
            problems.push(
              `${where}: card ${cardBox.height}px outgrows its ${reserve}px reserve (the page below would move)`,
            );
          if (MEASURED_ENGINE && host.height - cardBox.height > BLANK_MAX)
            problems.push(`${where}: ${Math.round(host.height - cardBox.height)}px blank under the card`);
          expect(cardBox.width, `${where}: the card takes its column`).to.be.closeTo(width, 1);

          for (const hole of holes(el.shadowRoot!)) problems.push(`${where}: a hole in a grid: ${hole}`);

          // The chart's labels are text in the card: counted with the rest.
          const boxes = textBoxes(el.shadowRoot!);
          for (const { text, rect } of boxes) {
            if (
              rect.left < cardBox.left - 0.5 ||
              rect.right > cardBox.right + 0.5 ||
              rect.top < cardBox.top - 0.5 ||
              rect.bottom > cardBox.bottom + 0.5
            ) {
              problems.push(`${where}: “${text}” leaves its card`);
            }
          }
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              if ((!boxes[i].node || boxes[i].node !== boxes[j].node) && overlap(boxes[i].rect, boxes[j].rect))
                problems.push(`${where}: “${boxes[i].text}” overlaps “${boxes[j].text}”`);
            }
          }
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
