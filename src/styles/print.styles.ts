import { css } from 'lit';

/**
 * Print: black on white whatever the theme (browsers drop backgrounds by
 * default, so a dark card would print light text on white paper), no
 * shadows, and the blocks marked `.keep` not split across pages where the
 * browser can avoid it. Set on `:host`, so an embedder's own `--drw-*`
 * values still win.
 */
export const printStyles = css`
  @media print {
    :host {
      --drw-bg: #ffffff;
      --drw-fg: #000000;
      --drw-muted: #333333;
      --drw-border: #999999;
      --drw-surface: #ffffff;
      --drw-accent: #8b1a14;
      --drw-ok: #1d6b3a;
      --drw-warn: #7a4a00;
      --drw-bad: #8b1a14;
      --drw-notice-bg: #ffffff;
      --drw-chart-1: #b3261e;
      --drw-chart-2: #e0675d;
      --drw-chart-3: #3d4b66;
    }
    .card {
      box-shadow: none;
    }
    /* Every card on paper, scrolled to or not. */
    .contents.lazy {
      content-visibility: visible;
    }
    .keep {
      break-inside: avoid;
    }
  }
`;
