// Helpers for tests/ssr/: pages of pre-rendered widgets (tests/ssr/middleware.mjs) in a frame.
import { nextEvent, waitFor } from '../embed/embed-helpers.js';

export { waitFor };

export type FrameWindow = Window &
  typeof globalThis & {
    __drwViolations?: string[];
    __drwShifts?: { value: number; at: number; upgraded: boolean; moved: string[] }[];
    __drwShiftsSupported?: boolean;
    __drwUpgraded?: boolean;
  };

export interface Loaded {
  frame: HTMLIFrameElement;
  doc: Document;
  win: FrameWindow;
}

/** The query string of a pre-rendered page (see tests/ssr/middleware.mjs). */
export function pageUrl(params: Record<string, string>): string {
  return `/__ssr/page.html?${new URLSearchParams(params)}`;
}

/** Loads a page in a frame `width` px wide, in the viewport, and waits until its stylesheets have loaded. */
export async function open(params: Record<string, string>, width = 640): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;top:0;left:0;z-index:1;display:block;width:${width}px;height:800px;border:0;background:white`;
  frame.src = pageUrl(params);
  const loaded = nextEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await stylesheetsLoaded(doc);
  return { frame, doc, win: frame.contentWindow as FrameWindow };
}

/** Every `<link rel="stylesheet">` in the document and its (nested) shadow roots has its sheet. */
export async function stylesheetsLoaded(root: Document | Element): Promise<void> {
  await waitFor(() => links(root).every((link) => link.sheet !== null), 'the linked stylesheets to load');
}

function links(root: Document | Element | ShadowRoot): HTMLLinkElement[] {
  const found = [...root.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...links(el.shadowRoot));
  return found;
}

/** The widgets on a page, top-level ones only. */
export function widgetsIn(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll('main > *')].filter((el) => el.localName.includes('-')) as HTMLElement[];
}

/** Text of an element's shadow root (nested widgets' shadow roots included), whitespace folded. */
export function deepText(el: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const element = node as Element;
    // Stylesheet links and the script of inline data carry no text a reader sees.
    if (element.localName === 'style' || element.localName === 'script') return '';
    const children = element.shadowRoot ? [...element.shadowRoot.childNodes] : [...node.childNodes];
    return children.map(walk).join('');
  };
  return walk(el).replace(/\s+/g, ' ').trim();
}

export interface Piece {
  /** Where it is: each ancestor's tag and class, down from the widget. */
  path: string;
  top: number;
  left: number;
  width: number;
  height: number;
  text: string;
  color: string;
  background: string;
}

/**
 * Every element a reader sees in a widget, shadow roots included, with its box
 * (relative to the page), its own text and its colours; the chart's canvas,
 * which is drawn later by design, is left out.
 */
export function layout(host: Element, win: Window): Piece[] {
  const pieces: Piece[] = [];
  const round = (n: number) => Math.round(n * 10) / 10;
  const visit = (el: Element, path: string) => {
    if (['link', 'style', 'script', 'canvas', 'template'].includes(el.localName)) return;
    const here = `${path}/${el.localName}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const r = el.getBoundingClientRect();
    const style = win.getComputedStyle(el);
    const own = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    pieces.push({
      path: here,
      top: round(r.top + win.scrollY),
      left: round(r.left),
      width: round(r.width),
      height: round(r.height),
      text: own,
      color: style.color,
      background: style.backgroundColor,
    });
    const children = el.shadowRoot ? el.shadowRoot.children : el.children;
    for (const child of children) visit(child, here);
  };
  visit(host, '');
  return pieces;
}

/** Waits until every widget on the page, nested ones too, has rendered with its script. */
export async function upgraded(doc: Document, win: FrameWindow): Promise<void> {
  // The one script defines every element; a widget's own entry, the widgets on the page.
  const pageWidgets = () => [...doc.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
  await waitFor(
    () =>
      win.__drwUpgraded === true ||
      (pageWidgets().length > 0 && pageWidgets().every((el) => !!win.customElements.get(el.localName))),
    'the widgets script to load',
    8000,
  );
  type Lit = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };
  const all = (root: Document | ShadowRoot): Lit[] => {
    const found: Lit[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.includes('-')) found.push(el as Lit);
      if (el.shadowRoot) found.push(...all(el.shadowRoot));
    }
    return found;
  };
  await waitFor(() => all(doc).every((el) => el.hasUpdated === true), 'every widget to render', 8000);
  for (const el of all(doc)) await el.updateComplete;
  await waitFor(() => all(doc).every((el) => el.hasUpdated === true), 'every nested widget to render', 8000);
  for (const el of all(doc)) await el.updateComplete;
}

/** `n` animation frames of the frame's window. */
export function frames(win: Window, n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}
