import { css } from 'lit';
import { color } from '../../styles/card.styles.js';

export const armsStyles = css`
  /* The status colours the frame and the badge (written out per status: a
     private custom property carrying it could be re-registered by the host page). */
  .arm {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding: 0.75em;
    border: 2px solid ${color.accent};
    border-radius: 8px;
  }
  .arm .badge {
    color: ${color.accent};
  }
  .arm[data-status='developing'] {
    border-color: ${color.warn};
  }
  .arm[data-status='developing'] .badge {
    color: ${color.warn};
  }
  /* Not (yet) real: a dashed frame, besides the word and the shape. */
  .arm[data-certainty='feared'],
  .arm[data-certainty='possible'] {
    border-color: ${color.muted};
    border-style: dashed;
  }
  .arm:is([data-certainty='feared'], [data-certainty='possible']) .badge {
    color: ${color.muted};
  }
  /* Icon and status follow the name in the markup (read after it) and are drawn above it. */
  .top {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .icon {
    width: 2.6em;
    height: 2.6em;
    flex: none;
    padding: 0.4em;
    border-radius: 50%;
    background: ${color.surface};
    color: ${color.fg};
  }
  svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.8em;
    font-weight: 800;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .badge svg {
    width: 1.3em;
    height: 1.3em;
    flex: none;
    stroke-width: 2.4;
  }
  .arm-name {
    font-size: 1.05em;
  }
  .detail {
    margin: 0;
  }
  .arm .source {
    margin-top: auto;
  }
  @media (forced-colors: active) {
    .arm,
    .arm[data-status] {
      border-color: CanvasText;
    }
    .badge,
    .arm[data-status] .badge {
      color: CanvasText;
    }
  }
`;
