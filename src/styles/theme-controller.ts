import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export type Scheme = 'light' | 'dark';

type Host = ReactiveControllerHost & HTMLElement & { theme: string | null; internals?: ElementInternals };

/**
 * Page-wide signals that can change what `auto` means: the reader's setting,
 * and the host page's own `color-scheme` (a site's dark-mode toggle usually
 * flips a class or attribute on <html> or <body>, or a <meta name="color-scheme">).
 */
const listeners = new Set<() => void>();
let teardown: (() => void) | null = null;

function watchScheme(listener: () => void): () => void {
  listeners.add(listener);
  if (!teardown) {
    const notify = () => listeners.forEach((fn) => fn());
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', notify);
    const observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true });
    if (document.body) observer.observe(document.body, { attributes: true });
    if (document.head) {
      observer.observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content'] });
    }
    teardown = () => {
      media.removeEventListener('change', notify);
      observer.disconnect();
    };
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      teardown?.();
      teardown = null;
    }
  };
}

/** The `color-scheme` the page gives the widget's surroundings, as the browser computed it. */
function pageScheme(host: HTMLElement): Scheme | null {
  const around = host.parentElement ?? (host.getRootNode() as ShadowRoot).host ?? document.documentElement;
  const value = getComputedStyle(around).colorScheme || 'normal';
  const schemes = value.split(/\s+/);
  const light = schemes.includes('light');
  const dark = schemes.includes('dark');
  if (dark && !light) return 'dark';
  if (light && !dark) return 'light';
  return null; // `normal` or `light dark`: the page leaves it to the reader
}

/**
 * Resolves `theme` to a colour scheme. `auto` (the default) follows the host
 * page's `color-scheme` when it forces one, else the reader's
 * `prefers-color-scheme`. The result is exposed as the custom state
 * `:state(dark)` / `:state(light)` so embedders can theme each scheme.
 */
export class ThemeController implements ReactiveController {
  scheme: Scheme = 'light';
  /** The host's `theme` when it is not one we know. */
  unknown: string | null = null;
  private unwatch: (() => void) | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch = watchScheme(() => this.resolve());
    this.resolve();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = null;
  }

  hostUpdate(): void {
    this.resolve();
  }

  resolve(): void {
    const raw = this.host.theme;
    const known = (THEMES as readonly string[]).includes(raw ?? 'auto');
    const theme = (known ? raw ?? 'auto' : 'auto') as Theme;
    const scheme: Scheme =
      theme === 'auto'
        ? // On the server (src/ssr/) no page is known: light, turned dark by the pre-rendered stylesheet where the reader prefers it.
          isServer
          ? 'light'
          : pageScheme(this.host) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')
        : theme;
    const unknown = known ? null : raw;
    if (unknown !== null && unknown !== this.unknown) {
      console.warn(`[dprk-russia-widgets] <${this.host.localName}> has theme="${unknown}"; use auto, light or dark. Using auto.`);
    }
    if (scheme !== this.scheme || unknown !== this.unknown) {
      this.scheme = scheme;
      this.unknown = unknown;
      this.host.requestUpdate();
    }
    const states = this.host.internals?.states;
    if (states) {
      states.delete(scheme === 'dark' ? 'light' : 'dark');
      states.add(scheme);
    }
  }
}
