/**
 * The chart's tooltip, in place of Chart.js's Tooltip plugin (about 5 KB gzip
 * of the chart chunk, most of it for features our bar chart does not use:
 * titles, footers, multi-item layouts, carets in twelve positions, animation).
 * It shows the line the chart's `plugins.tooltip.callbacks.label` gives (else
 * the dataset's label) for the bar under the pointer or the keyboard, drawn on
 * the canvas at that bar, kept inside the canvas, in Chart.js's tooltip colours.
 */
import type { ActiveElement, Chart, ChartEvent, Plugin } from 'chart.js';

type Point = { x: number; y: number };
type LabelCallback = (item: { chart: Chart; dataset: Chart['data']['datasets'][number]; datasetIndex: number; dataIndex: number; raw: unknown }) => string | string[];

/** What `chart.tooltip` is with this plugin: the part of Chart.js's tooltip API our code and tests use. */
export class ChartTooltip {
  private active: ActiveElement[] = [];
  private at: Point = { x: 0, y: 0 };

  constructor(private readonly chart: Chart) {}

  /** Shows the tooltip for `active` (empty: hides it), pointing at `position`. */
  setActiveElements(active: ActiveElement[], position: Point): void {
    this.active = [...active];
    this.at = position;
  }

  getActiveElements(): ActiveElement[] {
    return [...this.active];
  }

  /** The lines the tooltip shows, one per active bar. */
  get lines(): string[] {
    const label = (this.chart.config.options?.plugins?.tooltip?.callbacks as { label?: LabelCallback } | undefined)?.label;
    return this.active.flatMap(({ datasetIndex, index }) => {
      const dataset = this.chart.data.datasets[datasetIndex];
      if (!dataset) return [];
      const text = label ? label({ chart: this.chart, dataset, datasetIndex, dataIndex: index, raw: dataset.data[index] }) : dataset.label ?? '';
      return Array.isArray(text) ? text : [text];
    });
  }

  /** Follows the bars Chart.js marks active as the pointer moves; true when that changed what is shown. */
  follow(event: ChartEvent): boolean {
    if (!['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'].includes(event.type)) return false;
    const active = this.chart.getActiveElements();
    const same = active.length === this.active.length && active.every((a, i) => a.element === this.active[i].element);
    if (same) return false;
    const at = active[0]?.element.tooltipPosition(true);
    this.setActiveElements(active, { x: at?.x ?? 0, y: at?.y ?? 0 });
    return true;
  }

  draw(ctx: CanvasRenderingContext2D): void {
    const lines = this.lines.filter(Boolean);
    if (!lines.length) return;
    const font = this.chart.options.font ?? {};
    const size = typeof font.size === 'number' ? font.size : 12;
    const family = font.family ?? "'Helvetica Neue', 'Helvetica', 'Arial', sans-serif";
    const padding = 6;
    const lineHeight = Math.round(size * 1.2);
    ctx.save();
    ctx.font = `${size}px ${family}`;
    const width = Math.max(...lines.map((line) => ctx.measureText(line).width)) + 2 * padding;
    const height = lines.length * lineHeight + 2 * padding;
    const { width: canvasWidth, height: canvasHeight } = this.chart;
    // Beside the bar's end, inside the canvas: to its left when there is no room to its right.
    let x = this.at.x + padding;
    if (x + width > canvasWidth) x = Math.max(0, this.at.x - padding - width);
    const y = Math.min(Math.max(0, this.at.y - height / 2), Math.max(0, canvasHeight - height));
    ctx.fillStyle = 'rgba(0,0,0,0.8)';
    ctx.beginPath();
    ctx.roundRect(x, y, width, height, 6);
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.textBaseline = 'top';
    lines.forEach((line, i) => ctx.fillText(line, x + padding, y + padding + i * lineHeight + (lineHeight - size) / 2));
    ctx.restore();
  }
}

const tooltips = new WeakMap<Chart, ChartTooltip>();

export const tooltipPlugin: Plugin = {
  id: 'drwTooltip',
  afterInit(chart) {
    // Where Chart.js's own plugin puts it, so code written for it finds it. Should a page
    // have registered Chart.js's Tooltip on this same Chart.js, that one is left to do the job.
    const host = chart as unknown as { tooltip?: unknown };
    if (host.tooltip) return;
    const tooltip = new ChartTooltip(chart);
    tooltips.set(chart, tooltip);
    host.tooltip = tooltip;
  },
  afterEvent(chart, args) {
    if (tooltips.get(chart)?.follow(args.event)) args.changed = true;
  },
  afterDraw(chart) {
    tooltips.get(chart)?.draw(chart.ctx);
  },
};
