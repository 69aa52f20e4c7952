import type { Story } from './schema.js';
import type { DataErrorReason } from './events.js';
import { MAX_JSON_BYTES } from '../guards/limits.js';
import { safeUrl } from '../guards/safe-url.js';
import { quoted } from '../guards/quote.js';

/**
 * Loading a story an embedder supplies (`src` or inline JSON): fetch with its
 * timeout, redirect, type and size checks, then the schema. A chunk of its
 * own, imported by the data controller only when such data is there.
 */

/** `application/json`, `application/ld+json`, … with or without parameters. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export class LoadError extends Error {
  constructor(
    readonly reason: DataErrorReason,
    readonly details: string[],
    readonly status?: number,
  ) {
    super(details.join('; '));
  }
}

/** Why a load failed, as the data controller reports it. */
export interface LoadFailure {
  readonly reason: DataErrorReason;
  readonly details: string[];
  readonly status?: number;
}

export interface LoadRequest {
  origin: 'src' | 'inline';
  src: string | null;
  inline: string | null;
  /** `src-timeout` as used, in milliseconds. */
  timeoutMs: number;
  signal: AbortSignal;
  /** A `refresh`: revalidated with the server (or the CDN in front of it), never taken from cache unasked. */
  fresh: boolean;
}

/** The story from `src` or the inline JSON, validated; rejects with a {@link LoadError}. */
export async function loadStory({ origin, src, inline, timeoutMs, signal, fresh }: LoadRequest): Promise<Story> {
  // The validator loads while the data is fetched.
  const validator = import('./schema.js');
  validator.catch(() => {});
  const text = origin === 'src' ? await fetchText(srcUrl(src!), signal, fresh, timeoutMs) : inline!;
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
  const { validateStory } = await validator;
  const result = validateStory(json);
  if (!result.ok) throw new LoadError('invalid', result.errors.slice(0, 10));
  return result.story;
}

/**
 * The URL to fetch for `src`: a web URL (the one safe-URL rule), or a `blob:`
 * URL this page made itself (as trusted as inline JSON). Anything else is refused.
 */
function srcUrl(raw: string): URL {
  const url = safeUrl(raw) ?? ownBlobUrl(raw);
  if (!url) throw new LoadError('url', [`the src ${quoted(raw)} is not an http(s) or relative URL`]);
  return url;
}

async function fetchText(url: URL, signal: AbortSignal, fresh: boolean, ms: number): Promise<string> {
  // A timer and one controller rather than AbortSignal.timeout/any: in WebKit those
  // signals can be collected before they fire, and the fetch then waits forever.
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
        // A refresh asks for the same URL every time, revalidated (If-None-Match / If-Modified-Since,
        // sent by the browser): a CDN answers it from its copy as its own rules allow, and an
        // unchanged file costs the origin a 304. No query of our own, so no cache is bypassed.
        cache: fresh ? 'no-cache' : 'default',
        // No redirect is followed. fetch shows only the last hop, so a chain through another site
        // back to this origin (or out of the publisher's folder on it) would pass any check made
        // on the final URL; the data's URL must answer itself.
        redirect: url.protocol === 'blob:' ? 'follow' : 'manual',
      });
    } catch (error) {
      if (timeout.aborted) throw new LoadError('timeout', [`no answer from ${url.href} in time`]);
      throw new LoadError('network', [`${url.href}: ${error instanceof Error ? error.message : String(error)}`]);
    }
    // `manual` hands back an opaque answer for any redirect (and `redirected` guards a browser that followed one anyway).
    if (response.type === 'opaqueredirect' || response.redirected) {
      throw new LoadError('redirect', [`${url.href} answered with a redirect; src must point at the data itself`]);
    }
    if (!response.ok) throw new LoadError('http', [`${url.href} answered ${response.status}`], response.status);
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type))
      throw new LoadError('type', [`${url.href} is served as ${quoted(type)}, not application/json`]);
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_JSON_BYTES)
      throw new LoadError('size', [`${url.href} is ${length} bytes; the limit is ${MAX_JSON_BYTES}`]);
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

/** A `blob:` URL made by this page's own origin, or null. */
function ownBlobUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'blob:' && url.origin === location.origin ? url : null;
  } catch {
    return null;
  }
}

/** The body as text, read in chunks and abandoned as soon as it passes `max` bytes (a server may not say its size). */
export async function readCapped(response: Response, max: number): Promise<string> {
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
