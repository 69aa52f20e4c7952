import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Story } from './schema.js';
import { bundledStory } from './story.js';
import { DataErrorEvent, DataLoadEvent, type DataErrorReason } from './events.js';

type Host = ReactiveControllerHost & HTMLElement & { src: string | null; srcTimeout: number };

export const DEFAULT_SRC_TIMEOUT_MS = 8000;

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
 */
export class StoryDataController implements ReactiveController {
  story: Story = bundledStory;
  origin: 'bundled' | 'inline' | 'src' = 'bundled';
  error: DataErrorEvent | null = null;
  /** Settles when the current load attempt has finished, whatever its outcome. */
  settled: Promise<void> = Promise.resolve();
  private abort: AbortController | null = null;
  private loadedKey: string | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.reload();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
    this.loadedKey = null;
  }

  /** Call when `src` (or the inline JSON) may have changed. */
  reload(force = false): void {
    const inline = this.inlineJson();
    const key = this.host.src ? `src:${this.host.src}` : inline !== null ? `inline:${inline}` : 'bundled';
    if (!force && key === this.loadedKey) return;
    this.loadedKey = key;
    this.abort?.abort();
    if (key === 'bundled') {
      this.apply(bundledStory, 'bundled', null);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const origin = this.host.src ? 'src' : 'inline';
    this.settled = this.fetchAndValidate(origin, inline, abort.signal).then(
      (story) => {
        if (abort.signal.aborted) return;
        this.apply(story, origin, null);
        this.host.dispatchEvent(new DataLoadEvent(origin));
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
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

  private async fetchAndValidate(origin: 'src' | 'inline', inline: string | null, signal: AbortSignal): Promise<Story> {
    const text = origin === 'src' ? await this.fetchText(new URL(this.host.src!, document.baseURI), signal) : inline!;
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

  private async fetchText(url: URL, signal: AbortSignal): Promise<string> {
    const timeout = AbortSignal.timeout(this.host.srcTimeout > 0 ? this.host.srcTimeout : DEFAULT_SRC_TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), headers: { accept: 'application/json' } });
    } catch (error) {
      if (timeout.aborted) throw new LoadError('timeout', [`no answer from ${url.href} in time`]);
      throw new LoadError('network', [`${url.href}: ${error instanceof Error ? error.message : String(error)}`]);
    }
    if (!response.ok) throw new LoadError('http', [`${url.href} answered ${response.status}`], response.status);
    try {
      return await response.text();
    } catch {
      if (timeout.aborted) throw new LoadError('timeout', [`${url.href} was too slow`]);
      throw new LoadError('network', [`${url.href}: the body could not be read`]);
    }
  }
}
