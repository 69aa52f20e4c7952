import { css } from 'lit';
import { color } from '../styles/card.styles.js';

/**
 * Styles for what surrounds a chart: its data table behind "Show the data",
 * the download buttons. Elements with a chart add
 * these to their `static styles`.
 */
export const chartToolsStyles = css`
  .chart-data {
    margin-top: 0.75em;
  }
  .data-details > summary {
    width: fit-content;
    cursor: pointer;
    font-weight: 700;
  }
  .data-details > summary::marker {
    color: ${color.accent};
  }
  .data-table {
    width: 100%;
    margin-top: 0.5em;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .data-table caption {
    margin-bottom: 0.4em;
    color: ${color.muted};
    text-align: start;
  }
  .data-table th,
  .data-table td {
    padding: 0.35em 0.5em 0.35em 0;
    border-bottom: 1px solid ${color.border};
    text-align: start;
    vertical-align: top;
  }
  .data-table thead th {
    border-bottom-color: ${color.fg};
  }
  .data-table tbody th {
    font-weight: 400;
  }
  .data-table .value {
    font-variant-numeric: tabular-nums;
  }
  .chart-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0 0;
  }
  /* Before the script (pre-rendered, or scripts off): no button that would do nothing, its space kept. */
  .chart-actions[hidden] {
    display: flex;
    visibility: hidden;
  }
  .chart-actions button {
    min-height: 24px;
    padding: 0.35em 0.75em;
    border: 1px solid ${color.fg};
    border-radius: 6px;
    background: ${color.bg};
    color: ${color.fg};
    font: inherit;
    font-size: 0.85em;
    cursor: pointer;
    transition: background-color 0.15s ease-out;
  }
  .chart-actions button:hover {
    background: ${color.surface};
  }
  @media (forced-colors: active) {
    /* Before the script (pre-rendered, or scripts off): no button that would do nothing, its space kept. */
  .chart-actions[hidden] {
    display: flex;
    visibility: hidden;
  }
  .chart-actions button {
      border-color: ButtonText;
    }
  }
  /* On paper: the data open beneath the chart, no buttons to press. */
  @media print {
    .data-details > summary,
    .chart-actions {
      display: none;
    }
    .data-details::details-content {
      display: block;
      content-visibility: visible;
    }
  }
`;
