import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActiveElement, Chart } from 'chart.js';
import { describeRow, type ChartRow } from './chart-data.js';
import type { Lang } from '../i18n/i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The few Chart.js calls keyboard exploration needs, whatever the chart type. */
type ExplorableChart = Pick<Chart, 'setActiveElements' | 'getDatasetMeta' | 'update' | 'tooltip'>;

export interface ChartKeyboardOptions {
  /** The live chart, or null while Chart.js is still loading (announcements work without it). */
  chart: () => ExplorableChart | null;
  /** The points to visit, in reading order. */
  rows: () => readonly ChartRow[];
  lang: () => Lang;
}

/**
 * Keyboard exploration of a chart, which Chart.js itself lacks
 * (chartjs/Chart.js#1976). The host renders a focusable wrapper around the
 * canvas and binds `onKeydown` and `onBlur` to it, and renders `announcement`
 * in a polite live region. Arrow keys move from point to point, Home and End
 * jump to the first and last, Escape (or leaving the chart) clears; the
 * Chart.js hover state and tooltip follow, so sighted keyboard users see what
 * a screen reader says.
 */
export class ChartKeyboardController implements ReactiveController {
  /** Index into `rows()` of the point being explored, or -1. */
  index = -1;
  /** What the live region says about the current point. */
  announcement = '';

  constructor(
    private readonly host: Host,
    private readonly options: ChartKeyboardOptions,
  ) {
    host.addController(this);
  }

  /** Keeps the announcement in step with the data and language the host is about to render. */
  hostUpdate(): void {
    if (this.index < 0) return;
    const rows = this.options.rows();
    const row = rows[this.index];
    if (!row) {
      this.index = -1;
      this.announcement = '';
      return;
    }
    const text = describeRow(row, this.options.lang(), this.index + 1, rows.length);
    if (this.announcement.trimEnd() !== text) this.announcement = text;
  }

  /** Re-applies the highlight after the host re-renders (new language, new data, a re-created chart). */
  hostUpdated(): void {
    if (this.index >= 0) this.highlight();
  }

  hostDisconnected(): void {
    this.index = -1;
    this.announcement = '';
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const count = this.options.rows().length;
    if (!count) return;
    const last = count - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = this.index < 0 ? 0 : Math.min(this.index + 1, last);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = this.index < 0 ? last : Math.max(this.index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Escape':
        if (this.index < 0) return;
        event.preventDefault();
        this.clear();
        return;
      default:
        return;
    }
    // The page must not scroll under the reader while they explore.
    event.preventDefault();
    this.moveTo(next);
  };

  readonly onBlur = (): void => {
    if (this.index >= 0) this.clear();
  };

  /** Makes point `index` (into `rows()`) the current one: highlight, tooltip, announcement. */
  moveTo(index: number): void {
    const rows = this.options.rows();
    const row = rows[index];
    if (!row) return;
    this.index = index;
    // Re-announced even when unchanged (an arrow at either end), so the reader hears where they are.
    const text = describeRow(row, this.options.lang(), index + 1, rows.length);
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    // hostUpdated() highlights, after the chart has taken the host's latest config.
    this.host.requestUpdate();
  }

  /** Leaves exploration: no highlight, no tooltip, nothing announced. */
  clear(): void {
    this.index = -1;
    this.announcement = '';
    const chart = this.options.chart();
    if (chart) {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.update();
    }
    this.host.requestUpdate();
  }

  private highlight(): void {
    const chart = this.options.chart();
    const row = this.options.rows()[this.index];
    if (!chart || !row) return;
    const element = chart.getDatasetMeta(row.datasetIndex)?.data[row.index];
    if (!element) return;
    const active: ActiveElement[] = [{ datasetIndex: row.datasetIndex, index: row.index, element }];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, element.tooltipPosition(true));
    chart.update();
  }
}
