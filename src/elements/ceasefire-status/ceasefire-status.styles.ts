import { css } from 'lit';

export const ceasefireStyles = css`
  .days {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    margin: 0 0 1em;
    padding: 0.75em;
    /* Invisible, until forced colours drop the background: then it outlines the counter. */
    border: 1px solid transparent;
    border-radius: 8px;
    background: var(--_surface);
  }
  .days .count {
    color: var(--_ok);
    font-size: 2.2em;
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .days .what {
    font-weight: 700;
  }
  .days .detail {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* The lead strand across a wide card: its facts side by side, lines of a readable length. */
  @container (min-width: 56em) {
    .strand:first-child:nth-last-child(odd) .facts {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_space-3) var(--_space-5);
    }
    .strand:first-child:nth-last-child(odd) .facts li + li {
      margin-top: 0;
    }
  }
  .strand {
    --_state: var(--_muted);
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_state);
    border-radius: 8px;
  }
  .strand[data-state='holding'],
  .strand[data-state='agreed'] {
    --_state: var(--_ok);
  }
  .strand[data-state='negotiating'],
  .strand[data-state='conditions'] {
    --_state: var(--_warn);
  }
  .strand[data-state='opposed'],
  .strand[data-state='fighting'] {
    --_state: var(--_bad);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin-bottom: 0.35em;
    color: var(--_state);
    font-size: 0.8em;
    font-weight: 800;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .badge svg {
    width: 1.2em;
    height: 1.2em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .facts {
    margin-top: 0.4em;
  }
  .facts li + li {
    margin-top: 0.4em;
  }
  .facts .source {
    display: block;
  }
  @media (forced-colors: active) {
    .strand {
      border-inline-start-color: CanvasText;
    }
    .badge {
      color: CanvasText;
    }
  }
`;
