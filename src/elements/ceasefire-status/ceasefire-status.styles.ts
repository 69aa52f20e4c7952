import { css } from 'lit';
import { color, space } from '../../styles/card.styles.js';

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
    background: ${color.surface};
  }
  .days .count {
    color: ${color.ok};
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
    color: ${color.muted};
    font-size: 0.85em;
  }
  /* The lead strand across a wide card: its facts side by side, lines of a readable length. */
  @container (min-width: 56em) {
    .strand:first-child:nth-last-child(odd) .facts {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: ${space[3]} ${space[5]};
    }
    .strand:first-child:nth-last-child(odd) .facts li + li {
      margin-top: 0;
    }
  }
  /* A strand's state colours its edge and its badge (written out per state: a
     private custom property carrying it could be re-registered by the host page). */
  /* The badge follows the heading in the markup (read after it) and is drawn above it. */
  .strand {
    display: flex;
    flex-direction: column;
    padding: 0.75em;
    border: 1px solid ${color.border};
    border-inline-start: 6px solid ${color.muted};
    border-radius: 8px;
  }
  .strand .badge {
    order: -1;
    align-self: flex-start;
    color: ${color.muted};
  }
  .strand[data-state='holding'],
  .strand[data-state='agreed'] {
    border-inline-start-color: ${color.ok};
  }
  .strand:is([data-state='holding'], [data-state='agreed']) .badge {
    color: ${color.ok};
  }
  .strand[data-state='negotiating'],
  .strand[data-state='conditions'] {
    border-inline-start-color: ${color.warn};
  }
  .strand:is([data-state='negotiating'], [data-state='conditions']) .badge {
    color: ${color.warn};
  }
  .strand[data-state='opposed'],
  .strand[data-state='fighting'] {
    border-inline-start-color: ${color.bad};
  }
  .strand:is([data-state='opposed'], [data-state='fighting']) .badge {
    color: ${color.bad};
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin-bottom: 0.35em;
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
    .strand,
    .strand[data-state] {
      border-inline-start-color: CanvasText;
    }
    .badge,
    .strand[data-state] .badge {
      color: CanvasText;
    }
  }
`;
