/**
 * Colours for a chart drawn on a canvas. CSS cannot reach inside a canvas, so
 * forced-colours mode (Windows high contrast) and patterns are decided here.
 */

/** Windows high contrast and other forced palettes: the chart must use the system colours too. */
export function forcedColors(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;
}

/** Chart animation is for readers who want motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The colours a chart draws with: text, grid, bar edges, and one fill per series. */
export interface ChartPalette {
  /** Ticks, legend and tooltip text. */
  text: string;
  /** Grid lines. */
  grid: string;
  /** Bar outlines: separate stacked segments without relying on their fills. */
  edge: string;
  /** Width of the bar outlines, in CSS pixels. */
  edgeWidth: number;
  /** One fill per series, in dataset order. */
  fills: string[];
  /** The background the chart sits on, for hatching and the downloadable picture. */
  background: string;
  forced: boolean;
}

/**
 * The palette from the card's computed custom properties (`--_fg`,
 * `--_chart-1` …), or from system colours (CanvasText, Canvas, Highlight)
 * when the reader forces their own colours.
 */
export function chartPalette(style: CSSStyleDeclaration, series: string[]): ChartPalette {
  if (forcedColors()) {
    const fills = ['Highlight', 'Canvas', 'CanvasText'];
    return {
      text: 'CanvasText',
      grid: 'GrayText',
      edge: 'CanvasText',
      edgeWidth: 2,
      fills: series.map((_, i) => fills[i % fills.length]),
      background: 'Canvas',
      forced: true,
    };
  }
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: read('--_fg'),
    grid: read('--_border'),
    edge: read('--_bg'),
    edgeWidth: 1,
    fills: series.map(read),
    background: read('--_bg'),
    forced: false,
  };
}

/**
 * Diagonal hatching over a fill: a second way, besides colour and legend
 * order, to tell a series apart (we hatch derived figures). Falls back to the
 * plain fill where a canvas is unavailable.
 */
export function hatch(fill: string, stripes: string, pixelRatio = 1): CanvasPattern | string {
  if (typeof document === 'undefined') return fill;
  const size = Math.max(1, Math.round(8 * pixelRatio));
  const tile = document.createElement('canvas');
  tile.width = tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return fill;
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = stripes;
  ctx.lineWidth = Math.max(1, 1.5 * pixelRatio);
  ctx.beginPath();
  // Three strokes so the stripes meet across tile edges.
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? fill;
}
