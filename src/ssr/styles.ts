/**
 * The stylesheet a pre-rendered element's shadow root links (dist/css/<tag>.css):
 * the element's own `static styles`, exactly as the script adopts them, plus
 * the rule for `theme="auto"` before the script runs (theme-css.ts).
 */
import type { CSSResultOrNative } from 'lit';
import '../elements/index.js';
import { isWidgetTag } from '../widgets.js';
import { SSR_THEME_CSS } from './theme-css.js';

type Finalized = CustomElementConstructor & { finalize(): void; elementStyles: CSSResultOrNative[] };

export function elementCss(tag: string): string {
  if (!isWidgetTag(tag)) throw new TypeError(`"${tag}" is not a widget`);
  const ctor = customElements.get(tag) as Finalized | undefined;
  if (!ctor) throw new Error(`<${tag}> is not defined`);
  ctor.finalize();
  const sheets = ctor.elementStyles.map((style) => ('cssText' in style ? style.cssText : ''));
  return `/* dprk-russia-widgets: <${tag}>'s styles, linked from its pre-rendered shadow root. */\n${sheets.join('\n')}\n${SSR_THEME_CSS}\n`;
}
