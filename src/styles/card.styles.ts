import { css } from 'lit';

/**
 * The card every widget shares. Theme tokens: `--drw-*` custom properties
 * (documented in the README) override the defaults; `--_*` are private.
 * Every inherited text property is set here, so the host page's typography
 * (resets, 62.5% root sizes, `!important` rules on the page) does not leak in.
 */
export const cardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }

  .card {
    --_bg: var(--drw-bg, #ffffff);
    --_fg: var(--drw-fg, #1b1c1f);
    --_muted: var(--drw-muted, #51545c);
    --_border: var(--drw-border, #d8dae0);
    --_accent: var(--drw-accent, #b3261e);
    --_surface: var(--drw-surface, #f4f5f7);
    --_chart-1: var(--drw-chart-1, #b3261e);
    --_chart-2: var(--drw-chart-2, #e8837b);
    --_chart-3: var(--drw-chart-3, #3d4b66);
    --_ok: var(--drw-ok, #1d6b3a);
    --_warn: var(--drw-warn, #8a5300);
    --_bad: var(--drw-bad, #b3261e);
    --_notice-bg: var(--drw-notice-bg, #fff4d6);
    color-scheme: light;
    box-sizing: border-box;
    margin: 0;
    padding: var(--drw-padding, 1.25em);
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
    hyphens: auto;
  }
  .card[data-theme='dark'] {
    --_bg: var(--drw-bg, #17191d);
    --_fg: var(--drw-fg, #eceef2);
    --_muted: var(--drw-muted, #b4b8c2);
    --_border: var(--drw-border, #3a3e47);
    --_accent: var(--drw-accent, #ff8a80);
    --_surface: var(--drw-surface, #22252b);
    --_chart-1: var(--drw-chart-1, #ff8a80);
    --_chart-2: var(--drw-chart-2, #b0453c);
    --_chart-3: var(--drw-chart-3, #9fb3d9);
    --_ok: var(--drw-ok, #7bd39a);
    --_warn: var(--drw-warn, #f2c46d);
    --_bad: var(--drw-bad, #ff8a80);
    --_notice-bg: var(--drw-notice-bg, #3b3320);
    color-scheme: dark;
  }
  .card *,
  .card *::before,
  .card *::after {
    box-sizing: border-box;
  }

  .kicker {
    margin: 0 0 0.25em;
    color: var(--_accent);
    font-size: 0.78em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .title {
    margin: 0 0 0.75em;
    font-size: 1.3em;
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
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
