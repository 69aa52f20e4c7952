import { css } from 'lit';

/*
 * Phone first. Narrow: each headline figure is a short block, qualifier and
 * number on one line ("ABOUT 11,000"), label and source under them. From
 * 34em of card width they stand as three equal columns (never 2 + 1).
 * The chart: three labelled bars, its height from its rows (label line, bar,
 * note line), the bars thickening a little with the card's width.
 */
export const tallyStyles = css`
  .figures {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    margin-bottom: var(--_space-4);
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    /* Invisible, until forced colours drop the background: then it outlines the figure. */
    border: 1px solid transparent;
    border-radius: 8px;
    background: var(--_surface);
  }
  /* On phones the qualifier and the number share a line ("ABOUT 11,000"); label and source run full width under them. */
  .figure .label,
  .figure .source {
    flex-basis: 100%;
  }
  .figure .number {
    display: block;
    color: var(--_accent);
    font-size: 1.6em;
    font-weight: 800;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .figure .qualifier {
    display: block;
    font-size: var(--_text-small);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    white-space: nowrap;
  }
  .figure .label {
    display: block;
    line-height: 1.3;
  }
  .figure .source {
    display: block;
    margin-top: var(--_space-1);
  }
  @container (min-width: 34em) {
    .figures {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .figure {
      flex-direction: column;
      flex-wrap: nowrap;
      align-items: stretch;
      padding: var(--_space-3);
    }
    .figure .label,
    .figure .source {
      flex-basis: auto;
    }
    .figure .number {
      font-size: var(--_text-figure);
    }
    .figure .label {
      margin-top: var(--_space-1);
    }
    .figure .source {
      margin-top: auto;
      padding-top: var(--_space-2);
    }
  }
  figure.chart {
    margin: 0;
  }
  /*
   * The chart's space is set here, before Chart.js arrives, so nothing moves
   * when it does: three rows, each a label line, a bar and a note line with a
   * 6px gap either side of the bar, and 8px between rows (src/charts/bar-labels.ts
   * draws into it).
   */
  .chart-box {
    position: relative;
    font-size: max(13px, 0.875em);
    --_bar: clamp(20px, 3.2cqi, 34px);
    height: var(--drw-chart-height, calc(3 * (2 * (1.25em + 6px) + var(--_bar) + 8px)));
  }
  .chart-box canvas {
    position: absolute;
    inset: 0;
    width: 100% !important;
    height: 100% !important;
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 1.1em;
    height: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
    border: 1px solid var(--_chart-2);
    /* The derived segment's hatching, in CSS (the chart draws the same in its canvas). */
    background: repeating-linear-gradient(135deg, var(--_chart-2) 0 1.5px, var(--_bg) 1.5px 5px);
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 5px);
    }
  }
  figcaption {
    margin-top: var(--_space-2);
    color: var(--_muted);
    font-size: var(--_text-small);
  }
`;
