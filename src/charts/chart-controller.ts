import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartConfiguration } from 'chart.js';
import { prefersReducedMotion } from './chart-colors.js';

export { prefersReducedMotion };

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

export interface ChartOptions {
  /** The canvas to draw on, once rendered. */
  canvas: () => HTMLCanvasElement | null | undefined;
  /** The chart as it should be now (data, labels, colours for the current theme and language). */
  config: () => ChartConfiguration<'bar'>;
}

/** The chart code (Chart.js and our plugins), one request for the page. */
let kit: Promise<typeof import('./chart-kit.js')> | null = null;
const loadKit = () => (kit ??= import('./chart-kit.js'));

/** How far below the viewport a chart starts loading, so it is drawn by the time it scrolls in. */
export const MARGIN_PX = 300;

/**
 * One set of page-wide observers for every chart on the page: one
 * IntersectionObserver, one listener per media query, one `beforeprint`.
 */
const charts = new Set<ChartController>();
const byElement = new WeakMap<Element, ChartController>();
let viewport: IntersectionObserver | null = null;
let media: MediaQueryList[] = [];

const restyleAll = () => charts.forEach((c) => c.restyle());
// Printing shows every chart, scrolled to or not.
const printAll = () => charts.forEach((c) => c.near());

function join(controller: ChartController): void {
  charts.add(controller);
  byElement.set(controller.element, controller);
  if (!viewport) {
    viewport = new IntersectionObserver(
      (entries) => {
        // A widget with no height yet (its first render waits for its text) is anywhere, not near:
        // it is looked at again once rendered (hostUpdated).
        for (const entry of entries) if (entry.isIntersecting && entry.boundingClientRect.height > 0) byElement.get(entry.target)?.near();
      },
      { rootMargin: `${MARGIN_PX}px 0px` },
    );
    if (typeof matchMedia === 'function') {
      media = ['(forced-colors: active)', '(prefers-reduced-motion: reduce)'].map((q) => matchMedia(q));
      for (const query of media) query.addEventListener('change', restyleAll);
    }
    addEventListener('beforeprint', printAll);
  }
  viewport.observe(controller.element);
}

function leave(controller: ChartController): void {
  if (!charts.delete(controller)) return;
  viewport?.unobserve(controller.element);
  if (charts.size) return;
  viewport?.disconnect();
  viewport = null;
  for (const query of media) query.removeEventListener('change', restyleAll);
  media = [];
  removeEventListener('beforeprint', printAll);
}

/**
 * A chart's whole life: load the chart chunk when the widget comes near the
 * viewport, create the chart on the connected canvas, update it when the host
 * re-renders, destroy it on disconnect (a detached canvas must not keep a
 * Chart instance alive: chartjs/Chart.js#10924). The space the chart takes is
 * reserved by the host's CSS, so its arrival moves nothing.
 */
export class ChartController implements ReactiveController {
  chart: Chart<'bar'> | null = null;
  private wanted = false;
  private resolveReady!: (chart: Chart<'bar'>) => void;
  /** Resolves with the chart once it has been drawn. */
  ready: Promise<Chart<'bar'>>;

  constructor(
    private readonly host: Host,
    private readonly options: ChartOptions,
  ) {
    this.ready = this.newReady();
    host.addController(this);
  }

  private newReady(): Promise<Chart<'bar'>> {
    return new Promise((resolve) => (this.resolveReady = resolve));
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.want();
      return;
    }
    join(this);
  }

  /**
   * Where the host is before its first render (src/base/first-render.ts, one
   * layout read for every widget): a chart near the viewport starts loading
   * now, not a frame later when the observer first reports, and one in view
   * holds the card's first render until its code has arrived, so card and
   * chart show in one frame, with no frame in between spent laying out and
   * painting the card without it. Returns what to wait for. A widget with no
   * height yet is left to the observer, once it has rendered (hostUpdated).
   */
  beforeFirstRender(where: DOMRect): Promise<unknown> | null {
    if (where.top >= innerHeight + MARGIN_PX || where.bottom <= -MARGIN_PX) return null;
    this.near();
    return where.top < innerHeight && where.bottom > 0 ? loadKit() : null;
  }

  /** @internal Starts loading the chart: the host is (or starts) in or near the viewport, or the page prints. */
  near(): void {
    this.want();
  }

  /** @internal The reader turned forced colours or reduced motion on or off: a canvas takes no CSS, so redraw. */
  restyle(): void {
    this.host.requestUpdate();
  }

  /** @internal */
  get element(): HTMLElement {
    return this.host;
  }

  hostDisconnected(): void {
    leave(this);
    this.wanted = false;
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
      this.ready = this.newReady();
    }
  }

  hostUpdated(): void {
    if (!this.wanted && !this.host.hasUpdated) {
      // Rendered at last: where it is now, not where its empty box was.
      viewport?.unobserve(this.host);
      viewport?.observe(this.host);
    }
    if (!this.chart) return;
    const canvas = this.options.canvas();
    if (canvas !== this.chart.canvas) {
      this.chart.destroy();
      this.chart = null;
      this.ready = this.newReady();
      void this.create();
      return;
    }
    const config = this.options.config();
    this.chart.data = config.data;
    this.chart.options = config.options ?? {};
    this.chart.update('none');
  }

  private want(): void {
    if (this.wanted) return;
    this.wanted = true;
    viewport?.unobserve(this.host);
    void this.create();
  }

  private async create(): Promise<void> {
    const { Chart, plugins } = await loadKit();
    await this.host.updateComplete;
    const canvas = this.options.canvas();
    if (!this.wanted || !this.host.isConnected || !canvas || this.chart) return;
    // The first frame is the finished chart: no entrance animation. Later updates use the config's own.
    const config = this.options.config();
    this.chart = new Chart(canvas, { ...config, plugins: [...(config.plugins ?? []), ...plugins], options: { ...config.options, animation: false } });
    // Hover and keyboard highlights after that move as the config says (not at all for reduced motion).
    this.chart.options = config.options ?? {};
    this.resolveReady(this.chart);
  }
}

