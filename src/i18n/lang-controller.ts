import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, toLang, type Lang } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement & { lang: string | null | undefined };

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
 */
export class LangController implements ReactiveController {
  lang: Lang = DEFAULT_LANG;
  /** The host's own `lang` when it names a language we do not have. */
  unknown: string | null = null;
  private unwatch: (() => void) | null = null;

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

  resolve(): void {
    const own = this.host.lang || null;
    const ownLang = toLang(own);
    const unknown = own !== null && own.trim() !== '' && !ownLang ? own : null;
    const lang = ownLang ?? toLang(inheritedLang(this.host)) ?? DEFAULT_LANG;
    if (unknown !== null && unknown !== this.unknown) {
      console.warn(`[dprk-russia-widgets] <${this.host.localName}> has lang="${unknown}"; it speaks "it" or "en", using "${lang}".`);
    }
    if (lang !== this.lang || unknown !== this.unknown) {
      this.lang = lang;
      this.unknown = unknown;
      this.host.requestUpdate();
    }
  }
}
