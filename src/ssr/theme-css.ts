import { THEME_TOKENS } from '../styles/card.styles.js';

/**
 * What `theme="auto"` means before the script runs. On the server the page
 * around the card is unknown, so the card is rendered light; this rule, in
 * the pre-rendered markup's stylesheet only, turns it dark for a reader who
 * prefers dark, as the script will (it also reads a `color-scheme` the page
 * forces: on such a page, give the card that `theme`). Once the element is
 * upgraded it uses its own styles and this rule is gone with the `<link>`.
 */
export const SSR_THEME_CSS = `@media (prefers-color-scheme: dark) {
  :host(:not([theme='light']):not([theme='dark'])) .card[data-theme='light'] {
    ${Object.entries(THEME_TOKENS.dark)
      .map(([name, value]) => `--_${name}: var(--drw-${name}, ${value});`)
      .join('\n    ')}
    color-scheme: dark;
  }
}`;
