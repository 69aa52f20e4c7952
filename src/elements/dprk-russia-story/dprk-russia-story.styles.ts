import { css } from 'lit';

export const storyStyles = css`
  .head .title {
    margin-bottom: 0.4em;
    font-size: 1.6em;
    line-height: 1.15;
  }
  .standfirst {
    margin: 0 0 0.5em;
  }
  /* The article's words, set off as a quotation. */
  .standfirst blockquote {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    font-size: 1.1em;
  }
  .standfirst blockquote p {
    margin: 0;
  }
  .standfirst figcaption,
  .figures-line {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .figures-line {
    margin: 0 0 0.6em;
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
  @container (min-width: 45.5em) {
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
