import { THEMES } from '../styles/theme-controller.js';
import { DEFAULT_LANG, t, toLang, type Lang } from '../i18n/i18n.js';
import { DEFAULT_TAG, isEmbedTag, type EmbedTag } from './elements.js';
import { RESIZE_TYPE, type ResizeMessage } from './protocol.js';

export interface EmbedParams {
  tag: EmbedTag;
  lang: Lang;
  theme: (typeof THEMES)[number];
  src: string | null;
  refresh: number | null;
  id: string;
  /** Values that were not recognised: shown to the reader, replaced by the default. */
  rejected: { param: string; value: string; fallback: string }[];
}

/** Reads and whitelists the embed page's URL parameters. */
export function readEmbedParams(search: string, base: string): EmbedParams {
  const params = new URLSearchParams(search);
  const rejected: EmbedParams['rejected'] = [];
  const el = params.get('el');
  let tag: EmbedTag = DEFAULT_TAG;
  if (isEmbedTag(el) && customElements.get(el)) tag = el;
  else if (el !== null) rejected.push({ param: 'el', value: el, fallback: DEFAULT_TAG });

  const rawLang = params.get('lang');
  const lang = toLang(rawLang) ?? DEFAULT_LANG;
  if (rawLang !== null && toLang(rawLang) === null) rejected.push({ param: 'lang', value: rawLang, fallback: lang });

  const rawTheme = params.get('theme');
  const theme = (THEMES as readonly string[]).includes(rawTheme ?? '') ? (rawTheme as EmbedParams['theme']) : 'auto';
  if (rawTheme !== null && theme !== rawTheme) rejected.push({ param: 'theme', value: rawTheme, fallback: theme });

  // Only web URLs: the data is fetched, never run, but a javascript: or data: URL has no business here.
  const rawSrc = params.get('src');
  let src: string | null = null;
  if (rawSrc) {
    try {
      const url = new URL(rawSrc, base);
      if (url.protocol === 'https:' || url.protocol === 'http:') src = url.href;
    } catch {
      // falls through to the notice below
    }
    if (!src) rejected.push({ param: 'src', value: rawSrc, fallback: '—' });
  }
  const refresh = Number(params.get('refresh'));
  return {
    tag,
    lang,
    theme,
    src,
    refresh: src && refresh > 0 ? refresh : null,
    id: (params.get('id') ?? '').slice(0, 200),
    rejected,
  };
}

/**
 * The iframe embed page: one element chosen by the URL, any parameter it does
 * not recognise named in a visible notice, and its height posted to the parent
 * page whenever it changes (src/embed/resizer.ts listens there).
 */
export function startEmbedPage(root: HTMLElement, win: Window = window): () => void {
  const doc = win.document;
  const params = readEmbedParams(win.location.search, doc.baseURI);
  doc.documentElement.lang = params.lang;
  if (params.theme !== 'auto') doc.documentElement.style.colorScheme = params.theme;

  for (const { param, value, fallback } of params.rejected) {
    const notice = doc.createElement('p');
    notice.className = 'embed-notice';
    notice.setAttribute('role', 'status');
    notice.textContent = t(params.lang, 'notice.attribute', { attr: param, value, fallback });
    root.append(notice);
  }
  const el = doc.createElement(params.tag);
  el.setAttribute('lang', params.lang);
  el.setAttribute('theme', params.theme);
  if (params.src) el.setAttribute('src', params.src);
  if (params.refresh) el.setAttribute('refresh', String(params.refresh));
  root.append(el);

  let last = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || win.parent === win) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_TYPE, id: params.id, height };
    // The height is no secret, and the parent's origin is not known here.
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(root);
  return () => observer.disconnect();
}
