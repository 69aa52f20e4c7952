import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hostOf } from '../base/host-of.js';
import { quoted } from '../guards/quote.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export type Scheme = 'light' | 'dark';

type Host = ReactiveControllerHost & HTMLElement & { theme: string | null; internals?: ElementInternals };

/**
 * Page-wide signals that can change what `auto` means: the reader's setting,
 * and the host page's own `color-scheme` (a site's dark-mode toggle usually
 * flips a class or attribute on <html> or <body>, or a <meta name="color-scheme">).
 * One media query listener and one MutationObserver serve every widget on the page.
 */
const controllers = new Set<ThemeController>();
let teardown: (() => void) | null = null;
let darkQuery: MediaQueryList | null = null;

/** Widgets whose page scheme has not been read since they connected or the page changed. */
const pending = new Set<ThemeController>();

function watch(controller: ThemeController): void {
  controllers.add(controller);
  if (teardown) return;
  darkQuery = matchMedia('(prefers-color-scheme: dark)');
  // The page changed: every widget's surroundings are read again, in one pass.
  const notify = () => {
    for (const c of controllers) pending.add(c);
    readPending();
  };
  darkQuery.addEventListener('change', notify);
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
  if (document.head) {
    observer.observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content'] });
  }
  teardown = () => {
    darkQuery?.removeEventListener('change', notify);
    observer.disconnect();
    darkQuery = null;
  };
}

function unwatch(controller: ThemeController): void {
  controllers.delete(controller);
  pending.delete(controller);
  if (controllers.size === 0) {
    teardown?.();
    teardown = null;
  }
}

/**
 * Reads the page's `color-scheme` around every pending widget in one pass:
 * all the reads come before any widget re-renders, so a page of a thousand
 * widgets costs the browser one style computation, not one per widget. Each
 * distinct surrounding element is read once.
 */
function readPending(): void {
  if (!pending.size) return;
  const batch = [...pending];
  pending.clear();
  const seen = new Map<Element, Scheme | null>();
  const prefersDark = darkQuery?.matches ?? matchMedia('(prefers-color-scheme: dark)').matches;
  const reading = new Set(batch);
  for (const c of batch)
    c.page = c.composed(reading) ?? readScheme(c.around(), seen) ?? (prefersDark ? 'dark' : 'light');
  for (const c of batch) c.resolve();
}

/** The `color-scheme` the page gives an element, as the browser computed it; null when the page leaves it to the reader. */
function readScheme(around: Element, seen: Map<Element, Scheme | null>): Scheme | null {
  if (seen.has(around)) return seen.get(around)!;
  const schemes = (getComputedStyle(around).colorScheme || 'normal').split(/\s+/);
  const light = schemes.includes('light');
  const dark = schemes.includes('dark');
  const scheme = dark && !light ? 'dark' : light && !dark ? 'light' : null; // `normal` or `light dark`: the reader's choice
  seen.set(around, scheme);
  return scheme;
}

const byHost = new WeakMap<HTMLElement, ThemeController>();

/**
 * Tells a widget that its surroundings' `color-scheme` may have changed for a
 * reason no page-wide signal catches (a composing element re-themed the section
 * it sits in). It reads it again with the next batch, before its next render.
 */
export function surroundingsChanged(host: HTMLElement): void {
  const controller = byHost.get(host);
  if (!controller) return;
  pending.add(controller);
  (host as Host).requestUpdate();
}

/**
 * Resolves `theme` to a colour scheme. `auto` (the default) follows the host
 * page's `color-scheme` when it forces one, else the reader's
 * `prefers-color-scheme`. The result is exposed as the custom state
 * `:state(dark)` / `:state(light)` so embedders can theme each scheme.
 *
 * The page is never read while connecting, and not on every update: a widget
 * that connects is queued, and its first update reads the surroundings of
 * every queued widget at once (see {@link readPending}); page changes are read
 * in one pass for all widgets, when the observers report them.
 */
export class ThemeController implements ReactiveController {
  scheme: Scheme = 'light';
  /** The host's `theme` when it is not one we know. */
  unknown: string | null = null;
  /** What `auto` means here, as last read from the page. @internal */
  page: Scheme = 'light';

  constructor(private readonly host: Host) {
    host.addController(this);
    byHost.set(host, this);
  }

  /**
   * For a card another widget renders (the story's): that widget's scheme,
   * which its section sets as `color-scheme` around the card, known without a
   * style read (a forced style computation of the tree just rendered); null
   * elsewhere, or while that widget is itself being read again. @internal
   */
  composed(reading: Set<ThemeController>): Scheme | null {
    const host = hostOf(this.host);
    const composer = host ? byHost.get(host as HTMLElement) : undefined;
    return composer && !reading.has(composer) ? composer.scheme : null;
  }

  /** The element whose computed `color-scheme` is the widget's surroundings. @internal */
  around(): Element {
    return this.host.parentElement ?? hostOf(this.host) ?? document.documentElement;
  }

  hostConnected(): void {
    watch(this);
    pending.add(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  hostUpdate(): void {
    if (pending.has(this)) readPending();
    else this.resolve();
  }

  /** Applies `theme` to the page's scheme as last read (no style is read here). */
  resolve(): void {
    const raw = this.host.theme;
    const known = (THEMES as readonly string[]).includes(raw ?? 'auto');
    const theme = (known ? (raw ?? 'auto') : 'auto') as Theme;
    // On the server (src/ssr/) no page is known: `page` stays light, turned dark by the pre-rendered stylesheet where the reader prefers it.
    const scheme: Scheme = theme === 'auto' ? this.page : theme;
    const unknown = known ? null : raw;
    if (unknown !== null && unknown !== this.unknown) {
      console.warn(
        `[dprk-russia-widgets] <${this.host.localName}> has theme=${quoted(unknown)}; use auto, light or dark. Using auto.`,
      );
    }
    if (scheme !== this.scheme || unknown !== this.unknown) {
      this.scheme = scheme;
      this.unknown = unknown;
      this.host.requestUpdate();
    }
    const states = this.host.internals?.states;
    if (states && !states.has(scheme)) {
      states.delete(scheme === 'dark' ? 'light' : 'dark');
      states.add(scheme);
    }
  }
}
