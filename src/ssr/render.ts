/**
 * Server rendering (Node): every widget of the registry (src/widgets.ts) as
 * declarative shadow DOM, `<tag …><template shadowrootmode="open">…</template></tag>`,
 * that paints the whole card (text, figures, sources, as-of date, the chart's
 * data table and a chart box of its final size) with no JavaScript at all.
 *
 * - Lit's own SSR (`@lit-labs/ssr`) renders the element's own `render()`, so
 *   the markup is the card the script would draw, not a copy of it.
 * - Strict CSP: Lit SSR writes the static styles into an inline `<style>`;
 *   here the shadow root links the element's stylesheet instead
 *   (`<base>css/<tag>.css`, which the build writes from the same `static
 *   styles`, see `elementCss`), so `style-src 'self'` needs no exception.
 * - The script upgrades the element in place (StoryElement re-renders into
 *   the declarative shadow root in the same task it is defined, before any
 *   frame is painted): the markup carries no hydration comments.
 * - Every attribute is checked the way the element checks it in the browser,
 *   by the element itself: a value it does not take is rendered with the
 *   same notice a reader sees after the script runs. Attribute names are a
 *   closed list; values are escaped by Lit SSR.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue, type RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../elements/index.js';
import { safeUrl } from '../guards/safe-url.js';
import { WIDGETS, isWidgetTag, type WidgetTag } from '../widgets.js';
import { SSR_THEME_CSS } from './theme-css.js';

/** The attributes the server renders, as the element takes them (README, "Attributes"). */
export interface RenderOptions {
  /** `it` or `en`. Without it, Italian (a page's own `lang` is not known on the server). */
  lang?: string;
  /** `auto` (default), `light` or `dark`. */
  theme?: string;
  /** Level of the card's heading, 2–6 (default 2). */
  headingLevel?: number | string;
  /** URL of a story JSON: the card is pre-rendered with the bundled data, then the script loads this and replaces it. */
  src?: string;
  /** Milliseconds to wait for `src` (100–60000). */
  srcTimeout?: number | string;
  /** Seconds between fetches of `src`. */
  refresh?: number | string;
  /**
   * Where dist/ is served (absolute, or relative to the page), ending in `/`:
   * the shadow root links `<assets>css/<tag>.css`. Default `./`.
   */
  assets?: string;
}

/** Option → attribute, in the order they are written. A closed list: nothing else reaches the markup. */
const ATTRIBUTES = [
  ['lang', 'lang'],
  ['theme', 'theme'],
  ['headingLevel', 'heading-level'],
  ['src', 'src'],
  ['srcTimeout', 'src-timeout'],
  ['refresh', 'refresh'],
] as const satisfies readonly (readonly [keyof RenderOptions, string])[];

/** Longest attribute value passed on; the element clips what it shows, this bounds what it is given. */
const MAX_VALUE = 2048;

/** The stylesheet the shadow root links, for a tag: `<assets>css/<tag>.css`. */
export function stylesheetHref(tag: WidgetTag, assets = './'): string {
  return `${assetsBase(assets)}css/${tag}.css`;
}

function assetsBase(assets: string): string {
  const value = String(assets ?? './').trim();
  // Relative paths stay relative (dist/ next to the page); absolute ones must be web URLs.
  const ok = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(value) ? safeUrl(value) !== null : safeUrl(value, 'https://base.invalid/') !== null;
  if (!ok || /["'<>\\\s]/.test(value)) throw new TypeError(`dprk-russia-widgets/ssr: assets="${value.slice(0, 80)}" is not an http(s) or relative URL`);
  return value.endsWith('/') ? value : `${value}/`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeAttr = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A LitElement renderer that links the element's stylesheet instead of inlining a `<style>`. */
function linkedStylesRenderer(assets: string): typeof LitElementRenderer {
  return class LinkedStylesRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo) {
      const tag = this.tagName;
      const element = this.element as unknown as { render(): unknown };
      const link = isWidgetTag(tag) ? `<link rel="stylesheet" href="${escapeAttr(stylesheetHref(tag, assets))}">` : '';
      return [link, () => renderValue(element.render(), renderInfo)];
    }
  };
}

/**
 * Hydration markers (`<!--lit-part …-->`, `<!--lit-node 3-->`) and
 * `defer-hydration`: the element re-renders on upgrade rather than hydrating,
 * so they are shortened to what still matters, an empty comment where a
 * value starts or ends. It keeps the text split into the same text nodes as
 * the script's render, so text shapes to the same sub-pixel width. Text and
 * attribute values are escaped by Lit SSR, so no `<!--` in them can be
 * mistaken for a marker.
 */
function stripHydration(markup: string): string {
  return markup
    .replace(/<!--lit-node \d+-->/g, '')
    .replace(/<!--\/?lit-part[^>]*-->/g, '<!---->')
    .replace(/ defer-hydration(?:="")?(?=[\s>])/g, '');
}

/**
 * One widget as HTML: the element with its attributes and its declarative
 * shadow root. Throws for a tag that is not one of ours; every other value is
 * passed to the element, which checks it as in the browser.
 */
export async function renderWidget(tag: string, options: RenderOptions = {}): Promise<string> {
  if (!isWidgetTag(tag)) throw new TypeError(`dprk-russia-widgets/ssr: "${String(tag).slice(0, 80)}" is not a widget (${WIDGETS.map((w) => w.tag).join(', ')})`);
  const assets = assetsBase(options.assets ?? './');
  const values = ATTRIBUTES.map(([option]) => {
    const value = options[option];
    if (value === undefined || value === null) return nothing;
    return String(value).slice(0, MAX_VALUE);
  });
  // The tag comes from the registry (checked above); attribute values are bindings, escaped by Lit SSR.
  const name = unsafeStatic(tag);
  const [lang, theme, level, src, timeout, refresh] = values;
  const template = staticHtml`<${name} lang=${lang} theme=${theme} heading-level=${level} src=${src} src-timeout=${timeout} refresh=${refresh}></${name}>`;
  const result = render(template, { elementRenderers: [linkedStylesRenderer(assets)] });
  // One line: the templates' indentation folded to one space, which renders the same (no card
  // text is preformatted) and survives editors that mangle line breaks in pasted HTML.
  const markup = stripHydration(await collectResult(result))
    .replace(/^<!---->|<!---->$/g, '')
    .replace(/[ \t]*[\r\n]\s*/g, ' ');
  // The start tag as an author would write it: the template's spacing between bindings folded.
  return markup.replace(/^<[^>]*>/, (start) => start.replace(/\s+/g, ' ').replace(/ >$/, '>'));
}

export { SSR_THEME_CSS };
