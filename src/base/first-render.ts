import { hostOf } from './host-of.js';

/**
 * When a widget first renders. A page that pastes several widgets (or a long
 * article with a card far down) renders the ones in or near the viewport at
 * once, and the others when they come within a viewport of it, or when the
 * page is idle, or before it prints, one per idle moment: the first chart is
 * drawn without waiting for cards nobody sees yet (`npm run bench`,
 * six-element page). Until then a waiting widget shows its fallback content,
 * exactly as before its script ran: it has no shadow root until its first
 * render (src/base/story-element.ts). A chart in view makes its card's first render
 * wait for the chart's code, so both show in one frame.
 *
 * The viewport fills from the top: the widgets below a chart in view (and the
 * idle queue) wait until that card and its chart have been painted, or a
 * second at most, so the first chart is not held back by the cards under it
 * (their fallback shows meanwhile). Widgets above it render at once.
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
  /**
   * Given where the widget is, what its first render should wait for, if
   * anything: a chart in view waits for its code (src/charts/chart-controller.ts).
   */
  ready?: (where: DOMRect) => Promise<unknown> | null;
}

const batch: Waiting[] = [];
const later = new Map<Element, Waiting>();
let viewport: IntersectionObserver | null = null;
let idleQueued = false;
/** Until a chart in view and its card have been painted: what the widgets below it wait for. */
let firstScreen: Promise<unknown> | null = null;

/** After the next frame has been painted (or 100 ms, where frames do not run: a hidden tab). */
const painted = () =>
  new Promise<void>((done) => {
    requestAnimationFrame(() => setTimeout(done));
    setTimeout(done, 100);
  });

/** The longest the widgets below a chart in view wait for it (its code may be slow to come, or never come). */
const HOLD_MS = 1000;
const atMost = (ms: number, what: Promise<unknown>) => Promise.race([what, new Promise((done) => setTimeout(done, ms))]);

/**
 * Resolves when `el` may render for the first time, with where it was; `null`
 * when it may at once (no viewport to measure against: server, old engines; or
 * it is rendered by another widget).
 */
export function firstRenderTurn(el: HTMLElement, ready?: Waiting['ready']): Promise<Where> | null {
  if (typeof IntersectionObserver === 'undefined' || typeof innerHeight !== 'number') return null;
  // A card another widget renders (the story's) renders with it: no layout read to learn it has no height yet.
  if (hostOf(el)) return null;
  return new Promise<Where>((go) => {
    batch.push({ el, go, ready });
    // Widgets that upgrade together schedule their first updates in the same
    // microtask run: one measure after the last of them.
    if (batch.length === 1) queueMicrotask(measure);
  });
}

function measure(): void {
  const items = batch.splice(0);
  const height = innerHeight;
  const rects = items.map((item) => item.el.getBoundingClientRect());
  const near: [Waiting, DOMRect][] = [];
  items.forEach((item, i) => {
    const r = rects[i];
    if (r.height === 0) item.go('unknown');
    else if (r.top < height * (1 + AHEAD) && r.bottom > -height * AHEAD) near.push([item, r]);
    else defer(item);
  });
  // Top first: each waits for what it needs itself (a chart in view, its code) and for the charts above it to be painted.
  let hold = firstScreen;
  for (const [item, r] of near.sort((a, b) => a[1].top - b[1].top)) {
    const before = item.ready?.(r) ?? null;
    const wait = hold && before ? Promise.all([hold, before]) : (hold ?? before);
    const go = () => item.go('near');
    if (!wait) {
      go();
      continue;
    }
    const shown = wait.then(go, go);
    if (before) hold = atMost(HOLD_MS, shown.then(painted));
  }
  if (hold && hold !== firstScreen) {
    const current = (firstScreen = hold);
    void current.then(() => {
      if (firstScreen === current) firstScreen = null;
    });
  }
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
    // Not before the charts in view are painted.
    if (firstScreen) {
      idleQueued = true;
      void firstScreen.then(() => {
        idleQueued = false;
        queueIdle();
      });
      return;
    }
    const first = later.keys().next();
    if (first.done) return;
    release(first.value);
    queueIdle();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 2000 });
  else setTimeout(next, 50);
}
