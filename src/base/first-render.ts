import { hostOf } from './host-of.js';

/**
 * When a widget first renders. A page that pastes several widgets (or a long
 * article with a card far down) renders the ones in or near the viewport at
 * once, and the others when they come within a viewport of it, or when the
 * page is idle, or before it prints, one per idle moment: the cards in view
 * are drawn (the tally's chart with its card, in HTML) without waiting for cards
 * nobody sees yet (`npm run bench`, six-element page). Until then a waiting
 * widget shows its fallback content, exactly as before its script ran, through a
 * bare slot with no styles of ours (StoryElement.createRenderRoot).
 *
 * Where a widget is comes from one layout read for all widgets that connect
 * together, not one per widget. A widget with no height yet (no fallback, no
 * reserved space, `display: none`, a card the story renders) renders at once:
 * where it will be is unknown.
 */

/** How far outside the viewport a widget still renders at once, in viewport heights. */
const AHEAD = 1;

/** Where a widget was when it asked to render: in or near the viewport, far from it, or unknown (no height yet). */
export type Where = 'near' | 'far' | 'unknown';

interface Waiting {
  el: HTMLElement;
  go: (where: Where) => void;
}

const batch: Waiting[] = [];
const later = new Map<Element, Waiting>();
let viewport: IntersectionObserver | null = null;
let idleQueued = false;

/**
 * Resolves when `el` may render for the first time, with where it was; `null`
 * when it may at once (no viewport to measure against: server, old engines; or
 * it is rendered by another widget).
 */
export function firstRenderTurn(el: HTMLElement): Promise<Where> | null {
  if (typeof IntersectionObserver === 'undefined' || typeof innerHeight !== 'number') return null;
  // A card another widget renders (the story's) renders with it: no layout read to learn it has no height yet.
  if (hostOf(el)) return null;
  return new Promise<Where>((go) => {
    batch.push({ el, go });
    // Widgets that upgrade together schedule their first updates in the same
    // microtask run: one measure after the last of them.
    if (batch.length === 1) queueMicrotask(measure);
  });
}

function measure(): void {
  const items = batch.splice(0);
  const height = innerHeight;
  const rects = items.map((item) => item.el.getBoundingClientRect());
  items.forEach((item, i) => {
    const r = rects[i];
    if (r.height === 0) item.go('unknown');
    else if (r.top < height * (1 + AHEAD) && r.bottom > -height * AHEAD) item.go('near');
    else defer(item);
  });
}

function defer(item: Waiting): void {
  later.set(item.el, item);
  if (!viewport) {
    viewport = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) release(entry.target);
      },
      { rootMargin: `${AHEAD * 100}% 0px` },
    );
    addEventListener('beforeprint', releaseAll);
  }
  viewport.observe(item.el);
  queueIdle();
}

function release(el: Element): void {
  const item = later.get(el);
  if (!item) return;
  later.delete(el);
  viewport?.unobserve(el);
  item.go('far');
  if (later.size === 0) {
    viewport?.disconnect();
    viewport = null;
    removeEventListener('beforeprint', releaseAll);
  }
}

function releaseAll(): void {
  for (const el of [...later.keys()]) release(el);
}

/** One waiting widget per idle moment, in page order, so none waits for a scroll that never comes. */
function queueIdle(): void {
  if (idleQueued) return;
  idleQueued = true;
  const next = () => {
    idleQueued = false;
    const first = later.keys().next();
    if (first.done) return;
    release(first.value);
    queueIdle();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 2000 });
  else setTimeout(next, 50);
}
