import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Story } from './schema.js';
import { bundledStory } from './story.js';
import { DataErrorEvent, DataLoadEvent } from './events.js';
import type { LoadFailure } from './data-loader.js';
import type { DataErrorReason } from './events.js';
import { MAX_REFRESH_BACKOFF_S } from '../guards/limits.js';
import { quoted } from '../guards/quote.js';

/**
 * Failures that say the data itself is refused (not a web URL, a redirect, not JSON, too large,
 * not a story): fetching it again would only fetch the same refusal, so refreshing stops.
 * The others (network, timeout, HTTP status) may pass: refreshing goes on, backing off.
 */
const REFUSED: readonly DataErrorReason[] = ['url', 'redirect', 'type', 'size', 'json', 'invalid'];

type Host = ReactiveControllerHost &
  HTMLElement & {
    src: string | null;
    /** `refresh` after its limits: seconds, or null for none. */
    readonly refreshSeconds: number | null;
    /** `src-timeout` after its limits, in milliseconds. */
    readonly timeoutMs: number;
    storyData?: Story | null;
  };

/**
 * Where the widget's story comes from: the bundled data, an inline
 * `<script type="application/json">` child, or the JSON at `src` (which wins).
 * Loaded data is validated with the story schema; on any failure the data
 * already on screen stays, with a notice, a console warning and an event.
 *
 * Fresh data without a rebuild: with `refresh` (seconds) the `src` is fetched
 * again on that interval, revalidated with the server or CDN (no query of our
 * own, so a CDN can answer); after a failure of the network or the server the
 * wait doubles each time (up to an hour, or `refresh` if longer), and once the
 * data is refused (not JSON, too large, not a story) refreshing stops, with
 * its notice, until `src` or `refresh` changes. A CMS or script that rewrites
 * the inline JSON is picked up as it happens. Both stop when the widget leaves the page.
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
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** `src` and interval being refreshed, or null: not refreshing. */
  private timerKey: string | null = null;
  /** Failed fetches in a row (network, timeout, HTTP): the next wait is `refresh` × 2^failures, capped. */
  private failures = 0;
  /** Refreshing stopped because `src`'s data was refused; shown with the data's notice. */
  refreshStopped = false;
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
      this.mutations.observe(this.host, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['type'],
      });
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
    const key = `${src} ${seconds}`;
    if (key === this.timerKey) return;
    this.stopTimer();
    this.timerKey = key;
    this.failures = 0;
    this.refreshStopped = false;
    // A load under way arms the timer when it ends (after()), so the wait counts from its outcome.
    if (!this.busy) this.arm();
  }

  /** Waits `refresh` seconds (more after failures), then fetches `src` again. */
  private arm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const seconds = this.host.refreshSeconds;
    if (this.timerKey === null || this.refreshStopped || seconds === null) return;
    const wait = Math.min(seconds * 2 ** this.failures, Math.max(seconds, MAX_REFRESH_BACKOFF_S));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refreshNow();
    }, wait * 1000);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.timerKey = null;
  }

  /** Fetches `src` again, revalidated; a failure keeps the data on screen. */
  private refreshNow(): void {
    if (!this.host.src) return;
    // A fetch still running (slow server) is left to finish rather than piled on; it arms the next one.
    if (this.busy) return;
    this.reload(true, true);
  }

  /** After a load from `src`: counts failures, stops refreshing on a refusal, and arms the next refresh. */
  private after(reason: DataErrorReason | null): void {
    if (reason === null) this.failures = 0;
    else if (REFUSED.includes(reason)) this.refreshStopped = this.timerKey !== null;
    else this.failures = Math.min(this.failures + 1, 20);
    if (this.refreshStopped && this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.arm();
  }

  /** Call when `src` (or the inline JSON) may have changed. */
  reload(force = false, fresh = false): void {
    const inline = this.inlineJson();
    const given = this.host.storyData ?? null;
    const key = this.host.src
      ? `src:${this.host.src}`
      : inline !== null
        ? `inline:${inline}`
        : given
          ? 'given'
          : 'bundled';
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
    // The loader (fetch, size and type checks, the validator) is only needed for
    // data an embedder supplies: it loads then, never for the bundled story.
    const src = this.host.src;
    const timeoutMs = this.host.timeoutMs;
    this.settled = import('./data-loader.js')
      .then(({ loadStory }) => loadStory({ origin, src, inline, timeoutMs, signal: abort.signal, fresh }))
      .then(
        (story) => {
          if (abort.signal.aborted) return;
          this.busy = false;
          if (origin === 'src') this.after(null);
          this.apply(story, origin, null);
          this.host.dispatchEvent(new DataLoadEvent(origin));
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          this.busy = false;
          const failure: LoadFailure = isFailure(error)
            ? error
            : { reason: 'network', details: [error instanceof Error ? error.message : String(error)] };
          if (origin === 'src') this.after(failure.reason);
          const event = new DataErrorEvent(origin, failure.reason, failure.details, failure.status);
          // The details may quote the data or its URL: for the console only, each quoted and cut.
          console.warn(
            `[dprk-russia-widgets] <${this.host.localName}> could not use ${origin} data (${failure.reason})${this.refreshStopped ? '; refreshing stopped' : ''}:`,
            failure.details.map((detail) => quoted(detail, 300)).join('; '),
          );
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
    return script ? (script.textContent ?? '') : null;
  }
}

/** A rejection the loader explains (it rejects with nothing else, but a failed chunk load is not one). */
function isFailure(error: unknown): error is LoadFailure {
  return (
    typeof error === 'object' && error !== null && 'reason' in error && Array.isArray((error as LoadFailure).details)
  );
}
