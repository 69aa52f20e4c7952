import type { Plugin } from 'chart.js';

/** One row of a horizontal bar chart, labelled in place rather than on an axis. */
export interface BarRowLabel {
  /** The row (category index) the label sits above. */
  index: number;
  /** The figure with its qualifier ("circa 11.000"), drawn bold. */
  value: string;
  /** What it counts ("in tutto"), drawn after the value. */
  text: string;
  /** A note under the bar, for a secondary segment of the row (a derived figure): muted, italic, under that segment. */
  note?: { datasetIndex: number; text: string };
}

export interface BarLabelsSpec {
  rows: readonly BarRowLabel[];
  /** The card's typeface and text size, in CSS pixels (never below 13). */
  fontFamily: string;
  fontSize: number;
  color: string;
  muted: string;
  /** The zero line the bars grow from. */
  rule: string;
}

/** Space between a label line and its bar, in CSS pixels. */
export const LABEL_GAP = 6;
/** Space between one row's note line and the next row's label, in CSS pixels. */
export const ROW_GAP = 8;
/** Label line height, as a multiple of the font size. */
export const LABEL_LINE = 1.25;
/** The smallest text the chart draws, in CSS pixels. */
export const MIN_FONT = 13;

/**
 * The geometry of a labelled row, shared by the chart and the CSS that reserves
 * its height: each row is a label line, a gap, the bar, a gap, a note line and
 * a gap before the next row.
 * The bar is as thick as the row leaves room for.
 */
export function barThickness(rowHeight: number, fontSize: number): number {
  return Math.max(8, Math.floor(rowHeight - ROW_GAP - 2 * (fontSize * LABEL_LINE + LABEL_GAP)));
}

/**
 * Direct labels for a horizontal bar chart, as the graphics desks draw them on
 * phones: the value with its qualifier, in bold, and what it counts, on a line
 * above each bar, so no axis needs reading and nothing ever rotates. A note in
 * italics sits under a secondary segment. Text never runs past the chart area:
 * it shrinks to `MIN_FONT` if it must, and a note too long for its segment is
 * right-aligned to the bar's end, or starts at the zero line.
 *
 * A per-chart plugin (never registered globally, as a host page may run its own
 * Chart.js). `spec` is read at each draw, so a new language or theme needs only
 * `chart.update()`.
 */
export function barLabels(spec: () => BarLabelsSpec | null): Plugin<'bar'> {
  return {
    id: 'drwBarLabels',
    afterDatasetsDraw(chart) {
      const s = spec();
      if (!s) return;
      const { ctx, chartArea } = chart;
      const font = (weight: number, size: number, italic = false) =>
        `${italic ? 'italic ' : ''}${weight} ${size}px ${s.fontFamily}`;
      const measure = (text: string, f: string) => {
        ctx.font = f;
        return ctx.measureText(text).width;
      };
      ctx.save();
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      const width = chartArea.right - chartArea.left;
      for (const row of s.rows) {
        const bars = chart.data.datasets
          .map((_, i) => chart.getDatasetMeta(i))
          .filter((meta) => !meta.hidden)
          .map(
            (meta) =>
              meta.data[row.index] as unknown as { x: number; y: number; base: number; height: number } | undefined,
          )
          .filter(
            (bar): bar is { x: number; y: number; base: number; height: number } => !!bar && Number.isFinite(bar.y),
          );
        if (!bars.length) continue;
        const bar = bars[0];
        const top = bar.y - bar.height / 2;
        const bottom = bar.y + bar.height / 2;
        // The zero line the bar grows from, only as tall as the bar (it must not strike the label).
        ctx.strokeStyle = s.rule;
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(Math.round(chartArea.left) + 0.5, top - 2);
        ctx.lineTo(Math.round(chartArea.left) + 0.5, bottom + 2);
        ctx.stroke();
        // Shrink, never below MIN_FONT, until value and text fit the row.
        let size = s.fontSize;
        const joined = () => measure(row.value, font(700, size)) + measure(` ${row.text}`, font(400, size));
        while (size > MIN_FONT && joined() > width) size -= 0.5;
        const baseline = top - LABEL_GAP - size * 0.3;
        let x = chartArea.left;
        ctx.fillStyle = s.color;
        ctx.font = font(700, size);
        ctx.fillText(row.value, x, baseline);
        const valueWidth = ctx.measureText(row.value).width;
        x += valueWidth;
        ctx.font = font(400, size);
        ctx.fillText(` ${row.text}`, x, baseline);

        if (row.note) {
          const segment = chart.getDatasetMeta(row.note.datasetIndex).data[row.index] as unknown as
            { x: number; base: number } | undefined;
          if (segment) {
            let noteSize = s.fontSize;
            const noteFont = () => font(400, noteSize, true);
            while (noteSize > MIN_FONT && measure(row.note.text, noteFont()) > width) noteSize -= 0.5;
            const noteWidth = measure(row.note.text, noteFont());
            const end = Math.max(segment.x, segment.base);
            const start = Math.min(segment.x, segment.base);
            // Under the segment it explains: from its start if it fits, else ending at the bar's end, never before zero.
            const noteX = start + noteWidth <= chartArea.right ? start : Math.max(chartArea.left, end - noteWidth);
            ctx.font = noteFont();
            ctx.fillStyle = s.muted;
            ctx.fillText(row.note.text, noteX, bottom + LABEL_GAP + noteSize * 0.95);
          }
        }
      }
      ctx.restore();
    },
  };
}
