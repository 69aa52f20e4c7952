import { css } from 'lit';
import { color, space } from '../../styles/card.styles.js';

/*
 * The story is a page section, not a card around cards: no frame or padding
 * of its own, so the cards keep the full width; its header and footer text
 * line up with the text inside the cards (same padding, plus the cards' border).
 * One column at every width: each card lays out by its own width (two or
 * three columns inside when it is wide), so no short card stands beside a
 * tall one.
 */
export const storyStyles = css`
  .card.story {
    padding: 0;
    border: 0;
    border-radius: 0;
  }
  .head,
  .story > .footer,
  .story > [lang] > .notice {
    padding-inline: calc(var(--drw-padding, clamp(12px, 4%, 1.25em)) + 1px);
  }
  .head {
    padding-top: ${space[4]};
  }
  .story > .footer {
    margin-top: ${space[5]};
    padding-bottom: ${space[3]};
  }
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
    border-inline-start: 3px solid ${color.border};
    font-size: 1.1em;
  }
  .standfirst blockquote p {
    margin: 0;
  }
  .standfirst figcaption,
  .figures-line {
    color: ${color.muted};
    font-size: 0.85em;
  }
  .figures-line {
    margin: 0 0 0.6em;
  }
  /* An update to the header's figures, in the muted small type of the line above it, as on the cards. */
  .head .update {
    margin: 0 0 0.6em;
    color: ${color.muted};
    font-size: 0.85em;
  }
  .head .as-of {
    margin: 0;
    color: ${color.muted};
    font-size: 0.85em;
  }
  .cards {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${space[5]};
    margin-top: ${space[5]};
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
