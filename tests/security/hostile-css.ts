// The host-page stylesheets host-css.test.ts and host-css-more.test.ts apply to every widget.

/** Rules host pages really ship, none of which may change the widgets. */
export const HOSTILE: Record<string, string> = {
  'a global all: unset': '* { all: unset }',
  '!important size, colour and box model on everything':
    '* { box-sizing: content-box !important; font-size: 30px !important; color: red !important; line-height: 3 !important }',
  'a Bootstrap-like reset': `*, *::before, *::after { box-sizing: border-box } body { margin: 0; font-family: serif; font-size: 1rem; font-weight: 400; line-height: 1.5; color: #212529; -webkit-text-size-adjust: 100% } h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2 } p { margin-top: 0; margin-bottom: 1rem } ul { padding-left: 2rem }`,
  'a 62.5% root font size': 'html { font-size: 62.5% } body { font-size: 1.6rem }',
  'Bootstrap, !important inherited properties and a 62.5% root, together': `html { font-size: 62.5% !important } body { margin: 0; font: 900 1.6rem/2 "Comic Sans MS", serif !important; color: #f0f !important; letter-spacing: .3em !important; word-spacing: 1em !important; text-transform: uppercase !important; text-align: justify !important; text-indent: 3em !important; white-space: pre-wrap !important; word-break: break-all !important; hyphens: none !important; font-variant: small-caps !important; font-feature-settings: "smcp" !important; font-stretch: condensed !important; -webkit-text-size-adjust: 300% !important; text-size-adjust: 300% !important; tab-size: 40 !important; line-break: anywhere !important; fill: red !important; stroke: lime !important; stroke-width: 9px !important; list-style: square inside !important; quotes: "<<" ">>" !important; cursor: wait !important; visibility: visible !important; direction: ltr } *, *::before, *::after { box-sizing: border-box } svg { vertical-align: middle } ul { padding-left: 2rem }`,
  'inherited typography on the body':
    'body { font-family: "Comic Sans MS", cursive; letter-spacing: 3px; word-spacing: 9px; text-transform: uppercase; text-align: center; font-style: italic; font-weight: 900; white-space: pre }',
};
