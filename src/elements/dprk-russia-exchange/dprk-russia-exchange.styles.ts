import { css } from 'lit';
import { color } from '../../styles/card.styles.js';

/*
 * Narrow (the default): North Korea on top, Russia at the bottom, arrows run
 * down (to Russia), up (to North Korea) or both ways beside each lane.
 * Wide: the two countries are banks left and right and the arrows cross
 * between them.
 */
export const exchangeStyles = css`
  .exchange {
    display: grid;
    gap: 0.6em;
  }
  .pole {
    margin: 0;
    padding: 0.35em 0.75em;
    border: 2px solid ${color.fg};
    border-radius: 8px;
    background: ${color.surface};
    font-weight: 800;
    text-align: center;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .lanes {
    display: grid;
    gap: 1em;
  }
  .lane {
    display: grid;
    grid-template-columns: 1.4em minmax(0, 1fr);
    column-gap: 0.6em;
    align-items: start;
  }
  /* A lane's direction colours its arrow and its flows' edges (written out per
     direction: a private custom property carrying it could be re-registered by the host page). */
  .lane .arrow {
    color: ${color.muted};
  }
  .lane .flow {
    border-inline-start-color: ${color.muted};
  }
  .lane[data-direction='toRussia'] .arrow {
    color: ${color['chart-1']};
  }
  .lane[data-direction='toRussia'] .flow {
    border-inline-start-color: ${color['chart-1']};
  }
  .lane[data-direction='toNorthKorea'] .arrow {
    color: ${color['chart-3']};
  }
  .lane[data-direction='toNorthKorea'] .flow {
    border-inline-start-color: ${color['chart-3']};
  }
  .lane-title {
    grid-column: 2;
    margin-bottom: 0.4em;
  }
  .arrow {
    grid-column: 1;
    grid-row: 1 / span 2;
    align-self: stretch;
    display: flex;
    flex-direction: column;
    align-items: center;
    min-height: 3em;
  }
  .shaft {
    flex: 1;
    border-inline-start: 3px solid currentColor;
  }
  .head {
    width: 1.2em;
    height: 1.2em;
    flex: none;
    fill: currentColor;
  }
  .head.end {
    transform: rotate(90deg);
    margin-top: -0.35em;
  }
  .head.start {
    transform: rotate(-90deg);
    margin-bottom: -0.35em;
  }
  /* One column until the lane (between the two banks) is wide enough for two; an odd count gives the first flow the full width (no hole). */
  .flows {
    grid-column: 2;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6em;
  }
  @container (min-width: 46em) {
    .flows {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .flow:first-child:nth-last-child(odd) {
      grid-column: 1 / -1;
    }
  }
  .flow {
    padding: 0.6em 0.75em;
    border: 1px solid ${color.border};
    border-inline-start-width: 5px;
    border-radius: 8px;
  }
  /* Feared or possible, not reported as happening: a dashed frame, besides the word. */
  .lane .flow[data-certainty='feared'],
  .lane .flow[data-certainty='possible'] {
    border-style: dashed;
    border-inline-start-color: ${color.muted};
  }
  .flow-label {
    display: inline;
    font-weight: 700;
  }
  .flow .badge {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.45em;
    border: 1px dashed currentColor;
    border-radius: 999px;
    font-size: 0.78em;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    /* One word: it breaks only where it cannot fit at all (text at 200% on a phone). */
    max-width: 100%;
    overflow-wrap: anywhere;
    vertical-align: 0.1em;
  }
  .correction {
    display: block;
    margin-top: 0.3em;
    font-size: 0.88em;
  }
  .flow-detail {
    display: block;
    margin-top: 0.15em;
  }
  .flow .source,
  .see-note {
    display: block;
    margin-top: 0.3em;
  }
  .see-note {
    font-size: 0.82em;
    font-style: italic;
  }

  @container (min-width: 31.5em) {
    .exchange {
      grid-template-columns: 2.6em minmax(0, 1fr) 2.6em;
      align-items: stretch;
    }
    .pole {
      padding: 0.75em 0.2em;
      writing-mode: vertical-rl;
      text-orientation: mixed;
    }
    /* North Korea reads bottom to top on the left bank, Russia top to bottom on the right. */
    .pole.north-korea {
      transform: rotate(180deg);
    }
    .lane {
      grid-template-columns: minmax(0, 1fr);
    }
    .lane-title,
    .flows {
      grid-column: 1;
    }
    .lane-title {
      text-align: center;
    }
    .arrow {
      grid-row: auto;
      flex-direction: row;
      min-height: 0;
      height: 1.2em;
      margin: 0 -0.6em 0.5em;
    }
    .shaft {
      border-inline-start: 0;
      border-top: 3px solid currentColor;
    }
    .head.end {
      transform: none;
      margin: 0 0 0 -0.35em;
    }
    .head.start {
      transform: rotate(180deg);
      margin: 0 -0.35em 0 0;
    }
    .lane-title {
      grid-row: 1;
    }
  }

  @media (forced-colors: active) {
    .lane .arrow,
    .lane .flow {
      color: CanvasText;
      border-color: CanvasText;
    }
    .head {
      fill: CanvasText;
    }
  }
`;
