import { css } from 'lit';
import { color, space } from '../../styles/card.styles.js';

export const timelineStyles = css`
  .timeline {
    display: grid;
    gap: 1.25em;
  }
  /*
   * Wide: the dated events run across the top, side by side, and the undated
   * ones follow in two balanced columns, so neither group leaves a tall hole
   * beside the other.
   */
  @container (min-width: 37.5em) {
    .dated .events {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      column-gap: ${space[5]};
    }
    /* Across the top, the rail runs under the dots from the first to the last. */
    .dated .events::before {
      top: calc(0.6em - 1.5px);
      bottom: auto;
      height: 0;
      inset-inline: 0.6em 0;
      border-inline-start: none;
      border-top: 3px solid ${color.border};
    }
    /* Dots on the rail, the words under them. */
    .dated .event {
      padding-inline-start: 0;
      padding-top: 1.7em;
    }
    .dated .dot {
      top: 0;
    }
    .undated .events {
      display: block;
      columns: 2;
      column-gap: ${space[5]};
    }
    .undated .event {
      break-inside: avoid;
      margin-bottom: 0.9em;
    }
  }
  .group-title {
    margin-bottom: 0.5em;
  }
  .undated-note {
    margin: 0 0 0.75em;
    color: ${color.muted};
    font-size: 0.85em;
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.9em;
  }
  /* Only dated events sit on the rail: undated ones are not placed in time. */
  .dated .events {
    position: relative;
  }
  .dated .events::before {
    content: '';
    position: absolute;
    top: 0.6em;
    bottom: 0.6em;
    inset-inline-start: calc(0.6em - 1.5px);
    border-inline-start: 3px solid ${color.border};
  }
  .event {
    position: relative;
    padding-inline-start: 1.9em;
  }
  /* An event's status colours its dot and its badge (written out per status: a
     private custom property carrying it could be re-registered by the host page). */
  .event :is(.dot, .badge) {
    color: ${color.muted};
  }
  .event[data-status='happened'] :is(.dot, .badge) {
    color: ${color.accent};
  }
  .event[data-status='ongoing'] :is(.dot, .badge) {
    color: ${color.ok};
  }
  .dot {
    position: absolute;
    top: 0.15em;
    inset-inline-start: 0;
    width: 1.2em;
    height: 1.2em;
    border-radius: 50%;
    background: ${color.bg};
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .when {
    margin-inline-end: 0.5em;
    font-weight: 800;
    font-variant-numeric: tabular-nums;
  }
  /* The article's date, then the record's, at the claim. */
  .when.corrected {
    display: block;
    font-weight: 400;
  }
  .when.corrected time {
    font-weight: 800;
  }
  .badge {
    font-size: 0.78em;
    font-weight: 800;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .event-title {
    display: block;
    font-weight: 700;
  }
  .event-detail {
    margin: 0.1em 0 0;
  }
  .event-figures {
    margin-top: 0.3em;
  }
  .event-figures li {
    display: inline;
    font-size: 0.9em;
  }
  .event-figures li + li::before {
    content: ' · ';
  }
  .event-figures .number {
    color: ${color.accent};
    font-weight: 800;
  }
  .event .source,
  .event .then,
  .see-note {
    display: block;
    margin-top: 0.2em;
  }
  .see-note {
    font-size: 0.82em;
    font-style: italic;
  }
  @media (forced-colors: active) {
    .dot,
    .badge,
    .event[data-status] :is(.dot, .badge) {
      color: CanvasText;
    }
  }
`;
