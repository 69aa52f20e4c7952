import { THEMES } from '../../styles/theme-controller.js';
import { DEFAULT_LANG, t, toLang, type Lang } from '../../i18n/i18n.js';
import { ensureLang, hasLang } from '../../i18n/text.js';
import { LIMITS, bounded, rangeText } from '../../guards/limits.js';
import { safeUrl } from '../../guards/safe-url.js';
import { DEFAULT_TAG, isWidgetTag, type WidgetTag } from '../../widgets.js';
import { ID_PATTERN, RESIZE_TYPE, isHelloMessage, type ResizeMessage } from '../protocol.js';

/**
 * The `<meta>` where a publisher lists other origins the embed page may load
 * `src` from, space-separated: set in the deployed page, never in its URL.
 * Without it, only the page's own origin is allowed.
 */
export const SRC_ORIGINS_META = 'drw-src-origins';

export interface EmbedParams {
  tag: WidgetTag;
  lang: Lang;
  theme: (typeof THEMES)[number];
  src: string | null;
  refresh: number | null;
  id: string;
  /** Values that were not accepted, each with the notice a reader sees (in the page's language). */
  rejected: { param: string; value: string; notice: string }[];
}

/** The origins the deployed page allows for `src`: its own, plus those in `<meta name="drw-src-origins">`. */
export function allowedSrcOrigins(doc: Document): Set<string> {
  const allowed = new Set<string>();
  const own = safeUrl(doc.baseURI);
  if (own) allowed.add(own.origin);
  const listed = doc.querySelector(`meta[name="${SRC_ORIGINS_META}"]`)?.getAttribute('content') ?? '';
  for (const entry of listed.split(/\s+/)) {
    const url = safeUrl(entry, 'https://base.invalid/');
    // Only full origins (scheme and host); a relative entry or a path says nothing.
    if (url && /^https?:\/\//i.test(entry)) allowed.add(url.origin);
  }
  return allowed;
}

const clip = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * Reads the embed page's URL parameters. Anyone can write this URL, so each
 * parameter is checked against a closed set, a numeric range or the origin
 * allow-list; anything else is replaced by its default and named in a notice.
 */
export function readEmbedParams(search: string, base: string, allowedOrigins: ReadonlySet<string> = new Set([new URL(base).origin])): EmbedParams {
  const params = new URLSearchParams(search);
  const rawLang = params.get('lang');
  const lang = toLang(rawLang) ?? DEFAULT_LANG;
  const rejected: EmbedParams['rejected'] = [];
  const reject = (param: string, value: string, fallback: string) =>
    rejected.push({ param, value: clip(value), notice: t(lang, 'notice.attribute', { attr: param, value: clip(value), fallback }) });

  const el = params.get('el');
  let tag: WidgetTag = DEFAULT_TAG;
  if (isWidgetTag(el) && customElements.get(el)) tag = el;
  else if (el !== null) reject('el', el, DEFAULT_TAG);

  if (rawLang !== null && toLang(rawLang) === null) reject('lang', rawLang, lang);

  const rawTheme = params.get('theme');
  const theme = (THEMES as readonly string[]).includes(rawTheme ?? '') ? (rawTheme as EmbedParams['theme']) : 'auto';
  if (rawTheme !== null && theme !== rawTheme) reject('theme', rawTheme, theme);

  // Web URLs only, and only from origins the publisher allowed where the page is deployed:
  // otherwise anyone could show invented figures under the publisher's domain.
  const rawSrc = params.get('src');
  let src: string | null = null;
  if (rawSrc) {
    const url = safeUrl(rawSrc, base);
    if (url && allowedOrigins.has(url.origin)) src = url.href;
    else {
      const shown = clip(url ? url.origin : rawSrc);
      rejected.push({ param: 'src', value: shown, notice: t(lang, 'notice.srcRefused', { origin: shown }) });
    }
  }

  const refresh = bounded(params.get('refresh'), LIMITS.refresh);
  if (refresh.rejected !== null) {
    rejected.push({
      param: 'refresh',
      value: refresh.rejected,
      notice: t(lang, 'notice.range', { attr: 'refresh', value: refresh.rejected, range: rangeText(LIMITS.refresh), fallback: t(lang, 'notice.none') }),
    });
  }

  const rawId = params.get('id') ?? '';
  const id = ID_PATTERN.test(rawId) ? rawId : '';
  if (id !== rawId) reject('id', rawId, '—');

  return { tag, lang, theme, src, refresh: src ? refresh.value : null, id, rejected };
}

/**
 * The iframe embed page: one element chosen by the URL, any parameter it does
 * not accept named in a visible notice, and its height posted to the parent
 * page whenever it changes and whenever the parent's resizer asks
 * (src/embed/resizer.ts listens there).
 */
export function startEmbedPage(root: HTMLElement, win: Window = window): () => void {
  const doc = win.document;
  // A pre-rendered page (dist/embed/<tag>.<lang>.<theme>.html, src/ssr/pages.ts) is that widget:
  // the element is already there, its text on screen; only src, refresh and id come from the URL.
  const prerendered = [...root.children].find((child) => isWidgetTag(child.localName) && child.localName === root.dataset.prerendered);
  const search = new URLSearchParams(win.location.search);
  if (prerendered) {
    search.set('el', prerendered.localName);
    for (const name of ['lang', 'theme']) search.set(name, prerendered.getAttribute(name) ?? '');
  }
  // Notices are written in the page's language: its text first (the widget waits for the same text anyway).
  const lang = toLang(search.get('lang')) ?? DEFAULT_LANG;
  if (!hasLang(lang)) {
    let stop: (() => void) | null = null;
    let stopped = false;
    ensureLang(lang).then(() => {
      if (!stopped) stop = startEmbedPage(root, win);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }
  const params = readEmbedParams(search.toString(), doc.baseURI, allowedSrcOrigins(doc));
  if (!prerendered) {
    doc.documentElement.lang = params.lang;
    if (params.theme !== 'auto') doc.documentElement.style.colorScheme = params.theme;
  }

  for (const { param, value, notice: text } of params.rejected) {
    console.warn(`[dprk-russia-widgets] embed page: ${param}="${value}" was not accepted.`);
    const notice = doc.createElement('p');
    notice.className = 'embed-notice';
    notice.setAttribute('role', 'status');
    notice.textContent = text;
    // Above the card, on a pre-rendered page too.
    root.insertBefore(notice, prerendered ?? null);
  }
  const el = prerendered ?? doc.createElement(params.tag);
  if (!prerendered) {
    el.setAttribute('lang', params.lang);
    el.setAttribute('theme', params.theme);
  }
  if (params.src) el.setAttribute('src', params.src); // safe-url: readEmbedParams (rule + origin allow-list)
  if (params.refresh) el.setAttribute('refresh', String(params.refresh));
  if (!prerendered) root.append(el);

  let last = -1;
  const report = (always = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if ((height === last && !always) || win.parent === win) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_TYPE, id: params.id, height };
    // The height is no secret, and the parent's origin is not known here.
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => report());
  observer.observe(root);
  // A resizer that loads after this page asks once for the height.
  const onMessage = (event: MessageEvent) => {
    if (event.source === win.parent && isHelloMessage(event.data)) report(true);
  };
  win.addEventListener('message', onMessage);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
