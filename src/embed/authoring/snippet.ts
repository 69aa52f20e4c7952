import type { Story } from '../../data/schema.js';
import { asOfText, figure, figureCredit, sourceName } from '../../data/story.js';
import { pick, qualifiedNumber, t, type Lang } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages.js';
import { WIDGETS, widget, type WidgetTag } from '../../widgets.js';
import { reserveCss, reserveFileName } from '../host/reserve.js';
import { isSafeUrl, safeHref } from '../../guards/safe-url.js';
import { escapeHtml } from '../../guards/escape.js';
import pkg from '../../../package.json' with { type: 'json' };

/** A small tree of markup, turned into an HTML string (the snippet) or into DOM nodes (the preview). */
export type Markup =
  string | { tag: 'p' | 'strong' | 'a' | 'time'; attrs?: Record<string, string>; children: Markup[] };

export interface EmbedOptions {
  tag: WidgetTag;
  lang: Lang;
  theme: 'auto' | 'light' | 'dark';
  /** Story JSON to load instead of the bundled data. */
  src?: string;
  /** Seconds between re-fetches of `src`. */
  refresh?: number;
  /** Link for readers without JavaScript: the article the widget belongs to. */
  articleUrl?: string;
  /** Level of the card's heading in the host page's outline (2–6; default 2). Not for the iframe: the frame has its own outline. */
  headingLevel?: number;
}

/** The heading level a snippet writes, or null for the default (2). */
const chosenLevel = (options: EmbedOptions): number | null =>
  options.headingLevel &&
  Number.isInteger(options.headingLevel) &&
  options.headingLevel > 2 &&
  options.headingLevel <= 6
    ? options.headingLevel
    : null;

/** The card's own heading (the registry's function, so the fallback and the card agree). */
const title = (tag: WidgetTag, story: Story, lang: Lang): string => widget(tag).title(story, lang);

/**
 * What a reader sees without JavaScript (and before the script runs): the
 * card's headline fact with its qualifier and source, and the as-of date,
 * linked to the article when one is given. The element's first render
 * attaches its shadow DOM, which has no slot, so this is no longer shown.
 */
export function fallback(story: Story, options: EmbedOptions): Markup[] {
  const { tag, lang } = options;
  const lines: Markup[] = [];
  const headline = headlineFact(tag, story, lang);
  lines.push({ tag: 'p', children: [{ tag: 'strong', children: [title(tag, story, lang)] }] });
  if (headline) lines.push({ tag: 'p', children: headline });
  const asOf = asOfText(story, lang);
  const credit = t(lang, 'articleBy', { publisher: story.article.publisher });
  // The one safe-URL rule: a javascript: or data: link is dropped, not written into the page.
  const articleHref = isSafeUrl(options.articleUrl) ? options.articleUrl : undefined;
  lines.push({
    tag: 'p',
    children: [articleHref ? { tag: 'a', attrs: { href: articleHref }, children: [credit] } : credit, ` · ${asOf}`],
  });
  return lines;
}

function headlineFact(tag: WidgetTag, story: Story, lang: Lang): Markup[] | null {
  const ref = t(lang, 'sourceLabel');
  const kind = widget(tag).headline;
  if (kind === 'troops-total') {
    const total = figure(story, 'troops-total');
    if (!total) return null;
    return [
      { tag: 'strong', children: [qualifiedNumber(lang, total.value, total.qualifier)] },
      ` ${pick(total.label, lang)}. ${ref}: ${figureCredit(story, total, lang)}.`,
    ];
  }
  if (kind === 'first-truce-strand') {
    const strand = story.truce.strands[0];
    const fact = strand?.facts[0];
    if (!strand || !fact) return null;
    return [
      { tag: 'strong', children: [`${pick(strand.title, lang)}: ${t(lang, `state.${strand.state}` as MessageKey)}.`] },
      ` ${pick(fact.text, lang)} ${ref}: ${sourceName(story, fact.source, lang)}.`,
    ];
  }
  return null;
}

/** One line: WYSIWYG editors mangle line breaks inside pasted HTML. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

export function toHtml(nodes: Markup[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeHtml(oneLine(node));
      const attrs = Object.entries(node.attrs ?? {})
        .map(([name, value]) => ` ${name}="${escapeHtml(oneLine(value))}"`)
        .join('');
      return `<${node.tag}${attrs}>${toHtml(node.children)}</${node.tag}>`;
    })
    .join('');
}

export function toDom(nodes: Markup[], doc: Document = document): Node[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return doc.createTextNode(node);
    const el = doc.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attrs ?? {})) el.setAttribute(name, value);
    el.append(...toDom(node.children, doc));
    return el;
  });
}

/** The element's attributes, in a stable order. */
export function elementAttributes(options: EmbedOptions): Record<string, string> {
  const attrs: Record<string, string> = { lang: options.lang };
  if (options.theme !== 'auto') attrs.theme = options.theme;
  const level = chosenLevel(options);
  if (level) attrs['heading-level'] = String(level);
  if (options.src && isSafeUrl(options.src)) {
    attrs.src = options.src; // safe-url: isSafeUrl above
    if (options.refresh && options.refresh > 0) attrs.refresh = String(Math.round(options.refresh));
  }
  return attrs;
}

/** The element with its fallback content, as DOM (the generator's live preview). */
export function elementDom(story: Story, options: EmbedOptions, doc: Document = document): HTMLElement {
  const el = doc.createElement(options.tag);
  for (const [name, value] of Object.entries(elementAttributes(options))) el.setAttribute(name, value);
  el.append(...toDom(fallback(story, options), doc));
  return el;
}

/**
 * The chunks a widget needs on its first screen, as the build named them:
 * `core` (Lit, the card, the bundled story) for a widget's own entry (the
 * one-script embed has it inside), and the text of the widget's language (a
 * page loads only the languages it shows, src/i18n/text.ts). Preloaded, they
 * download alongside the script, not one round trip after it.
 */
export interface PreloadChunks {
  core: string;
  text: Record<Lang, string>;
}
/** The built chunks' names (they carry a content hash), stamped in by the build; absent when running from source. */
declare const __DRW_CHUNKS__: PreloadChunks | undefined;
export const PRELOAD_CHUNKS: PreloadChunks | null = typeof __DRW_CHUNKS__ === 'object' ? __DRW_CHUNKS__ : null;

/** The one-script embed's file name (without `.js`): the package's name (scripts/registry.mjs, ALL_ENTRY, builds it so). */
const ALL_IN_ONE = pkg.name;

/** The folder and name of `scriptUrl` (its query and fragment aside) when it is one of our built entry files: the one script or a widget's own entry. */
function ourEntry(scriptUrl: string): { dir: string; name: string } | null {
  const match = /^(.*\/)?([\w-]+)\.js$/.exec(scriptUrl.split(/[?#]/)[0]);
  if (!match || !(match[2] === ALL_IN_ONE || WIDGETS.some((w) => w.tag === match[2]))) return null;
  return { dir: match[1] ?? '', name: match[2] };
}

/** `<link rel="modulepreload">` for the chunks beside `scriptUrl`, when it is one of our built entry files. */
export function preloadLinks(
  scriptUrl: string,
  chunks: PreloadChunks | null = PRELOAD_CHUNKS,
  lang: Lang | null = null,
): string {
  const entry = ourEntry(scriptUrl);
  if (!chunks || !entry || !isSafeUrl(scriptUrl)) return '';
  const { dir, name } = entry;
  // The one-script embed is a single file; a widget's own entry shares `core` with the others.
  const wanted = [
    ...(name === ALL_IN_ONE ? [] : [chunks.core]),
    ...(lang && chunks.text[lang] ? [chunks.text[lang]] : []),
  ];
  return wanted.map((chunk) => `<link rel="modulepreload" href="${escapeHtml(dir + chunk)}">`).join('');
}

/** The reserve stylesheet a snippet links beside `scriptUrl`: the widget's own beside its own entry, every widget's otherwise. */
export function reserveFile(tag: WidgetTag, scriptUrl: string): string {
  return reserveFileName(ourEntry(scriptUrl)?.name === tag ? tag : undefined);
}

/** A file in the same folder as `url` (absolute or relative), its query and fragment dropped. */
function beside(url: string, file: string): string {
  return url.split(/[?#]/)[0].replace(/[^/]*$/, file);
}

/**
 * Script embed: the module (and its first chunks, preloaded), the stylesheet
 * that reserves the space, and the element with its fallback. One line. The
 * reserve is linked, not inlined: exact at every width and in both languages
 * it runs to several kilobytes per widget (src/embed/host/reserve.ts), too
 * long to paste; linked, it is cached, allowed by a strict CSP (`style-src`
 * with the widgets' host), and a stylesheet before the element holds back what
 * follows until the reserve applies. A widget's own entry links that widget's
 * reserve (`reserve/<tag>.css`, beside the script), a fraction of every
 * widget's (`reserve.css`), which any other script links (docs/embedding.md, "Reserve the space").
 */
export function scriptSnippet(
  story: Story,
  options: EmbedOptions,
  scriptUrl: string,
  chunks: PreloadChunks | null = PRELOAD_CHUNKS,
): string {
  const attrs = Object.entries(elementAttributes(options))
    .map(([name, value]) => ` ${name}="${escapeHtml(oneLine(value))}"`)
    .join('');
  const safe = isSafeUrl(scriptUrl);
  return (
    (safe
      ? `${preloadLinks(scriptUrl, chunks, options.lang)}<script type="module" src="${escapeHtml(scriptUrl)}"></script>`
      : '') +
    (safe
      ? `<link rel="stylesheet" href="${escapeHtml(beside(scriptUrl, reserveFile(options.tag, scriptUrl)))}">`
      : `<style>${reserveCss([options.tag])}</style>`) +
    `<${options.tag}${attrs}>${toHtml(fallback(story, options))}</${options.tag}>`
  );
}

/** The embed page's URL for these options. */
export function embedUrl(options: EmbedOptions, pageUrl: string, id: string): string {
  const url = new URL(safeHref(pageUrl) ?? 'about:blank');
  url.searchParams.set('el', options.tag);
  url.searchParams.set('lang', options.lang);
  url.searchParams.set('theme', options.theme);
  if (options.src && isSafeUrl(options.src)) {
    url.searchParams.set('src', options.src);
    if (options.refresh && options.refresh > 0) url.searchParams.set('refresh', String(Math.round(options.refresh)));
  }
  url.searchParams.set('id', id);
  return url.href;
}

/** iframe embed, for CMSes that strip scripts: works alone at a fixed height; the resizer script, where allowed, fits it to the card. */
export function iframeSnippet(
  story: Story,
  options: EmbedOptions,
  pageUrl: string,
  resizerUrl: string,
  id: string,
  height: number,
): string {
  const label = t(options.lang, 'embed.frameTitle', {
    title: title(options.tag, story, options.lang),
    publisher: story.article.publisher,
  });
  return (
    // lang: the title is in the widget's language, which a reader's screen reader then speaks it in.
    `<iframe src="${escapeHtml(embedUrl(options, pageUrl, id))}" data-drw-id="${escapeHtml(id)}" title="${escapeHtml(oneLine(label))}" lang="${options.lang}" loading="lazy" ` +
    `style="display:block;width:100%;height:${Math.ceil(height)}px;border:0"></iframe>` +
    (isSafeUrl(resizerUrl) ? `<script type="module" src="${escapeHtml(resizerUrl)}"></script>` : '')
  );
}

/** The pre-rendered embed page of these options, under a hosted dist/ (written by the build, src/ssr/pages.ts). */
export function prerenderedPageUrl(options: Pick<EmbedOptions, 'tag' | 'lang' | 'theme'>, base: string): string {
  return new URL(`embed/${options.tag}.${options.lang}.${options.theme}.html`, safeHref(base) ?? 'about:blank').href;
}

/** Elements the build's pre-rendered cards are made of (besides the widgets' own tags). */
const PRERENDERED_ELEMENTS = new Set(
  (
    'template link article section header footer div p span strong em b i small br h2 h3 h4 h5 h6 ul ol li ' +
    'figure figcaption blockquote time canvas details summary table caption thead tbody tfoot tr th td button ' +
    'svg g path circle rect line polyline polygon title'
  ).split(' '),
);
/** Attributes any of them may carry: inert words (classes, parts, ARIA, data-*), never a URL, a style or an event handler. */
const COMMON_ATTRIBUTES = /^(?:class|part|id|lang|role|tabindex|hidden|title|aria-[a-z]+|data-[a-z][a-z-]*)$/;
/** Attributes particular elements may carry, besides those. */
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  template: ['shadowroot', 'shadowrootmode'],
  link: ['rel', 'href'],
  time: ['datetime'],
  th: ['scope', 'colspan', 'rowspan', 'headers'],
  td: ['colspan', 'rowspan', 'headers'],
  button: ['type'],
  canvas: ['width', 'height'],
  svg: ['viewBox', 'focusable', 'xmlns', 'width', 'height'],
  g: ['fill', 'stroke', 'stroke-width'],
  path: ['d', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin'],
  circle: ['cx', 'cy', 'r', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', 'fill', 'stroke', 'stroke-width'],
  line: ['x1', 'y1', 'x2', 'y2', 'stroke', 'stroke-width', 'stroke-dasharray'],
  polyline: ['points', 'fill', 'stroke', 'stroke-width'],
  polygon: ['points', 'fill', 'stroke', 'stroke-width'],
};
const WIDGET_ATTRIBUTES = ['lang', 'theme', 'heading-level', 'class'];

/** Why `el` (and what it holds, shadow-root templates included) is not markup the build writes, or null when it is. */
function unexpected(el: Element): string | null {
  const name = el.localName;
  const widgetTag = WIDGETS.some((w) => w.tag === name);
  if (!widgetTag && !PRERENDERED_ELEMENTS.has(name)) return `element <${name}>`;
  for (const { name: attr, value } of el.attributes) {
    const allowed =
      COMMON_ATTRIBUTES.test(attr) || (widgetTag ? WIDGET_ATTRIBUTES : (ELEMENT_ATTRIBUTES[name] ?? [])).includes(attr);
    if (!allowed) return `attribute ${attr} on <${name}>`;
    // Only the stylesheet link below carries a URL; an SVG paint may not point anywhere (url()).
    if (/url\(/i.test(value)) return `value of ${attr} on <${name}>`;
  }
  if (name === 'template' && el.getAttribute('shadowrootmode') !== 'open')
    return 'a template that is not an open shadow root';
  if (name === 'link') {
    // Only the stylesheet the build links, beside the embed pages: ../css/<tag>.css.
    const href = el.getAttribute('href') ?? '';
    if (el.getAttribute('rel') !== 'stylesheet' || !WIDGETS.some((w) => href === `../css/${w.tag}.css`))
      return 'a link other than the card’s stylesheet';
  }
  const children = name === 'template' ? (el as HTMLTemplateElement).content.children : el.children;
  for (const child of children) {
    const why = unexpected(child);
    if (why) return why;
  }
  return null;
}

/** The markup of a built pre-rendered page, or why it was refused (never its words: only what kind of thing was found). */
export type PrerenderedMarkup = { markup: string; refused?: undefined } | { markup?: undefined; refused: string };

/**
 * The widget's pre-rendered markup, as the build wrote it into its embed page
 * (`<main id="embed-root" data-prerendered="<tag>">…</main>`), checked
 * against what the build writes: the widget's element holding one open
 * shadow-root template, the card's stylesheet link, the cards' own elements
 * and inert attributes. No script, no event handler, no other URL. What is
 * returned is the checked tree written out again by the browser, so what was
 * checked is exactly what is pasted. Anything else is refused with the kind
 * of thing found (not the page's words).
 */
export function markupFromEmbedPage(page: string, tag: WidgetTag): PrerenderedMarkup {
  // An inert document: nothing in it runs or loads, and its templates stay templates.
  const doc = new DOMParser().parseFromString(page, 'text/html');
  const root = doc.querySelector('main#embed-root');
  const el = root?.firstElementChild;
  if (!root || root.getAttribute('data-prerendered') !== tag || root.children.length !== 1 || el?.localName !== tag) {
    return { refused: `no pre-rendered <${tag}> in the page` };
  }
  const shadow = el.firstElementChild;
  if (
    el.children.length !== 1 ||
    shadow?.localName !== 'template' ||
    shadow.getAttribute('shadowrootmode') !== 'open'
  ) {
    return { refused: `<${tag}> holds something besides its shadow root` };
  }
  const why = unexpected(el);
  return why ? { refused: `unexpected ${why}` } : { markup: el.outerHTML };
}

/**
 * Pre-rendered embed: the card's markup (declarative shadow DOM, read without
 * any script) and one module script that upgrades it in place. The shadow
 * root's stylesheet is linked from `cssBase` (a hosted dist/); `src` and
 * `refresh` go on the element as in the script snippet. One line.
 */
export function prerenderedSnippet(markup: string, options: EmbedOptions, scriptUrl: string, cssBase: string): string {
  const base = safeHref(cssBase);
  if (!base) return '';
  const attrs = Object.entries(elementAttributes(options))
    .filter(([name]) => name === 'src' || name === 'refresh' || name === 'heading-level')
    .map(([name, value]) => ` ${name}="${escapeHtml(oneLine(value))}"`)
    .join('');
  // The build pre-renders at heading level 2: every heading moves down with the level chosen, as the element renders them.
  const shift = (chosenLevel(options) ?? 2) - 2;
  const element = markup
    .replace(/<(\/?)h([2-6])(?=[\s>])/g, (_, close: string, n: string) => `<${close}h${Math.min(Number(n) + shift, 6)}`)
    .replaceAll('href="../css/', `href="${escapeHtml(new URL('css/', base).href)}`)
    .replace(new RegExp(`^<${options.tag}([^>]*)>`), (_, own: string) => `<${options.tag}${own}${attrs}>`);
  return (
    (isSafeUrl(scriptUrl) ? `<script type="module" src="${escapeHtml(scriptUrl)}"></script>` : '') + oneLine(element)
  );
}
