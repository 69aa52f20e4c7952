/**
 * The script a host page adds next to our iframes (dist/embed/iframe-resizer.js):
 * it keeps each iframe as tall as the widget inside. Loading it twice installs
 * one listener.
 */
import { installIframeResizer } from './resizer.js';

const KEY = Symbol.for('dprk-russia-widgets.iframe-resizer');
const global = globalThis as unknown as Record<symbol, unknown>;
if (typeof window !== 'undefined' && !global[KEY]) global[KEY] = installIframeResizer(window);

export { installIframeResizer };
