import { css, unsafeCSS, type CSSResult } from 'lit';
import { WIDGETS } from '../widgets.js';

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

/**
 * Each theme colour as the value the card's rules use, resolved where it is
 * used: the publisher's `--drw-<name>` when set, else the default of the
 * card's own scheme (`light-dark()` follows the card's `color-scheme`: light,
 * or dark under `data-theme="dark"` and, before the script, a reader's dark
 * preference). No private custom property carries a colour, a size or a
 * space: a host page can register any custom property name for the whole
 * document (`@property`, shadow trees included) and make a private one stop
 * inheriting or change its type, which emptied figures and blackened panels.
 */
export const color = Object.fromEntries(
  (Object.keys(THEME_TOKENS.light) as ThemeToken[]).map((name) => [
    name,
    unsafeCSS(`var(--drw-${name}, light-dark(${THEME_TOKENS.light[name]}, ${THEME_TOKENS.dark[name]}))`),
  ]),
) as Record<ThemeToken, CSSResult>;

/** One spacing scale for every card (em: it follows --drw-font-size). */
export const space = {
  1: unsafeCSS('0.25em'),
  2: unsafeCSS('0.5em'),
  3: unsafeCSS('0.75em'),
  4: unsafeCSS('1em'),
  5: unsafeCSS('1.5em'),
} as const;

/** One typographic scale for every card, relative to the text around it. */
export const textSize = {
  micro: unsafeCSS('0.78em'),
  small: unsafeCSS('0.85em'),
  lead: unsafeCSS('1.1em'),
  title: unsafeCSS('1.3em'),
  figure: unsafeCSS('1.9em'),
} as const;

/**
 * The height a card added by a script holds off-screen before it has ever been
 * laid out (`.contents.lazy` below): the most it takes, from the registry
 * (`maxPx`), per element, written out rather than carried by a custom property.
 */
const placeholders = unsafeCSS(
  WIDGETS.map((w) => `:host(${w.tag}) .contents.lazy{contain-intrinsic-block-size:auto ${w.maxPx}px}`).join(''),
);

/**
 * The card every widget shares. Theme tokens: `--drw-*` custom properties
 * (documented in docs/embedding.md, "Theming") override the defaults ({@link color}).
 * Every inherited property is reset here, so the host page's typography
 * (resets, 62.5% root sizes, `!important` rules on the page) does not leak in;
 * no size is in `rem`, which would follow the host's root font size.
 */
export const cardStyles = css`
  :host {
    display: block;
    min-width: 0;
    /* The reader's default text size (the browser's setting), whatever the page sets on the
       element or around it: the card's text is sized from it (.card, 1em). Important, so it wins
       over the page's rules on the element, !important ones included. */
    font-size: medium !important;
    /* Inherited from the page, and not reset by all: initial on the card: a page set right to
       left would turn the card's own box. */
    direction: ltr;
  }
  :host([hidden]) {
    display: none;
  }

  .card {
    /* Cuts every inherited property (SVG fill and stroke, font features, word
       breaking, text-size-adjust…) at the shadow boundary; custom properties
       (--drw-*) still come through. Each property we rely on is set below it. */
    all: initial;
    /* The card's writing direction is its own: all: initial leaves direction and
       unicode-bidi alone, so a page in (or an element set to) rtl would mirror it. */
    direction: ltr;
    unicode-bidi: isolate;
    display: block;
    /* The card, not the host element, is the query container: a host page's
       rules on our element (display, font-size) cannot switch its layout.
       Queries measure the content box, inside the padding. */
    container-type: inline-size;
    color-scheme: light;
    box-sizing: border-box;
    margin: 0;
    /* Percentages follow the card's own width: 12–20px, tighter on phones. */
    padding: var(--drw-padding, clamp(12px, 4%, 1.25em));
    border: 1px solid ${color.border};
    border-radius: var(--drw-radius, 10px);
    background: ${color.bg};
    color: ${color.fg};
    font-family: var(--drw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    /* The reader's default size (1em: the host's, medium), unless the page sets --drw-font-size; never
       below a readable size, whatever a page sets or registers (@property) for it. */
    font-size: max(12px, var(--drw-font-size, 1em));
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
    contain-intrinsic-block-size: auto 0px;
  }
  ${placeholders}
  .card[data-theme='dark'] {
    color-scheme: dark;
  }
  .card *,
  .card *::before,
  .card *::after {
    box-sizing: border-box;
  }

  .kicker {
    margin: 0 0 ${space[1]};
    color: ${color.accent};
    font-size: ${textSize.micro};
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .title {
    margin: 0 0 0.75em;
    font-size: ${textSize.title};
    text-wrap: balance;
    font-weight: 750;
    line-height: 1.2;
  }
  .notice {
    margin: 0 0 1em;
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid ${color.warn};
    background: ${color['notice-bg']};
    font-size: 0.9em;
  }
  .footer {
    margin-top: 1em;
    padding-top: 0.75em;
    border-top: 1px solid ${color.border};
    color: ${color.muted};
    font-size: 0.82em;
  }
  .footer p {
    margin: 0.2em 0;
  }
  .source {
    color: ${color.muted};
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
    gap: ${space[3]};
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
    outline: 3px solid ${color.focus};
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
