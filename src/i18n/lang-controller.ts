import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, toLang, type Lang } from './i18n.js';
import { ensureLang, hasLang } from './text.js';
import { quoted } from '../guards/quote.js';

type Host = ReactiveControllerHost & HTMLElement & { lang: string | null | undefined; hasUpdated: boolean };

/**
 * One observer for every widget on the page: a CMS or a site's language switch
 * that changes `lang` anywhere re-resolves every widget that has no `lang` of its own.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | null = null;

function watchLangChanges(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((fn) => fn()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  };
}

/** Closest `lang` above the element, crossing shadow roots (a widget inside another widget). */
function inheritedLang(el: Element): string | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * Resolves the widget's language: its own `lang` attribute (`it` or `en`),
 * else the closest `lang` on the page, else Italian, the story's language.
 *
 * A page loads only the text of the languages it shows (src/i18n/text.ts): a
 * language is used once its text is in. Until then the widget keeps the
 * language it shows, then switches in one render; before its first render it
 * waits (`ready()`), so no render shows a key, an empty line or two languages.
 */
export class LangController implements ReactiveController {
  lang: Lang = DEFAULT_LANG;
  /** The host's own `lang` when it names a language we do not have. */
  unknown: string | null = null;
  private unwatch: (() => void) | null = null;
  private warned: string | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch = watchLangChanges(() => this.resolve());
    this.resolve();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = null;
  }

  /** The language the page asks of the widget, and its own `lang` when that names a language we do not have. */
  wanted(): { lang: Lang; unknown: string | null } {
    const own = this.host.lang || null;
    const ownLang = toLang(own);
    const unknown = own !== null && own.trim() !== '' && !ownLang ? own : null;
    return { lang: ownLang ?? toLang(inheritedLang(this.host)) ?? DEFAULT_LANG, unknown };
  }

  resolve(): void {
    const { lang, unknown } = this.wanted();
    // Warned once per value, also while the language it falls back to is loading.
    if (unknown === null) this.warned = null;
    else if (unknown !== this.warned) {
      this.warned = unknown;
      console.warn(
        `[dprk-russia-widgets] <${this.host.localName}> has lang=${quoted(unknown)}; it speaks "it" or "en", using "${lang}".`,
      );
    }
    if (!hasLang(lang)) {
      // Re-resolved on arrival: the page may want another language by then.
      ensureLang(lang).then(
        () => this.resolve(),
        (error: unknown) =>
          console.warn(`[dprk-russia-widgets] <${this.host.localName}>: the "${lang}" text did not load.`, error),
      );
      // Nothing on screen yet: the first render waits for this language (ready()), not for another one already loaded.
      if (!this.host.hasUpdated || !hasLang(this.lang)) {
        this.lang = lang;
        this.unknown = unknown;
      }
      return;
    }
    if (lang !== this.lang || unknown !== this.unknown) {
      this.lang = lang;
      this.unknown = unknown;
      this.host.requestUpdate();
    }
  }

  /**
   * Settles once the widget's language has its text, for its first render.
   * A failed load is tried again a few times (a network blip); until then the
   * page's fallback content stays on screen.
   */
  async ready(): Promise<void> {
    for (let attempt = 1; !hasLang(this.lang); attempt++) {
      try {
        // On arrival resolve() (above) moves `lang` to the page's wish, or keeps this one.
        await ensureLang(this.lang);
      } catch (error) {
        if (attempt >= 4) throw error;
        await new Promise((retry) => setTimeout(retry, 500 * 2 ** attempt));
      }
    }
  }
}
