import { css, unsafeCSS } from 'lit';

/**
 * The default colours of each scheme, one place for the card styles and for
 * the contrast tests (text ≥ 4.5:1 on `bg`, `surface` and `noticeBg`; chart
 * fills and the focus ring ≥ 3:1 on `bg`). Constants only, never data.
 */
export const THEME_TOKENS = {
  light: {
    bg: '#ffffff',
    fg: '#1b1c1f',
    muted: '#51545c',
    border: '#d8dae0',
    accent: '#b3261e',
    surface: '#f4f5f7',
    'chart-1': '#b3261e',
    'chart-2': '#e0675d',
    'chart-3': '#3d4b66',
    ok: '#1d6b3a',
    warn: '#8a5300',
    bad: '#b3261e',
    'notice-bg': '#fff4d6',
    focus: '#0b57d0',
  },
  dark: {
    bg: '#17191d',
    fg: '#eceef2',
    muted: '#b4b8c2',
    border: '#3a3e47',
    accent: '#ff8a80',
    surface: '#22252b',
    'chart-1': '#ff8a80',
    'chart-2': '#b0453c',
    'chart-3': '#9fb3d9',
    ok: '#7bd39a',
    warn: '#f2c46d',
    bad: '#ff8a80',
    'notice-bg': '#3b3320',
    focus: '#a8c7fa',
  },
} as const;

export type ThemeToken = keyof (typeof THEME_TOKENS)['light'];

/** `--_bg: var(--drw-bg, #ffffff);` … for one scheme. */
const tokens = (scheme: keyof typeof THEME_TOKENS) =>
  unsafeCSS(
    Object.entries(THEME_TOKENS[scheme])
      .map(([name, value]) => `--_${name}: var(--drw-${name}, ${value});`)
      .join('\n'),
  );


/**
 * The card every widget shares. Theme tokens: `--drw-*` custom properties
 * (documented in the README) override the defaults; `--_*` are private.
 * Every inherited property is reset here, so the host page's typography
 * (resets, 62.5% root sizes, `!important` rules on the page) does not leak in;
 * no size is in `rem`, which would follow the host's root font size.
 */
export const cardStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }

  .card {
    /* Cuts every inherited property (SVG fill and stroke, font features, word
       breaking, text-size-adjust…) at the shadow boundary; custom properties
       (--drw-*) still come through. Each property we rely on is set below it. */
    all: initial;
    display: block;
    /* The card, not the host element, is the query container: a host page's
       rules on our element (display, font-size) cannot switch its layout.
       Queries measure the content box, inside the padding. */
    container-type: inline-size;
    ${tokens('light')}
    color-scheme: light;
    box-sizing: border-box;
    margin: 0;
    /* Percentages follow the card's own width: 12–20px, tighter on phones. */
    padding: var(--drw-padding, clamp(12px, 4%, 1.25em));
    border: 1px solid var(--_border);
    border-radius: var(--drw-radius, 10px);
    background: var(--_bg);
    color: var(--_fg);
    font-family: var(--drw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--drw-font-size, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    /* No automatic hyphenation: browsers and platforms hyphenate differently, and the reserved heights must hold in all of them. */
    hyphens: manual;
    /* One typographic and spacing scale for every card (em: it follows --drw-font-size). */
    --_text-micro: 0.78em;
    --_text-small: 0.85em;
    --_text-lead: 1.1em;
    --_text-title: 1.3em;
    --_text-figure: 1.9em;
    --_space-1: 0.25em;
    --_space-2: 0.5em;
    --_space-3: 0.75em;
    --_space-4: 1em;
    --_space-5: 1.5em;
  }
  /* A card a script adds with no content (so where it will be is not known
     when it renders: src/base/first-render.ts) is not laid out or painted
     until it comes near the viewport (1,000 cards on a page: 2.5 s → 0.9 s,
     npm run bench). Until then it holds its last rendered height or, before it
     is first laid out, the most the card takes (src/widgets.ts, maxPx): never
     less than its text needs, so no text lies outside the card's box, where
     accessibility checkers (axe-core, Lighthouse) would read it against the
     page's background. On the card's contents, not the card: those checkers
     lose the card's background behind text in an element that has
     content-visibility itself. */
  .contents.lazy {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_placeholder, 0px);
  }
  .card[data-theme='dark'] {
    ${tokens('dark')}
    color-scheme: dark;
  }
  .card *,
  .card *::before,
  .card *::after {
    box-sizing: border-box;
  }

  .kicker {
    margin: 0 0 var(--_space-1);
    color: var(--_accent);
    font-size: var(--_text-micro);
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .title {
    margin: 0 0 0.75em;
    font-size: var(--_text-title);
    text-wrap: balance;
    font-weight: 750;
    line-height: 1.2;
  }
  .notice {
    margin: 0 0 1em;
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--_warn);
    background: var(--_notice-bg);
    font-size: 0.9em;
  }
  .footer {
    margin-top: 1em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.82em;
  }
  .footer p {
    margin: 0.2em 0;
  }
  .source {
    color: var(--_muted);
    font-size: 0.82em;
  }
  /* State badges are one short word or two: they never break, unless the reader's
     text is so large (200% zoom on a phone) that the card is under 14em wide. */
  @container (min-width: 14em) {
    .badge {
      white-space: nowrap;
    }
  }
  /*
   * Grids of items never leave a hole (each element's styles apply it to its
   * lists): one column on phones, two from 36em of card width, and when the
   * count is odd the first item, the lead, spans both.
   */
  .derived {
    font-style: italic;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  /* Only for assistive technology: live announcements, instructions. */
  /*
   * A list of items in one column on phones, two from 36em of card; an odd
   * count gives the lead item the full width, so no cell is left empty.
   */
  .pairs {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
  }
  @container (min-width: 36em) {
    .pairs {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .pairs > :first-child:nth-last-child(odd) {
      grid-column: 1 / -1;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* One focus ring for everything focusable in a card, ≥ 3:1 on the card in both schemes. */
  .card :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .card :focus-visible {
      outline-color: Highlight;
    }
  }
  /* Nothing in a card moves for readers who asked for less motion. */
  @media (prefers-reduced-motion: reduce) {
    .card *,
    .card *::before,
    .card *::after {
      transition-duration: 0s !important;
      transition-delay: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
    }
  }
`;
