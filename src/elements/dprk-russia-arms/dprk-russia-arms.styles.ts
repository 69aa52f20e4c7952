import { css } from 'lit';

export const armsStyles = css`
  .arm {
    --_status: var(--_accent);
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding: 0.75em;
    border: 2px solid var(--_status);
    border-radius: 8px;
  }
  .arm[data-status='developing'] {
    --_status: var(--_warn);
  }
  /* Not (yet) real: a dashed frame, besides the word and the shape. */
  .arm[data-certainty='feared'],
  .arm[data-certainty='possible'] {
    --_status: var(--_muted);
    border-style: dashed;
  }
  .top {
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
    background: var(--_surface);
    color: var(--_fg);
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
    color: var(--_status);
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
    .arm {
      border-color: CanvasText;
    }
    .badge {
      color: CanvasText;
    }
  }
`;
