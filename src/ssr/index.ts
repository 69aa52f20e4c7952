// dprk-russia-widgets/ssr (Node): pre-rendered widgets as HTML strings. docs/embedding.md, "Pre-rendered".
export { renderWidget, stylesheetHref, type RenderOptions } from './render.js';
export { elementCss } from './styles.js';
