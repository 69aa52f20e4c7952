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
import type { Story } from '../data/schema.js';
import { validateStory } from '../data/schema.js';
import { MAX_JSON_BYTES } from '../guards/limits.js';
import { safeUrl } from '../guards/safe-url.js';
import { escapeHtml } from '../guards/escape.js';
import { WIDGETS, isWidgetTag, type WidgetTag } from '../widgets.js';
import { SSR_THEME_CSS } from './theme-css.js';

/** The attributes the server renders, as the element takes them (docs/embedding.md, "Attributes"). */
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
   * Story data (JSON text, or the parsed object) to render instead of the
   * bundled story, checked with the story schema first (a `TypeError` names
   * what is wrong). It is written into the element as inline JSON too, so the
   * script upgrades the card with the same data.
   */
  data?: string | object;
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
  const ok = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)
    ? safeUrl(value) !== null
    : safeUrl(value, 'https://base.invalid/') !== null;
  if (!ok || /["'<>\\\s]/.test(value))
    throw new TypeError(`dprk-russia-widgets/ssr: assets="${value.slice(0, 80)}" is not an http(s) or relative URL`);
  return value.endsWith('/') ? value : `${value}/`;
}

type Rendered = { storyData: Story | null; data: { story: Story; origin: string } };

/**
 * A LitElement renderer that links the element's stylesheet instead of
 * inlining a `<style>`, and renders data handed to an element (`storyData`:
 * the top element's checked `data`, or what `<dprk-russia-story>` hands its
 * cards), which in the browser the element's data controller would apply.
 */
function linkedStylesRenderer(assets: string): typeof LitElementRenderer {
  return class LinkedStylesRenderer extends LitElementRenderer {
    override connectedCallback() {
      const element = this.element as unknown as Rendered;
      if (element.storyData && element.data) {
        element.data.story = element.storyData;
        element.data.origin = 'given';
      }
      super.connectedCallback();
    }

    override renderShadow(renderInfo: RenderInfo) {
      const tag = this.tagName;
      const element = this.element as unknown as { render(): unknown };
      const link = isWidgetTag(tag) ? `<link rel="stylesheet" href="${escapeHtml(stylesheetHref(tag, assets))}">` : '';
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
  if (!isWidgetTag(tag))
    throw new TypeError(
      `dprk-russia-widgets/ssr: "${String(tag).slice(0, 80)}" is not a widget (${WIDGETS.map((w) => w.tag).join(', ')})`,
    );
  const assets = assetsBase(options.assets ?? './');
  const values = ATTRIBUTES.map(([option]) => {
    const value = options[option];
    if (value === undefined || value === null) return nothing;
    return String(value).slice(0, MAX_VALUE);
  });
  // The tag comes from the registry (checked above); attribute values are bindings, escaped by Lit SSR.
  const name = unsafeStatic(tag);
  const [lang, theme, level, src, timeout, refresh] = values;
  const data = options.data === undefined || options.data === null ? null : checkedData(options.data);
  // The element's own `src` attribute, not a link: the element passes it through the safe-URL rule before any fetch, with its notice.
  const template = staticHtml`<${name} lang=${lang} theme=${theme} heading-level=${level} src=${src} src-timeout=${timeout} refresh=${refresh} .storyData=${data?.story ?? null}></${name}>`; // safe-url: checked by the element (data-controller.ts srcUrl)
  const result = render(template, { elementRenderers: [linkedStylesRenderer(assets)] });
  // One line: the templates' indentation folded to one space, which renders the same (no card
  // text is preformatted) and survives editors that mangle line breaks in pasted HTML.
  const markup = stripHydration(await collectResult(result))
    .replace(/^<!---->|<!---->$/g, '')
    .replace(/[ \t]*[\r\n]\s*/g, ' ');
  // The start tag as an author would write it: the template's spacing between bindings folded.
  const element = markup.replace(/^<[^>]*>/, (start) => start.replace(/\s+/g, ' ').replace(/ >$/, '>'));
  // The data as the element's inline JSON (light DOM, after its shadow root): what the script reads on upgrade.
  return data
    ? `${element.slice(0, -`</${tag}>`.length)}<script type="application/json">${data.json}</script></${tag}>`
    : element;
}

/** `data` checked as the element checks inline JSON, and as JSON safe inside a `<script>`. */
function checkedData(input: string | object): { story: Story; json: string } {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  if (new TextEncoder().encode(text).length > MAX_JSON_BYTES)
    throw new TypeError(`dprk-russia-widgets/ssr: data is larger than ${MAX_JSON_BYTES} bytes`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TypeError(
      `dprk-russia-widgets/ssr: data is not JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const result = validateStory(parsed);
  if (!result.ok)
    throw new TypeError(
      `dprk-russia-widgets/ssr: data does not match the story schema: ${result.errors.slice(0, 10).join('; ')}`,
    );
  // `<`, and the two line separators JSON allows raw, escaped: nothing in it can close the script or end a line of it.
  const json = JSON.stringify(parsed)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return { story: result.story, json };
}

export { SSR_THEME_CSS };
