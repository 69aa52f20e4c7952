// dprk-russia-widgets/ssr (Node): pre-rendered widgets as HTML strings. README, "Pre-rendered widgets".
export { renderWidget, stylesheetHref, type RenderOptions } from './render.js';
export { elementCss } from './styles.js';
