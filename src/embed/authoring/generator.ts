// The embed-code generator: pick a widget, language, theme and kind of embed,
// see it live, copy a one-line snippet for a CMS. Every URL in a snippet comes
// from where the widgets are hosted: by default the copy of dist/ this page
// was served from, or a base URL the publisher types in.
import { html, render } from 'lit';
import { bundledStory } from '../../data/story.js';
import { WIDGETS, DEFAULT_TAG, widget, type WidgetTag } from '../../widgets.js';
import { installIframeResizer } from '../host/resizer.js';
import { EMBED_PAGE_FILE } from '../protocol.js';
import {
  elementDom,
  embedUrl,
  iframeSnippet,
  markupFromEmbedPage,
  prerenderedPageUrl,
  prerenderedSnippet,
  scriptSnippet,
  type EmbedOptions,
} from './snippet.js';
import { safeUrl } from '../../guards/safe-url.js';
import type { Lang } from '../../i18n/i18n.js';
import pkg from '../../../package.json' with { type: 'json' };

export interface GeneratorOptions {
  /**
   * The folder where dist/ is served, as readers' browsers will reach it
   * (the demo passes the folder above its own page). The publisher can change it.
   */
  base: string;
}

type Kind = 'script' | 'iframe' | 'prerendered';
type Host = 'self' | 'cdn';

/** The package on jsDelivr, pinned to this version: it answers only once the package is published on npm. */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`;

/**
 * Where each file a snippet for `tag` needs lives, under a hosted copy of dist/.
 * The script is the widget's own entry: it loads what that widget needs (the
 * shared core chunk beside it), not every element (README, "How the widgets load").
 */
export const hostedFiles = (base: string, tag: WidgetTag) => ({
  script: new URL(`${tag}.js`, base).href,
  resizer: new URL('embed/iframe-resizer.js', base).href,
  embedPage: new URL(EMBED_PAGE_FILE, base).href,
});

/** The base as a folder URL (ending in /), or null when it is not a web address. */
export function normalizeBase(value: string): string | null {
  const url = safeUrl(value.trim());
  if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\//i.test(value.trim())) return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** Whether readers' browsers elsewhere could never reach this host (it names the machine the browser runs on). */
export function isLocalOnly(base: string): boolean {
  const host = new URL(base).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\./.test(host);
}

/** What each kind of snippet is for, under the code. */
export const HINTS: Record<Kind, string> = {
  script:
    'Il testo dentro l’elemento è per chi legge senza JavaScript e tiene lo spazio del widget. / The text inside the element is for readers without JavaScript and holds the widget’s space.',
  iframe:
    'Per i CMS che tolgono gli script: l’iframe funziona anche da solo (la pagina è già pre-renderizzata); lo script, dove è permesso, lo adatta all’altezza del widget. / For CMSes that strip scripts: the iframe works alone (its page is pre-rendered); the script, where allowed, fits it to the widget.',
  prerendered:
    'La scheda intera è nel codice (declarative shadow DOM): si legge prima di ogni script e anche senza JavaScript, e occupa già il suo spazio; lo script la rende interattiva e disegna il grafico. ' +
    'Serve un CMS che pubblichi l’HTML così com’è: il blocco HTML personalizzato di WordPress per chi ha il permesso unfiltered_html, la scheda HTML di Ghost, un formato di testo di Drupal senza filtro HTML, i template di un generatore di siti statici. ' +
    'Gli editor che ripuliscono l’HTML incollato tolgono <template shadowrootmode> o il suo attributo (WordPress per gli autori senza unfiltered_html, DOMPurify con le impostazioni predefinite): prima dello script si vede allora ciò che la pulizia ha lasciato (niente, o testo senza stile) e la scheda appare quando arriva lo script, come con lo snippet Script. Verifica la pagina pubblicata con JavaScript disattivato. / ' +
    'The whole card is in the code (declarative shadow DOM): it reads before any script and without JavaScript, and already takes its space; the script makes it interactive and draws the chart. ' +
    'It needs a CMS that publishes HTML as written: WordPress’s Custom HTML block for users with the unfiltered_html capability, Ghost’s HTML card, a Drupal text format with no HTML filter, a static-site generator’s templates. ' +
    'Editors that clean pasted HTML drop <template shadowrootmode> or its attribute (WordPress for authors without unfiltered_html, DOMPurify with its default settings): before the script, readers then see whatever the cleaning left (nothing, or unstyled text), and the card appears when the script arrives, as with the Script snippet. Check the published page with JavaScript turned off.',
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
    status: '',
    /** What the last reachability check found, for the URL it checked (and, for a pre-rendered page, the widget's markup in it). */
    reach: { url: '', result: 'checking' as 'checking' | 'ok' | 'failed', markup: null as string | null },
    /** The pre-rendered snippet's size gzipped, for the snippet it was measured on. */
    gzip: { snippet: '', bytes: 0 },
  };
  // An id per generator session, so two embeds pasted in one page are told apart.
  const id = `drw-${Math.random().toString(36).slice(2, 8)}`;
  const stopResizer = installIframeResizer(window);
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
      // The pre-rendered page of the widget chosen (its iframe page, and where the pre-rendered snippet's markup comes from).
      prerendered: base ? prerenderedPageUrl(state, base) : '',
      // The stylesheets a pre-rendered snippet links: next to the script it loads.
      cssBase: state.host === 'cdn' && state.kind === 'prerendered' ? CDN_BASE : (base ?? ''),
    };
  };
  /** The file whose answer tells whether the chosen host serves the widgets. */
  const probeUrl = () => (state.kind === 'script' ? files().script : files().prerendered);

  const check = () => {
    const url = probeUrl();
    if (!url || url === state.reach.url) return;
    state.reach = { url, result: 'checking', markup: null };
    clearTimeout(checkTimer);
    const tag = state.tag;
    checkTimer = setTimeout(async () => {
      let ok = false;
      let markup: string | null = null;
      try {
        // The same request a reader's browser makes for a module script from another origin (CORS).
        // A pre-rendered page is read whole: the pre-rendered snippet is its widget's markup.
        const response = await fetch(url, { method: url.endsWith('.html') ? 'GET' : 'HEAD', cache: 'no-store', mode: 'cors' });
        ok = response.ok;
        if (ok && url.endsWith('.html')) markup = markupFromEmbedPage(await response.text(), tag);
      } catch {
        ok = false;
      }
      if (!mounted || state.reach.url !== url) return;
      state.reach = { url, result: ok ? 'ok' : 'failed', markup };
      if (!ok) console.warn(`[dprk-russia-widgets] generator: ${url} could not be loaded from this page.`);
      draw();
    }, 300);
  };

  /** Warnings about the URLs in the snippet, each one line for the editor. */
  const warnings = (): string[] => {
    const { base } = files();
    const out: string[] = [];
    if (!base) {
      out.push('Indirizzo non valido: serve un URL http(s) della cartella dist/. / Not a web address: enter the http(s) URL of the dist/ folder.');
      return out;
    }
    if (isLocalOnly(base) && !(state.host === 'cdn' && state.kind !== 'iframe')) {
      out.push(
        `${new URL(base).host} funziona solo su questo computer: copia dist/ sul tuo sito o su una CDN e scrivi qui il suo indirizzo. / ` +
          `${new URL(base).host} works only on this computer: copy dist/ to your site or a CDN and enter its address here (README, “Host it yourself”).`,
      );
    }
    if (state.reach.result === 'failed') {
      out.push(
        state.host === 'cdn' && state.kind === 'script'
          ? `${state.reach.url} non risponde: il pacchetto forse non è ancora pubblicato su npm. / ${state.reach.url} does not answer: the package may not be published on npm yet. Use your own host.`
          : `${state.reach.url} non si carica da questa pagina: controlla l’indirizzo e che il server invii Access-Control-Allow-Origin. / ` +
              `${state.reach.url} could not be loaded from this page: check the address, and that the host sends Access-Control-Allow-Origin.`,
      );
    }
    return out;
  };

  const embedOptions = (): EmbedOptions => ({
    tag: state.tag,
    lang: state.lang,
    theme: state.theme,
    src: state.src.trim() || undefined,
    refresh: state.refresh > 0 ? state.refresh : undefined,
    articleUrl: state.articleUrl.trim() || undefined,
  });


  const snippet = (): string => {
    const o = embedOptions();
    const f = files();
    if (!f.base) return '';
    if (state.kind === 'prerendered') {
      // Written once the pre-rendered page has been read (check()).
      return state.reach.url === f.prerendered && state.reach.markup ? prerenderedSnippet(state.reach.markup, o, f.script, f.cssBase) : '';
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
      void new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer().then((zipped) => {
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
      box.replaceChildren(elementDom(bundledStory, o));
    } else if (!files().prerendered) {
      box.replaceChildren();
    } else {
      const frame = document.createElement('iframe');
      frame.src = embedUrl(o, files().prerendered, id); // safe-url: normalizeBase
      frame.dataset.drwId = id;
      frame.title = 'Anteprima / Preview';
      frame.className = 'generator-frame';
      frame.style.height = `${widget(o.tag).reservePx}px`;
      box.replaceChildren(frame);
    }
  };

  const update = (patch: Partial<typeof state>) => {
    Object.assign(state, { status: '' }, patch);
    draw();
  };

  const copy = async () => {
    const text = snippet();
    const area = root.querySelector<HTMLTextAreaElement>('.generator-code')!;
    try {
      await navigator.clipboard.writeText(text);
      update({ status: 'Copiato / Copied' });
    } catch {
      // No clipboard permission (or an old browser): select the code for Ctrl+C / ⌘C.
      area.focus();
      area.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      update({ status: copied ? 'Copiato / Copied' : 'Codice selezionato: premi Ctrl+C / ⌘C · Code selected: press Ctrl+C / ⌘C' });
      area.select();
    }
  };

  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

  const draw = () => {
    const elements = definedWidgets();
    check();
    const warned = warnings();
    const code = snippet();
    render(
      html`<form class="generator" @submit=${(e: Event) => e.preventDefault()}>
        <div class="generator-fields">
          <label
            >Elemento / Element
            <select name="el" @change=${(e: Event) => update({ tag: value(e) as WidgetTag })}>
              ${elements.map((e) => html`<option value=${e.tag} ?selected=${e.tag === state.tag}>${e.name.it} / ${e.name.en}</option>`)}
            </select>
          </label>
          <label
            >Lingua / Language
            <select name="lang" @change=${(e: Event) => update({ lang: value(e) as Lang })}>
              <option value="it" ?selected=${state.lang === 'it'}>Italiano</option>
              <option value="en" ?selected=${state.lang === 'en'}>English</option>
            </select>
          </label>
          <label
            >Tema / Theme
            <select name="theme" @change=${(e: Event) => update({ theme: value(e) as EmbedOptions['theme'] })}>
              <option value="auto" ?selected=${state.theme === 'auto'}>Automatico / Auto</option>
              <option value="light" ?selected=${state.theme === 'light'}>Chiaro / Light</option>
              <option value="dark" ?selected=${state.theme === 'dark'}>Scuro / Dark</option>
            </select>
          </label>
          <fieldset>
            <legend>Tipo / Kind</legend>
            <label><input type="radio" name="kind" value="script" .checked=${state.kind === 'script'} @change=${() => update({ kind: 'script' })} /> Script</label>
            <label><input type="radio" name="kind" value="iframe" .checked=${state.kind === 'iframe'} @change=${() => update({ kind: 'iframe' })} /> iframe</label>
            <label
              ><input type="radio" name="kind" value="prerendered" .checked=${state.kind === 'prerendered'} @change=${() => update({ kind: 'prerendered' })} />
              Pre-renderizzato / Pre-rendered</label
            >
          </fieldset>
          <label
            >Dati aggiornati (URL JSON, facoltativo) / Fresh data (JSON URL, optional)
            <input name="src" type="url" .value=${state.src} @input=${(e: Event) => update({ src: value(e) })} />
          </label>
          <label
            >Ricarica ogni (secondi, 0 = mai) / Refresh every (seconds, 0 = never)
            <input name="refresh" type="number" min="0" step="1" .value=${String(state.refresh)} ?disabled=${!state.src.trim()}
              @input=${(e: Event) => update({ refresh: Math.max(0, Math.round(Number(value(e)) || 0)) })} />
          </label>
          <label
            >Link all’articolo (facoltativo) / Article link (optional)
            <input name="article" type="url" .value=${state.articleUrl} @input=${(e: Event) => update({ articleUrl: value(e) })} />
          </label>
          <label class="generator-wide"
            >Dove sono i widget (URL della cartella dist/) / Where the widgets are hosted (URL of the dist/ folder)
            <input name="base" type="url" .value=${state.base} @change=${(e: Event) => update({ base: value(e) })} />
          </label>
          ${state.kind !== 'iframe'
            ? html`<fieldset>
                <legend>Script da / Script from</legend>
                <label><input type="radio" name="host" value="self" .checked=${state.host === 'self'} @change=${() => update({ host: 'self' })} /> questo indirizzo / this host</label>
                <label
                  ><input type="radio" name="host" value="cdn" .checked=${state.host === 'cdn'} @change=${() => update({ host: 'cdn' })} /> jsDelivr (npm,
                  dopo la pubblicazione / once published)</label
                >
              </fieldset>`
            : ''}
        </div>
        <label class="generator-code-label"
          >Codice da incollare (una riga) / Code to paste (one line)
          <textarea class="generator-code" readonly rows="5" .value=${code}></textarea>
        </label>
        <p class="generator-size">${code ? html`Dimensione / Size: <span class="generator-bytes">${size(code)}</span>` : ''}</p>
        <div class="generator-warnings" role="status">
          ${warned.map((w) => html`<p class="generator-warning">⚠ ${w}</p>`)}
          ${!warned.length && state.reach.result === 'ok' ? html`<p class="generator-ok">✓ ${state.reach.url}</p>` : ''}
        </div>
        <p>
          <button type="button" class="generator-copy" @click=${copy}>Copia il codice / Copy the code</button>
          <span class="generator-status" role="status">${state.status}</span>
        </p>
        <p class="generator-hint">${HINTS[state.kind]}</p>
        <div class="generator-preview" aria-label="Anteprima / Preview"></div>
      </form>`,
      root,
    );
    preview(root.querySelector<HTMLElement>('.generator-preview')!);
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
