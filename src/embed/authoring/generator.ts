// The embed-code generator: pick a widget, language, theme and kind of embed,
// see it live, copy a one-line snippet for a CMS. Every URL in a snippet comes
// from where the widgets are hosted: by default the copy of dist/ this page
// was served from, or a base URL the publisher types in. Markup in a snippet is
// never what a typed host answers: the pre-rendered card comes from the build
// this page was given, checked against what the build writes (snippet.ts).
import { html, nothing, render, type TemplateResult } from 'lit';
import { bundledStory } from '../../data/story.js';
import { WIDGETS, DEFAULT_TAG, widget, type WidgetTag } from '../../widgets.js';
import { installIframeResizer } from '../host/resizer.js';
import { EMBED_PAGE_FILE } from '../protocol.js';
import {
  elementDom,
  embedUrl,
  iframeSnippet,
  markupFromEmbedPage,
  type PrerenderedMarkup,
  prerenderedPageUrl,
  prerenderedSnippet,
  scriptSnippet,
  type EmbedOptions,
} from './snippet.js';
import { isSafeUrl, safeUrl } from '../../guards/safe-url.js';
import { t, type Lang } from '../../i18n/i18n.js';
import pkg from '../../../package.json' with { type: 'json' };
import WORDS from '../../../data/generator.json' with { type: 'json' };

export interface GeneratorOptions {
  /**
   * The folder where dist/ is served, as readers' browsers will reach it
   * (the demo passes the folder above its own page). The publisher can change
   * the one a snippet points at; the pre-rendered markup is always read from this one.
   */
  base: string;
  /**
   * Level of the heading the generator sits under on its page (default 2): the
   * preview's card takes the level below it, so the page's outline stays whole.
   */
  headingLevel?: number;
}

/**
 * A label in both languages, "Italiano / English", each half marked with its
 * language, so a screen reader speaks each in its own voice.
 */
export function bilingual(text: string): TemplateResult | string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return html`<span lang="it">${text.slice(0, at)}</span> / <span lang="en">${text.slice(at + 3)}</span>`;
}

/**
 * The generator's words (data/generator.json) in both languages, "Italiano / English", with their
 * `{name}`s filled in: one string, split again by {@link bilingual} to mark each half's language.
 */
export function say(key: keyof typeof WORDS, params: Record<string, string> = {}): string {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  return `${fill(WORDS[key].it)} / ${fill(WORDS[key].en)}`;
}

/** A warning about one of the snippet's URLs, tied to the field it is about (if any) and whether it makes that field invalid. */
interface Warning {
  text: string;
  field: 'base' | 'src' | 'article' | 'refresh' | null;
  invalid: boolean;
}

type Kind = 'script' | 'iframe' | 'prerendered';
type Host = 'self' | 'cdn';

/** The package on jsDelivr, pinned to this version: it answers only once the package is published on npm. */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`;

/**
 * Where each file a snippet for `tag` needs lives, under a hosted copy of dist/.
 * The script is the widget's own entry: it loads what that widget needs (the
 * shared core chunk beside it), not every element (docs/architecture.md).
 */
export const hostedFiles = (base: string, tag: WidgetTag) => ({
  script: new URL(`${tag}.js`, base).href,
  resizer: new URL('embed/iframe-resizer.js', base).href,
  embedPage: new URL(EMBED_PAGE_FILE, base).href,
});

/** Whether a typed address carries a user name or password (`https://user:pass@host/`), which must never reach a snippet. */
export function hasCredentials(value: string): boolean {
  const url = safeUrl(value.trim());
  return !!url && (url.username !== '' || url.password !== '');
}

/** The base as a folder URL (ending in /), or null when it is not a web address or carries a user name or password. */
export function normalizeBase(value: string): string | null {
  const url = safeUrl(value.trim());
  if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\//i.test(value.trim())) return null;
  if (url.username || url.password) return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** Whether readers' browsers elsewhere could never reach this host (it names the machine the browser runs on). */
export function isLocalOnly(base: string): boolean {
  const host = new URL(base).hostname.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\./.test(host)
  );
}

/** What each kind of snippet is for, under the code. */
export const HINTS: Record<Kind, string> = {
  script: say('hint.script'),
  iframe: say('hint.iframe'),
  prerendered: say('hint.prerendered'),
};

/** The widgets this page has defined (a build may not carry them all). */
const definedWidgets = () => WIDGETS.filter((w) => customElements.get(w.tag));

/** Renders the generator into `root`; returns a function that takes it down. */
export function mountGenerator(root: HTMLElement, options: GeneratorOptions): () => void {
  const state = {
    tag: DEFAULT_TAG as WidgetTag,
    lang: 'it' as Lang,
    theme: 'auto' as EmbedOptions['theme'],
    kind: 'script' as Kind,
    host: 'self' as Host,
    base: normalizeBase(options.base) ?? options.base,
    src: '',
    refresh: 0,
    articleUrl: '',
    /** The heading level the snippet writes (2–6). */
    level: 2,
    status: '',
    /** What the last reachability check found, for the URL it checked (only whether it answers: its body is never read). */
    reach: { url: '', result: 'checking' as 'checking' | 'ok' | 'failed' },
    /** The pre-rendered markup read from this page's own build, for the page it was read from (or why it was refused). */
    source: { url: '', result: null as PrerenderedMarkup | null },
    /** The pre-rendered snippet's size gzipped, for the snippet it was measured on. */
    gzip: { snippet: '', bytes: 0 },
  };
  // An id per generator session, so two embeds pasted in one page are told apart.
  const id = `drw-${Math.random().toString(36).slice(2, 8)}`;
  const stopResizer = installIframeResizer(window);
  /** The build this page was given: where the pre-rendered markup is read, whatever host the editor types. */
  const ownBase = normalizeBase(options.base);
  let shown = '';
  let mounted = true;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;

  /** The files the snippet points at: the hosted copy of dist/, or (scripts only) the npm CDN. */
  const files = () => {
    const base = normalizeBase(state.base);
    const hosted = base ? hostedFiles(base, state.tag) : null;
    const cdn = hostedFiles(CDN_BASE, state.tag);
    const scripts = state.host === 'cdn' && state.kind !== 'iframe' ? cdn : hosted;
    return {
      base,
      script: scripts?.script ?? '',
      resizer: hosted?.resizer ?? '',
      embedPage: hosted?.embedPage ?? '',
      // The pre-rendered page of the widget chosen, on the chosen host (the iframe snippet's page).
      prerendered: base ? prerenderedPageUrl(state, base) : '',
      // The same page in this page's own build: the pre-rendered snippet's markup comes from it.
      source: ownBase ? prerenderedPageUrl(state, ownBase) : '',
      // The stylesheets a pre-rendered snippet links: next to the script it loads.
      cssBase: state.host === 'cdn' && state.kind === 'prerendered' ? CDN_BASE : (base ?? ''),
    };
  };
  /** The file whose answer tells whether the chosen host serves the widgets. */
  const probeUrl = () => (state.kind === 'script' ? files().script : files().prerendered);

  const check = () => {
    const url = probeUrl();
    if (!url || url === state.reach.url) return;
    state.reach = { url, result: 'checking' };
    clearTimeout(checkTimer);
    checkTimer = setTimeout(async () => {
      let ok = false;
      try {
        // The same request a reader's browser makes for a module script from another origin (CORS).
        // Only whether it answers counts: nothing that host sends reaches a snippet.
        const response = await fetch(url, { method: 'HEAD', cache: 'no-store', mode: 'cors', credentials: 'omit' });
        ok = response.ok;
      } catch {
        ok = false;
      }
      if (!mounted || state.reach.url !== url) return;
      state.reach = { url, result: ok ? 'ok' : 'failed' };
      if (!ok) console.warn(`[dprk-russia-widgets] generator: ${url} could not be loaded from this page.`);
      draw();
    }, 300);
  };

  /** Reads the chosen widget's pre-rendered markup from this page's own build, once per page. */
  const readSource = () => {
    const url = files().source;
    if (state.kind !== 'prerendered' || !url || url === state.source.url) return;
    state.source = { url, result: null };
    const tag = state.tag;
    void (async (): Promise<PrerenderedMarkup> => {
      try {
        const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
        if (!response.ok) return { refused: `HTTP ${response.status}` };
        return markupFromEmbedPage(await response.text(), tag);
      } catch {
        return { refused: 'network error' };
      }
    })().then((result) => {
      if (!mounted || state.source.url !== url) return;
      state.source = { url, result };
      if (result.refused)
        console.warn(
          `[dprk-russia-widgets] generator: the pre-rendered markup of ${url} was refused: ${result.refused}.`,
        );
      draw();
    });
  };

  const credentialsError = say('credentials');
  const notWeb = say('notWeb');
  /** What is wrong with a typed data or article address (credentials, not a web address), or null. */
  const urlError = (value: string): string | null => {
    if (!value.trim()) return null;
    if (hasCredentials(value)) return credentialsError;
    return isSafeUrl(value) ? null : notWeb;
  };
  /** What is wrong with the typed base, shown beside its field, or null. */
  const baseError = (): string | null => {
    if (hasCredentials(state.base)) return credentialsError;
    return files().base ? null : say('badBase');
  };
  const baseErrorId = `${id}-base-error`;

  /** Warnings about the URLs in the snippet, each one line for the editor, tied to its field. */
  const warnings = (): Warning[] => {
    const { base } = files();
    const out: Warning[] = [];
    const push = (text: string, field: Warning['field'], invalid: boolean) => out.push({ text, field, invalid });
    // What is wrong with the base itself is said beside its field (baseError).
    if (!base) return out;
    const refused = state.kind === 'prerendered' ? state.source.result?.refused : undefined;
    if (refused) {
      push(say('refused', { reason: refused }), null, false);
    }
    if (isLocalOnly(base) && !(state.host === 'cdn' && state.kind !== 'iframe')) {
      push(
        say('localOnly', { host: new URL(base).host }),
        // It works here (a test, a preview): a warning about the field, not an error in it.
        'base',
        false,
      );
    }
    if (state.kind === 'iframe' && state.src.trim() && state.refresh > 0) {
      push(say('iframeRefresh'), 'refresh', false);
    }
    if (state.reach.result === 'failed') {
      const cdn = state.host === 'cdn' && state.kind === 'script';
      push(
        cdn ? say('cdnSilent', { url: state.reach.url }) : say('unreachable', { url: state.reach.url }),
        cdn ? null : 'base',
        !cdn,
      );
    }
    return out;
  };

  const embedOptions = (): EmbedOptions => ({
    tag: state.tag,
    lang: state.lang,
    theme: state.theme,
    // An address with a user name or password never reaches a snippet (said beside its field).
    src: (!hasCredentials(state.src) && state.src.trim()) || undefined,
    refresh: state.refresh > 0 ? state.refresh : undefined,
    articleUrl: (!hasCredentials(state.articleUrl) && state.articleUrl.trim()) || undefined,
    // The iframe's page has its own outline: the level is for the element on the host page.
    headingLevel: state.kind === 'iframe' ? undefined : state.level,
  });
  /** The preview's card sits under the generator's heading, one level below it. */
  const previewLevel = Math.min(Math.max(Math.round(options.headingLevel ?? 2), 1) + 1, 6);

  const snippet = (): string => {
    const o = embedOptions();
    const f = files();
    if (!f.base) return '';
    if (state.kind === 'prerendered') {
      // Written once this page's own pre-rendered page has been read and checked (readSource()).
      const markup = state.source.url === f.source ? state.source.result?.markup : undefined;
      return markup ? prerenderedSnippet(markup, o, f.script, f.cssBase) : '';
    }
    return state.kind === 'script'
      ? scriptSnippet(bundledStory, o, f.script)
      : iframeSnippet(bundledStory, o, f.prerendered, f.resizer, id, widget(o.tag).reservePx);
  };

  /** "6.1 KB (1.9 KB gzip)": what the snippet adds to the page. */
  const size = (text: string): string => {
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const bytes = new TextEncoder().encode(text).length;
    if (state.gzip.snippet !== text && typeof CompressionStream === 'function') {
      state.gzip = { snippet: text, bytes: 0 };
      void new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip')))
        .arrayBuffer()
        .then((zipped) => {
          if (!mounted || state.gzip.snippet !== text) return;
          state.gzip = { snippet: text, bytes: zipped.byteLength };
          draw();
        });
    }
    return state.gzip.snippet === text && state.gzip.bytes ? `${kb(bytes)} (${kb(state.gzip.bytes)} gzip)` : kb(bytes);
  };

  const preview = (box: HTMLElement) => {
    const o = embedOptions();
    const key = JSON.stringify([state.kind, o, files().prerendered]);
    if (key === shown) return;
    shown = key;
    if (state.kind !== 'iframe') {
      // The widgets this page already loaded render the preview.
      box.replaceChildren(elementDom(bundledStory, { ...o, headingLevel: previewLevel }));
    } else if (!files().prerendered) {
      box.replaceChildren();
    } else {
      const frame = document.createElement('iframe');
      frame.src = embedUrl(o, files().prerendered, id); // safe-url: normalizeBase
      frame.dataset.drwId = id;
      frame.title = t(o.lang, 'embed.frameTitle', {
        title: widget(o.tag).title(bundledStory, o.lang),
        publisher: bundledStory.article.publisher,
      });
      frame.lang = o.lang;
      frame.className = 'generator-frame';
      frame.style.height = `${widget(o.tag).reservePx}px`;
      box.replaceChildren(frame);
    }
  };

  const update = (patch: Partial<typeof state>) => {
    Object.assign(state, { status: '' }, patch);
    draw();
  };

  /**
   * "Copied" only once the clipboard took the code; otherwise the code is
   * selected for Ctrl+C / ⌘C and the status says the copy failed. No code (a
   * bad address): nothing is copied, and the status says why.
   */
  const copy = async () => {
    const text = snippet();
    const area = root.querySelector<HTMLTextAreaElement>('.generator-code')!;
    if (!text) {
      update({
        status: say('noCode'),
      });
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      update({ status: say('copied') });
    } catch {
      update({
        status: say('copyFailed'),
      });
      area.focus();
      area.select();
    }
  };

  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

  const draw = () => {
    const elements = definedWidgets();
    check();
    readSource();
    const warned = warnings();
    const badBase = baseError();
    const srcError = urlError(state.src);
    const articleError = urlError(state.articleUrl);
    const code = snippet();
    const warningId = (i: number) => `${id}-warning-${i}`;
    /** A field's description (its own error, then the warnings about it) and whether it is invalid. */
    const about = (field: Warning['field'], own: { id: string; error: string | null } | null = null) => {
      const ids = [
        ...(own?.error ? [own.id] : []),
        ...warned.flatMap((w, i) => (w.field === field ? [warningId(i)] : [])),
      ];
      const invalid = !!own?.error || warned.some((w) => w.field === field && w.invalid);
      return { describedby: ids.length ? ids.join(' ') : nothing, invalid: invalid ? 'true' : nothing };
    };
    const baseAbout = about('base', { id: baseErrorId, error: badBase });
    const srcAbout = about('src', { id: `${id}-src-error`, error: srcError });
    const articleAbout = about('article', { id: `${id}-article-error`, error: articleError });
    const refreshAbout = about('refresh');
    render(
      html`<form class="generator" @submit=${(e: Event) => e.preventDefault()}>
        <div class="generator-fields">
          <label
            >${bilingual(say('element'))}
            <select name="el" @change=${(e: Event) => update({ tag: value(e) as WidgetTag })}>
              ${elements.map((e) => html`<option value=${e.tag} ?selected=${e.tag === state.tag}>${e.name.it} / ${e.name.en}</option>`)}
            </select>
          </label>
          <label
            >${bilingual(say('language'))}
            <select name="lang" @change=${(e: Event) => update({ lang: value(e) as Lang })}>
              <option value="it" ?selected=${state.lang === 'it'}>Italiano</option>
              <option value="en" lang="en" ?selected=${state.lang === 'en'}>English</option>
            </select>
          </label>
          <label
            >${bilingual(say('theme'))}
            <select name="theme" @change=${(e: Event) => update({ theme: value(e) as EmbedOptions['theme'] })}>
              <option value="auto" ?selected=${state.theme === 'auto'}>${say('themeAuto')}</option>
              <option value="light" ?selected=${state.theme === 'light'}>${say('themeLight')}</option>
              <option value="dark" ?selected=${state.theme === 'dark'}>${say('themeDark')}</option>
            </select>
          </label>
          <label
            >${bilingual(say('headingLevel'))}
            <select name="level" ?disabled=${state.kind === 'iframe'} aria-describedby=${`${id}-level-hint`}
              @change=${(e: Event) => update({ level: Number(value(e)) })}>
              ${[2, 3, 4, 5, 6].map((n) => html`<option value=${n} ?selected=${state.level === n}>h${n}</option>`)}
            </select>
          </label>
          <p class="generator-field-hint generator-wide" id=${`${id}-level-hint`}>
            ${bilingual(say('headingLevelHint'))}
          </p>
          <fieldset>
            <legend>${bilingual(say('kind'))}</legend>
            <label><input type="radio" name="kind" value="script" .checked=${state.kind === 'script'} @change=${() => update({ kind: 'script' })} /> Script</label>
            <label><input type="radio" name="kind" value="iframe" .checked=${state.kind === 'iframe'} @change=${() => update({ kind: 'iframe' })} /> iframe</label>
            <label
              ><input type="radio" name="kind" value="prerendered" .checked=${state.kind === 'prerendered'} @change=${() => update({ kind: 'prerendered' })} />
              ${bilingual(say('prerendered'))}</label
            >
          </fieldset>
          <label
            >${bilingual(say('src'))}
            <input name="src" type="url" .value=${state.src} aria-invalid=${srcAbout.invalid}
              aria-describedby=${srcAbout.describedby} @input=${(e: Event) => update({ src: value(e) })} />
          </label>
          ${srcError ? html`<p class="generator-warning generator-wide" id=${`${id}-src-error`}>⚠ ${bilingual(srcError)}</p>` : ''}
          <label
            >${bilingual(say('refresh'))}
            <input name="refresh" type="number" min="0" step="1" .value=${String(state.refresh)} ?disabled=${!state.src.trim()}
              aria-invalid=${refreshAbout.invalid} aria-describedby=${refreshAbout.describedby}
              @input=${(e: Event) => update({ refresh: Math.max(0, Math.round(Number(value(e)) || 0)) })} />
          </label>
          <label
            >${bilingual(say('article'))}
            <input name="article" type="url" .value=${state.articleUrl} aria-invalid=${articleAbout.invalid}
              aria-describedby=${articleAbout.describedby}
              @input=${(e: Event) => update({ articleUrl: value(e) })} />
          </label>
          ${articleError ? html`<p class="generator-warning generator-wide" id=${`${id}-article-error`}>⚠ ${bilingual(articleError)}</p>` : ''}
          <label class="generator-wide"
            >${bilingual(say('base'))}
            <input
              name="base"
              type="url"
              .value=${state.base}
              aria-invalid=${baseAbout.invalid}
              aria-describedby=${baseAbout.describedby}
              @change=${(e: Event) => update({ base: value(e) })}
            />
          </label>
          ${badBase ? html`<p class="generator-warning generator-wide" id=${baseErrorId}>⚠ ${bilingual(badBase)}</p>` : ''}
          ${
            state.kind !== 'iframe'
              ? html`<fieldset>
                <legend>${bilingual(say('scriptFrom'))}</legend>
                <label><input type="radio" name="host" value="self" .checked=${state.host === 'self'} @change=${() => update({ host: 'self' })} /> ${bilingual(say('thisHost'))}</label>
                <label
                  ><input type="radio" name="host" value="cdn" .checked=${state.host === 'cdn'} @change=${() => update({ host: 'cdn' })} /> jsDelivr (npm,
                  ${bilingual(say('oncePublished'))})</label
                >
              </fieldset>`
              : ''
          }
        </div>
        <label class="generator-code-label"
          >${bilingual(say('code'))}
          <textarea class="generator-code" readonly rows="5" .value=${code}></textarea>
        </label>
        <p class="generator-size">${code ? html`${bilingual(say('size'))}: <span class="generator-bytes">${size(code)}</span>` : ''}</p>
        <div class="generator-warnings" role="status">
          ${warned.map((w, i) => html`<p class="generator-warning" id=${warningId(i)}>⚠ ${bilingual(w.text)}</p>`)}
          ${!warned.length && code && state.reach.result === 'ok' ? html`<p class="generator-ok">✓ ${state.reach.url}</p>` : ''}
        </div>
        <p>
          <button type="button" class="generator-copy" @click=${copy}>${bilingual(say('copy'))}</button>
          <span class="generator-status" role="status">${bilingual(state.status)}</span>
        </p>
        <p class="generator-hint">${bilingual(HINTS[state.kind])}</p>
        <section class="generator-preview" aria-labelledby=${`${id}-preview-label`}>
          <p class="generator-preview-label" id=${`${id}-preview-label`}>${bilingual(say('preview'))}</p>
          <div class="generator-preview-box"></div>
        </section>
      </form>`,
      root,
    );
    preview(root.querySelector<HTMLElement>('.generator-preview-box')!);
  };

  draw();
  return () => {
    clearTimeout(checkTimer);
    mounted = false;
    stopResizer();
    render(html``, root);
    root.replaceChildren();
  };
}
