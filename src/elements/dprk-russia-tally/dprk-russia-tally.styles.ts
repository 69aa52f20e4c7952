import { css } from 'lit';
import { color, space, textSize } from '../../styles/card.styles.js';

/*
 * Phone first. Narrow: each headline figure is a short block, qualifier and
 * number on one line ("ABOUT 11,000"), label and source under them. From
 * 34em of card width they stand as three equal columns (never 2 + 1).
 * The chart: three labelled bars in HTML, its height from its rows (label
 * line, bar, note line), the bars thickening a little with the card's width.
 */
export const tallyStyles = css`
  .figures {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${space[2]};
    margin-bottom: ${space[4]};
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: ${space[2]};
    padding: ${space[2]} ${space[3]};
    /* Invisible, until forced colours drop the background: then it outlines the figure. */
    border: 1px solid transparent;
    border-radius: 8px;
    background: ${color.surface};
  }
  /* On phones the qualifier and the number share a line ("ABOUT 11,000"); label and source run full width under them. */
  .figure .label,
  .figure .source {
    flex-basis: 100%;
  }
  .figure .number {
    display: block;
    color: ${color.accent};
    font-size: 1.6em;
    font-weight: 800;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .figure .qualifier {
    display: block;
    font-size: ${textSize.small};
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
    margin-top: ${space[1]};
  }
  @container (min-width: 34em) {
    .figures {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .figure {
      flex-direction: column;
      flex-wrap: nowrap;
      align-items: stretch;
      padding: ${space[3]};
    }
    .figure .label,
    .figure .source {
      flex-basis: auto;
    }
    .figure .number {
      font-size: ${textSize.figure};
    }
    .figure .label {
      margin-top: ${space[1]};
    }
    .figure .source {
      margin-top: auto;
      padding-top: ${space[2]};
    }
  }
  /*
   * The chart, in HTML: one list item per row, each a label line, a gap, the
   * bar, a gap and a note line (empty or not), 8px between rows; the bar thickens a little
   * with the card. Each bar is an empty SVG box whose width attribute is its
   * share of the longest row, coloured here.
   */
  .bars {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: max(13px, 0.875em);
    line-height: 1.25;
  }
  .row {
    position: relative;
    display: block;
    /* Room for the focus ring inside the row's box: nothing around it (paint containment, overflow) cuts its sides. */
    padding: 3px 5px 5px;
    border-radius: 6px;
  }
  /* Every row keeps a note line's height, noted or not: the rows are evenly spaced. */
  .row:not(:has(.note-line)) {
    padding-bottom: calc(11px + 1.25em);
  }
  .card .row:focus-visible {
    outline-offset: -3px;
  }
  .row-label {
    display: block;
    margin-bottom: 6px;
  }
  .row-label .value {
    font-weight: 700;
  }
  .track {
    display: flex;
    height: clamp(20px, 3.2cqi, 34px);
    /* The zero line the bars grow from. */
    border-inline-start: 1px solid ${color.fg};
  }
  .bar {
    flex: none;
    height: 100%;
    background: ${color['chart-1']};
    print-color-adjust: exact;
  }
  .bar rect {
    display: none;
  }
  .bar + .bar {
    /* Stacked segments are told apart by an edge in the card's background, not by their fills alone. */
    border-inline-start: 1px solid ${color.bg};
  }
  .bar.chart-3 {
    background: ${color['chart-3']};
  }
  /* The editors' calculation, and its key in the caption: hatched and pale, never a solid shape. */
  .bar.derived,
  .swatch {
    border: 1px solid ${color['chart-2']};
    background: repeating-linear-gradient(135deg, ${color['chart-2']} 0 1.5px, ${color.bg} 1.5px 5px);
  }
  .note-line {
    display: flex;
    margin-top: 6px;
  }
  /* The note starts under its segment when it fits there, else as far right as its row lets it. */
  .note-indent {
    flex-shrink: 1000;
    min-width: 0;
  }
  .note {
    min-width: 0;
    color: ${color.muted};
    font-style: italic;
  }
  /*
   * The row's tooltip: under the row in focus (never over it), as wide as the
   * chart at most; under the pointer's row only while no row has focus (CSS
   * alone: it works before the script too). Escape hides it (data-quiet) until
   * focus moves. Hidden by the attribute where no CSS applies (a newsletter).
   * It starts below the row's focus ring, and lets taps through to the row under it.
   */
  .tip {
    display: none;
    position: absolute;
    z-index: 1;
    pointer-events: none;
    top: calc(100% + 2px);
    left: 0;
    max-width: 100%;
    width: max-content;
    padding: 0.35em 0.6em;
    border: 1px solid ${color.fg};
    border-radius: 6px;
    background: ${color.fg};
    color: ${color.bg};
  }
  .bars:not([data-quiet]) .row:focus .tip,
  .bars:not([data-quiet], :focus-within) .row:hover .tip {
    display: block;
  }
  @media (forced-colors: active) {
    .bar,
    .bar.chart-3 {
      forced-color-adjust: none;
      border: 2px solid CanvasText;
      background: Highlight;
    }
    .bar.derived,
    .swatch {
      forced-color-adjust: none;
      border: 2px solid CanvasText;
      background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 5px);
    }
  }
  .swatch {
    print-color-adjust: exact;
    display: inline-block;
    flex: none;
    width: 1.1em;
    height: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
  }
  p.derived {
    margin: 0;
    margin-top: ${space[2]};
    color: ${color.muted};
    font-size: ${textSize.small};
  }
`;
