/**
 * Rules for the pre-rendered markup only, appended to css/<tag>.css; once the
 * element is upgraded it uses its own styles, and these go with the `<link>`.
 * - No transitions while that stylesheet arrives.
 * - What `theme="auto"` means before the script runs. The server does not
 *   know the page around the card, so it renders it light; this turns it
 *   dark for a reader who prefers dark, as the script will: the card's
 *   colours are `light-dark()` pairs that follow its `color-scheme`. (The script also
 *   follows a `color-scheme` the page forces: on such a page, give the card
 *   that `theme`.)
 */
export const SSR_THEME_CSS = `/* The sheet may arrive after the markup is laid out (markup inserted by a script, a slow host):
   the card takes its colours at once rather than fading in from the browser's defaults. */
:host .card,
:host .card * {
  transition: none;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme='light']):not([theme='dark'])) .card[data-theme='light'] {
    color-scheme: dark;
  }
}`;
