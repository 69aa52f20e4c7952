// What scripts/prerender.mjs needs from src/ssr/, in one module (one copy of Lit and of the elements).
export * from './index.js';
export { EMBED_VARIANTS, embedPage, prerenderPage, prerenderedEmbedFile } from './pages.js';
export { WIDGETS } from '../widgets.js';
