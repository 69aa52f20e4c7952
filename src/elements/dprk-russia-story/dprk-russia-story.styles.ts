import { css } from 'lit';

export const storyStyles = css`
  .head .title {
    margin-bottom: 0.4em;
    font-size: 1.6em;
    line-height: 1.15;
  }
  .standfirst {
    margin: 0 0 0.6em;
    font-size: 1.1em;
  }
  .head .as-of {
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .cards {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
    margin-top: 1.25em;
  }
  @container (min-width: 48em) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .cards > .wide {
      grid-column: 1 / -1;
    }
  }
  .footer a {
    color: inherit;
  }

  @media print {
    .card.story {
      padding: 0;
      border: 0;
    }
    .head {
      break-after: avoid;
    }
    .cards {
      display: block;
    }
    .cards > * {
      margin-bottom: 1em;
      /* The same print palette as this card's, for the tally and the truce card too. */
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
    /* Small cards stay whole; the long ones keep each item whole instead. */
    .cards > :not(.wide),
    .cards > dprk-russia-arms {
      break-inside: avoid;
    }
    .footer a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
