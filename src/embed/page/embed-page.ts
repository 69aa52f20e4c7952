import { THEMES } from '../../styles/theme-controller.js';
import { DEFAULT_LANG, LANGS, t, toLang, type Lang } from '../../i18n/i18n.js';
import { ensureLang, hasLang } from '../../i18n/text.js';
import { LIMITS, bounded, rangeText } from '../../guards/limits.js';
import { safeUrl } from '../../guards/safe-url.js';
import { quoted } from '../../guards/quote.js';
import { allowedSrcUrl, srcRule, type SrcRule } from '../../guards/src-rule.js';
import { DEFAULT_TAG, WIDGETS, isWidgetTag, widget, type WidgetTag } from '../../widgets.js';
import { bundledStory } from '../../data/story.js';
import { ID_PATTERN, RESIZE_TYPE, isHelloMessage, type ResizeMessage } from '../protocol.js';

/**
 * The `<meta>` where a publisher lists, space-separated, where else the embed
 * page may load `src` from: an origin (`https://data.example.org`, all of it)
 * or a folder of one (`https://bucket.example/publisher-data/`, only what lies
 * under it). Set in the deployed page, never in its URL. Without it, only the
 * page's own origin is allowed.
 */
export const SRC_ORIGINS_META = 'drw-src-origins';

/**
 * The `<meta>` that lets the embed page take `refresh` from its URL, giving
 * the shortest interval in seconds (`<meta name="drw-allow-refresh" content="60">`).
 * Without it, `refresh` in the URL is ignored with a notice: anyone can write
 * that URL, and each reader's page would then ask the data's server again.
 */
export const ALLOW_REFRESH_META = 'drw-allow-refresh';

export interface EmbedParams {
  tag: WidgetTag;
  lang: Lang;
  theme: (typeof THEMES)[number];
  src: string | null;
  refresh: number | null;
  id: string;
  /**
   * Values that were not accepted, each with the notice a reader sees (in the
   * page's language). The notice names the parameter and what it takes, never
   * the value: anyone can write the URL, and its words would show on the
   * publisher's domain. `value` is for the console only.
   */
  rejected: { param: string; value: string; notice: string }[];
}

/**
 * Where the deployed page allows `src` from: the folder the widgets are
 * deployed in (dist/, where the page's own script sits), and the origins and
 * folders in `<meta name="drw-src-origins">`. Not its whole origin: on a shared
 * origin (a path-style bucket, a CDN, a user's GitHub Pages site) the files
 * beside that folder may be anyone's.
 */
export function allowedSrc(doc: Document): SrcRule[] {
  const rules: SrcRule[] = [];
  const own = widgetsFolder(doc);
  if (own) rules.push(own);
  const listed = doc.querySelector(`meta[name="${SRC_ORIGINS_META}"]`)?.getAttribute('content') ?? '';
  for (const entry of listed.split(/\s+/)) {
    // Only full http(s) URLs; a relative entry says nothing.
    const rule = srcRule(entry);
    if (rule) rules.push(rule);
  }
  return rules;
}

/**
 * The folder dist/ is deployed in: the parent of the folder holding the page's
 * own script (`embed/embed-page.js`, from embed.html and the pre-rendered
 * pages alike); the page's own folder where that script is not found.
 */
function widgetsFolder(doc: Document): SrcRule | null {
  const script = doc.querySelector<HTMLScriptElement>('script[type="module"][src$="embed-page.js"]');
  const url = script ? safeUrl(script.src, doc.baseURI) : null;
  const folder = url ? safeUrl('../', url.href) : safeUrl('./', doc.baseURI);
  if (!folder || !/^https?:$/.test(folder.protocol)) return null;
  return { origin: folder.origin, path: folder.pathname };
}

/** The shortest `refresh` the deployed page takes from its URL (`<meta name="drw-allow-refresh">`), or null: none. */
export function allowedRefresh(doc: Document): number | null {
  const content = doc.querySelector(`meta[name="${ALLOW_REFRESH_META}"]`)?.getAttribute('content') ?? null;
  return content === null ? null : bounded(content.trim(), LIMITS.refresh).value;
}

/**
 * Reads the embed page's URL parameters. Anyone can write this URL, so each
 * parameter is checked against a closed set, a numeric range or the `src`
 * allow-list (`rules`); anything else is replaced by its default and named in
 * a notice. `refresh` is taken only when the deployed page allows it
 * (`refreshMin`, its shortest interval).
 */
export function readEmbedParams(
  search: string,
  base: string,
  rules: readonly SrcRule[] = [{ origin: new URL(base).origin, path: '/' }],
  refreshMin: number | null = null,
): EmbedParams {
  const params = new URLSearchParams(search);
  const rawLang = params.get('lang');
  const lang = toLang(rawLang) ?? DEFAULT_LANG;
  const rejected: EmbedParams['rejected'] = [];
  const reject = (param: string, value: string, accepted: string, fallback: string) =>
    rejected.push({ param, value, notice: t(lang, 'notice.attribute', { attr: param, accepted, fallback }) });

  const el = params.get('el');
  let tag: WidgetTag = DEFAULT_TAG;
  if (isWidgetTag(el) && customElements.get(el)) tag = el;
  else if (el !== null) reject('el', el, WIDGETS.map((w) => w.tag).join(', '), DEFAULT_TAG);

  if (rawLang !== null && toLang(rawLang) === null) reject('lang', rawLang, LANGS.join(', '), lang);

  const rawTheme = params.get('theme');
  const theme = (THEMES as readonly string[]).includes(rawTheme ?? '') ? (rawTheme as EmbedParams['theme']) : 'auto';
  if (rawTheme !== null && theme !== rawTheme) reject('theme', rawTheme, THEMES.join(', '), theme);

  // Web URLs only, and only inside what the publisher allowed where the page is deployed:
  // otherwise anyone could show invented figures under the publisher's domain.
  const rawSrc = params.get('src');
  let src: string | null = null;
  if (rawSrc) {
    const url = allowedSrcUrl(rawSrc, base, rules);
    if (url) src = url.href;
    else rejected.push({ param: 'src', value: rawSrc, notice: t(lang, 'notice.srcRefused') });
  }

  const rawRefresh = params.get('refresh');
  let refresh: number | null = null;
  if (rawRefresh !== null && rawRefresh !== '') {
    if (refreshMin === null)
      rejected.push({ param: 'refresh', value: rawRefresh, notice: t(lang, 'notice.refreshNotAllowed') });
    else {
      const limit = { ...LIMITS.refresh, min: Math.max(LIMITS.refresh.min, refreshMin) };
      const parsed = bounded(rawRefresh, limit);
      refresh = parsed.value;
      if (parsed.rejected !== null) {
        rejected.push({
          param: 'refresh',
          value: parsed.rejected,
          notice: t(lang, 'notice.range', {
            attr: 'refresh',
            range: rangeText(limit),
            fallback: t(lang, 'notice.none'),
          }),
        });
      }
    }
  }

  const rawId = params.get('id') ?? '';
  const id = ID_PATTERN.test(rawId) ? rawId : '';
  if (id !== rawId) reject('id', rawId, t(lang, 'notice.accepted.id'), '—');

  return { tag, lang, theme, src, refresh: src ? refresh : null, id, rejected };
}

/**
 * The iframe embed page: one element chosen by the URL, any parameter it does
 * not accept named in a visible notice, and its height posted to the parent
 * page whenever it changes and whenever the parent's resizer asks
 * (src/embed/host/resizer.ts listens there).
 */
export function startEmbedPage(root: HTMLElement, win: Window = window): () => void {
  const doc = win.document;
  // A pre-rendered page (dist/embed/<tag>.<lang>.<theme>.html, src/ssr/pages.ts) is that widget:
  // the element is already there, its text on screen; only src, refresh and id come from the URL.
  const prerendered = [...root.children].find(
    (child) => isWidgetTag(child.localName) && child.localName === root.dataset.prerendered,
  );
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
  const params = readEmbedParams(search.toString(), doc.baseURI, allowedSrc(doc), allowedRefresh(doc));
  if (!prerendered) {
    doc.documentElement.lang = params.lang;
    if (params.theme !== 'auto') doc.documentElement.style.colorScheme = params.theme;
    // One embed.html for every widget: its title names the one shown, and its language.
    doc.title = t(params.lang, 'embed.pageTitle', {
      title: widget(params.tag).title(bundledStory, params.lang),
      publisher: bundledStory.article.publisher,
    });
  }

  for (const { param, value, notice: text } of params.rejected) {
    // The value only here, quoted, cut and with its direction controls escaped: never on the page.
    console.warn(`[dprk-russia-widgets] embed page: the URL parameter "${param}" was not accepted: ${quoted(value)}.`);
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
  if (params.src) el.setAttribute('src', params.src); // safe-url: readEmbedParams (rule + src allow-list)
  if (params.refresh) el.setAttribute('refresh', String(params.refresh));
  if (!prerendered) root.append(el);

  // Tab from the host page moves into the frame even when the card has nothing to operate, and the
  // browsers then focus the frame's document: nothing on screen changed. The card's box takes that
  // focus instead, with a ring (embed.css), named by the page's title (the widget and its language).
  root.tabIndex = -1;
  root.setAttribute('aria-label', doc.title);
  const onFocus = () => {
    if (!doc.activeElement || doc.activeElement === doc.body || doc.activeElement === doc.documentElement)
      root.focus({ preventScroll: true });
  };
  win.addEventListener('focus', onFocus);

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
    win.removeEventListener('focus', onFocus);
  };
}
