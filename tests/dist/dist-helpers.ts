// Helpers for tests/dist/: the built dist/ as a newsroom hosts it, on another
// origin (scripts/static-server.mjs, under a sub-path), and a plain page on this
// origin to paste snippets into (tests/dist/dist-host-plugin.mjs).
import { executeServerCommand } from '@web/test-runner-commands';
import { nextEvent, waitFor } from '../embed/embed-helpers.js';

export { waitFor };

/** The hosted dist/ folder, e.g. http://127.0.0.1:PORT/newsroom/widgets/ (never this page's origin). */
const host = await executeServerCommand<{ base: string; npmApp: string | null }, undefined>('dist-host');
export const BASE = host.base;
/** The fresh project the packed tarball was installed into (scripts/pack-check.mjs), served statically. */
export const NPM_APP = host.npmApp;

/** The example host the README's snippets name. */
export const README_BASE = 'https://widgets.example.org/dprk-russia-widgets/';

export interface Pasted {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
}

/** Loads a plain page whose body holds `snippet` as written, in a frame `width` px wide. */
export async function paste(snippet: string, width = 640): Promise<Pasted> {
  const frame = document.createElement('iframe');
  // In the viewport, as a reader scrolled to it would be (lazy iframes load only near it).
  frame.style.cssText = `position:fixed;top:0;left:0;z-index:1;display:block;width:${width}px;height:900px;border:0;background:white`;
  // A long snippet (a pre-rendered story) would not fit in a URL: stored on the test server first.
  const key = snippet.length > 4000 ? await (await fetch('/__paste/store', { method: 'POST', body: snippet })).text() : null;
  frame.src = key ? `/__paste/page.html?width=${width}&key=${key}` : `/__paste/page.html?width=${width}&html=${encodeURIComponent(snippet)}`;
  const loaded = nextEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis };
}

/** The heading a widget rendered in its shadow DOM, once it has. */
export async function renderedHeading(el: Element, timeoutMs = 8000): Promise<string> {
  await waitFor(() => !!el.shadowRoot?.querySelector('#title')?.textContent?.trim(), `<${el.localName}> to render`, timeoutMs);
  return el.shadowRoot!.querySelector('#title')!.textContent!.trim();
}

/**
 * Evaluates `expression` inside the frame whose URL starts with `url`, which
 * may be on another origin (the launcher reads it for us), retrying until it
 * returns something other than null/undefined/'' or time runs out.
 */
export async function inFrame<T>(url: string, expression: string, timeoutMs = 8000): Promise<T> {
  const start = performance.now();
  let last: { value?: unknown; missing?: true } = {};
  for (;;) {
    last = await executeServerCommand<typeof last, { url: string; expression: string }>('frame-eval', { url, expression });
    if (!last.missing && last.value !== null && last.value !== undefined && last.value !== '') return last.value as T;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out evaluating ${expression} in ${url}: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The custom element tags a snippet names, in order. */
export const tagsIn = (snippet: string): string[] => [...new Set([...snippet.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]+)[\s>]/g)].map((m) => m[1]))];
