import { css } from 'lit';

export const tallyStyles = css`
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: 0.75em;
    margin-bottom: 1em;
  }
  .figure {
    padding: 0.75em;
    /* Invisible, until forced colours drop the background: then it outlines the figure. */
    border: 1px solid transparent;
    border-radius: 8px;
    background: var(--_surface);
  }
  .figure .number {
    display: block;
    color: var(--_accent);
    font-size: 1.9em;
    font-weight: 800;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .figure .qualifier {
    display: block;
    font-size: 0.85em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .figure .label {
    display: block;
    margin-top: 0.25em;
  }
  .figure .source {
    display: block;
    margin-top: 0.35em;
  }
  figure.chart {
    margin: 0;
  }
  /* The chart's space is reserved before Chart.js arrives: nothing moves when it does. */
  .chart-box {
    position: relative;
    height: var(--drw-chart-height, 120px);
  }
  .chart-box canvas {
    position: absolute;
    inset: 0;
    width: 100% !important;
    height: 100% !important;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-top: 0.5em;
    font-size: 0.85em;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
  }
  .swatch {
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border: 1px solid var(--_border);
    background: var(--_swatch);
  }
  /* Classes, not a style attribute: a strict CSP (no 'unsafe-inline') blocks those. */
  .swatch.chart-1 {
    --_swatch: var(--_chart-1);
  }
  .swatch.chart-2 {
    --_swatch: var(--_chart-2);
  }
  .swatch.chart-3 {
    --_swatch: var(--_chart-3);
  }
  /* Derived figures are hatched in the chart: the same pattern here. */
  .swatch[data-derived] {
    background: repeating-linear-gradient(45deg, var(--_swatch) 0 3px, var(--_bg) 3px 5px);
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .swatch[data-derived] {
      background: repeating-linear-gradient(45deg, CanvasText 0 2px, Canvas 2px 5px);
    }
  }
  figcaption {
    margin-top: 0.5em;
    color: var(--_muted);
    font-size: 0.85em;
  }
`;
