// The embed-code generator: pick an element, language, theme and kind of
// embed, see it live, copy a one-line snippet for a CMS.
import { html, render } from 'lit';
import { bundledStory } from '../src/data/story.js';
import { definedEmbedElements, DEFAULT_TAG, type EmbedTag } from '../src/embed/elements.js';
import { installIframeResizer } from '../src/embed/resizer.js';
import { RESERVE_PX } from '../src/embed/reserve.js';
import { elementDom, embedUrl, iframeSnippet, scriptSnippet, type EmbedOptions } from '../src/embed/snippet.js';
import type { Lang } from '../src/i18n/i18n.js';
import pkg from '../package.json' with { type: 'json' };

export interface GeneratorOptions {
  /** The iframe embed page (demo/embed.html) as readers will reach it. */
  embedPage: string;
  /** The all-in-one module bundle. Default: jsDelivr, pinned to this version. */
  scriptUrl?: string;
  /** The parent-page script that fits iframes to their content. */
  resizerUrl?: string;
}

type Kind = 'script' | 'iframe';

/** Renders the generator into `root`; returns a function that takes it down. */
export function mountGenerator(root: HTMLElement, options: GeneratorOptions): () => void {
  const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist`;
  const state = {
    tag: DEFAULT_TAG as EmbedTag,
    lang: 'it' as Lang,
    theme: 'auto' as EmbedOptions['theme'],
    kind: 'script' as Kind,
    src: '',
    refresh: 0,
    articleUrl: '',
    scriptUrl: options.scriptUrl ?? `${cdn}/dprk-russia-widgets.js`,
    status: '',
  };
  const resizerUrl = options.resizerUrl ?? `${cdn}/embed/iframe-resizer.js`;
  // An id per generator session, so two embeds pasted in one page are told apart.
  const id = `drw-${Math.random().toString(36).slice(2, 8)}`;
  const stopResizer = installIframeResizer(window);
  let shown = '';

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
    return state.kind === 'script'
      ? scriptSnippet(bundledStory, o, state.scriptUrl.trim())
      : iframeSnippet(bundledStory, o, options.embedPage, resizerUrl, id, RESERVE_PX[o.tag] ?? 600);
  };

  const preview = (box: HTMLElement) => {
    const o = embedOptions();
    const key = JSON.stringify([state.kind, o]);
    if (key === shown) return;
    shown = key;
    if (state.kind === 'script') {
      box.replaceChildren(elementDom(bundledStory, o));
    } else {
      const frame = document.createElement('iframe');
      frame.src = embedUrl(o, options.embedPage, id);
      frame.dataset.drwId = id;
      frame.title = 'Anteprima / Preview';
      frame.className = 'generator-frame';
      frame.style.height = `${RESERVE_PX[o.tag] ?? 600}px`;
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
    const elements = definedEmbedElements();
    render(
      html`<form class="generator" @submit=${(e: Event) => e.preventDefault()}>
        <div class="generator-fields">
          <label
            >Elemento / Element
            <select name="el" @change=${(e: Event) => update({ tag: value(e) as EmbedTag })}>
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
          ${state.kind === 'script'
            ? html`<label
                >URL dello script / Script URL
                <input name="script" type="url" .value=${state.scriptUrl} @input=${(e: Event) => update({ scriptUrl: value(e) })} />
              </label>`
            : ''}
        </div>
        <label class="generator-code-label"
          >Codice da incollare (una riga) / Code to paste (one line)
          <textarea class="generator-code" readonly rows="5" .value=${snippet()}></textarea>
        </label>
        <p>
          <button type="button" class="generator-copy" @click=${copy}>Copia il codice / Copy the code</button>
          <span class="generator-status" role="status">${state.status}</span>
        </p>
        <p class="generator-hint">
          ${state.kind === 'script'
            ? 'Il testo dentro l’elemento è per chi legge senza JavaScript e tiene lo spazio del widget. / The text inside the element is for readers without JavaScript and holds the widget’s space.'
            : 'Per i CMS che tolgono gli script: l’iframe funziona anche da solo; lo script, dove è permesso, lo adatta all’altezza del widget. / For CMSes that strip scripts: the iframe works alone; the script, where allowed, fits it to the widget.'}
        </p>
        <div class="generator-preview" aria-label="Anteprima / Preview"></div>
      </form>`,
      root,
    );
    preview(root.querySelector<HTMLElement>('.generator-preview')!);
  };

  draw();
  return () => {
    stopResizer();
    render(html``, root);
    root.replaceChildren();
  };
}
