import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Story } from './schema.js';
import { bundledStory } from './story.js';
import { DataErrorEvent, DataLoadEvent, type DataErrorReason } from './events.js';
import { MAX_JSON_BYTES } from '../guards/limits.js';
import { safeUrl } from '../guards/safe-url.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    src: string | null;
    /** `refresh` after its limits: seconds, or null for none. */
    readonly refreshSeconds: number | null;
    /** `src-timeout` after its limits, in milliseconds. */
    readonly timeoutMs: number;
    storyData?: Story | null;
  };

/** `application/json`, `application/ld+json`, … with or without parameters. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

class LoadError extends Error {
  constructor(
    readonly reason: DataErrorReason,
    readonly details: string[],
    readonly status?: number,
  ) {
    super(details.join('; '));
  }
}

/**
 * Where the widget's story comes from: the bundled data, an inline
 * `<script type="application/json">` child, or the JSON at `src` (which wins).
 * Loaded data is validated with the story schema; on any failure the data
 * already on screen stays, with a notice, a console warning and an event.
 *
 * Fresh data without a rebuild: with `refresh` (seconds) the `src` is fetched
 * again on that interval, past every cache; a CMS or script that rewrites the
 * inline JSON is picked up as it happens. Both stop when the widget leaves the page.
 */
export class StoryDataController implements ReactiveController {
  story: Story = bundledStory;
  /** `given`: handed down by a composing element (`storyData`), which did the loading. */
  origin: 'bundled' | 'given' | 'inline' | 'src' = 'bundled';
  error: DataErrorEvent | null = null;
  /** Settles when the current load attempt has finished, whatever its outcome. */
  settled: Promise<void> = Promise.resolve();
  private abort: AbortController | null = null;
  private loadedKey: string | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private timerKey: string | null = null;
  private busy = false;
  private mutations: MutationObserver | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.reload();
    this.schedule();
    if (typeof MutationObserver === 'function') {
      // Only the inline JSON matters; `reload` ignores changes that leave it as it was.
      this.mutations = new MutationObserver(() => this.reload());
      this.mutations.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type'] });
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
    this.loadedKey = null;
    this.mutations?.disconnect();
    this.mutations = null;
    this.busy = false;
    this.stopTimer();
  }

  /** Call when `src` or `refresh` may have changed: (re)starts or stops the refresh interval. */
  schedule(): void {
    const seconds = this.host.refreshSeconds;
    const src = this.host.src;
    if (!this.host.isConnected || !src || seconds === null) {
      this.stopTimer();
      return;
    }
    const ms = seconds * 1000;
    const key = `${src} ${ms}`;
    if (key === this.timerKey) return;
    this.stopTimer();
    this.timerKey = key;
    this.timer = setInterval(() => this.refreshNow(), ms);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.timerKey = null;
  }

  /** Fetches `src` again, bypassing caches; a failure keeps the data on screen. */
  private refreshNow(): void {
    // A fetch still running (slow server) is left to finish rather than piled on.
    if (!this.host.src || this.busy) return;
    this.reload(true, true);
  }

  /** Call when `src` (or the inline JSON) may have changed. */
  reload(force = false, fresh = false): void {
    const inline = this.inlineJson();
    const given = this.host.storyData ?? null;
    const key = this.host.src ? `src:${this.host.src}` : inline !== null ? `inline:${inline}` : given ? 'given' : 'bundled';
    if (!force && key === this.loadedKey && (key !== 'given' || given === this.story)) return;
    this.loadedKey = key;
    this.abort?.abort();
    if (key === 'bundled' || key === 'given') {
      this.apply(given ?? bundledStory, given ? 'given' : 'bundled', null);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const origin = this.host.src ? 'src' : 'inline';
    this.busy = true;
    this.settled = this.fetchAndValidate(origin, inline, abort.signal, fresh).then(
      (story) => {
        if (abort.signal.aborted) return;
        this.busy = false;
        this.apply(story, origin, null);
        this.host.dispatchEvent(new DataLoadEvent(origin));
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.busy = false;
        const failure =
          error instanceof LoadError ? error : new LoadError('network', [error instanceof Error ? error.message : String(error)]);
        const event = new DataErrorEvent(origin, failure.reason, failure.details, failure.status);
        console.warn(`[dprk-russia-widgets] <${this.host.localName}> could not use ${origin} data (${failure.reason}):`, failure.details.join('; '));
        this.apply(this.story, this.origin, event);
        this.host.dispatchEvent(event);
      },
    );
  }

  private apply(story: Story, origin: StoryDataController['origin'], error: DataErrorEvent | null): void {
    this.story = story;
    this.origin = origin;
    this.error = error;
    this.host.requestUpdate();
  }

  private inlineJson(): string | null {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script ? script.textContent ?? '' : null;
  }

  private async fetchAndValidate(origin: 'src' | 'inline', inline: string | null, signal: AbortSignal, fresh: boolean): Promise<Story> {
    const text = origin === 'src' ? await this.fetchText(this.srcUrl(fresh), signal, fresh) : inline!;
    // Checked before parsing: a huge body must not freeze the page in JSON.parse or in rendering.
    if (text.length > MAX_JSON_BYTES || new TextEncoder().encode(text).length > MAX_JSON_BYTES) {
      throw new LoadError('size', [`the JSON is larger than ${MAX_JSON_BYTES} bytes`]);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new LoadError('json', [error instanceof Error ? error.message : String(error)]);
    }
    // The validator is only needed for data an embedder supplies: load it then.
    const { validateStory } = await import('./schema.js');
    const result = validateStory(json);
    if (!result.ok) throw new LoadError('invalid', result.errors.slice(0, 10));
    return result.story;
  }

  /**
   * The URL to fetch for `src`: a web URL (the one safe-URL rule), or a `blob:`
   * URL this page made itself (as trusted as inline JSON). Anything else is refused.
   */
  private srcUrl(fresh: boolean): URL {
    const raw = this.host.src!;
    const url = safeUrl(raw) ?? ownBlobUrl(raw);
    if (!url) throw new LoadError('url', [`src="${raw.slice(0, 100)}" is not an http(s) or relative URL`]);
    // A unique query gets past CDN and proxy caches too, which `cache: 'no-store'` alone does not.
    if (fresh && url.protocol !== 'blob:') url.searchParams.set('drw-refresh', String(Date.now()));
    return url;
  }

  private async fetchText(url: URL, signal: AbortSignal, fresh: boolean): Promise<string> {
    // A timer and one controller rather than AbortSignal.timeout/any: in WebKit those
    // signals can be collected before they fire, and the fetch then waits forever.
    const ms = this.host.timeoutMs;
    const controller = new AbortController();
    const timeout = { aborted: false };
    const stop = () => controller.abort(signal.reason);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
    const timer = setTimeout(() => {
      timeout.aborted = true;
      controller.abort(new DOMException('src-timeout', 'TimeoutError'));
    }, ms);
    try {
      let response: Response;
      try {
        response = await fetch(url, {
          signal: controller.signal,
          headers: { accept: 'application/json' },
          cache: fresh ? 'no-store' : 'default',
        });
      } catch (error) {
        if (timeout.aborted) throw new LoadError('timeout', [`no answer from ${url.href} in time`]);
        throw new LoadError('network', [`${url.href}: ${error instanceof Error ? error.message : String(error)}`]);
      }
      // A redirect may move within the origin asked for (a CDN's trailing slash), never to another site.
      if (response.redirected && new URL(response.url).origin !== url.origin) {
        throw new LoadError('redirect', [`${url.href} redirected to ${new URL(response.url).origin}`]);
      }
      if (!response.ok) throw new LoadError('http', [`${url.href} answered ${response.status}`], response.status);
      const type = response.headers.get('content-type') ?? '';
      if (!JSON_TYPE.test(type)) throw new LoadError('type', [`${url.href} is served as "${type.slice(0, 80)}", not application/json`]);
      const length = Number(response.headers.get('content-length'));
      if (length > MAX_JSON_BYTES) throw new LoadError('size', [`${url.href} is ${length} bytes; the limit is ${MAX_JSON_BYTES}`]);
      try {
        return await readCapped(response, MAX_JSON_BYTES);
      } catch (error) {
        if (error instanceof LoadError) throw error;
        if (timeout.aborted) throw new LoadError('timeout', [`${url.href} was too slow`]);
        throw new LoadError('network', [`${url.href}: the body could not be read`]);
      }
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
    }
  }
}

/** A `blob:` URL made by this page's own origin, or null. */
function ownBlobUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'blob:' && url.origin === location.origin ? url : null;
  } catch {
    return null;
  }
}

/** The body as text, read in chunks and abandoned as soon as it passes `max` bytes. */
async function readCapped(response: Response, max: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new LoadError('size', [`the body is larger than ${max} bytes`]);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
