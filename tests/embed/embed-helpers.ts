/** Helpers for the embed tests, which mostly run against the built bundle in dist/. */

export const BUNDLE = '/dist/dprk-russia-widgets.js';

/** Imports a module by URL at run time (the built bundle, or a copy of it). */
export function load(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}

/** Waits for the browser to lay out and paint `n` more frames. */
export function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** Resolves with the next event of that name on `target`. */
export function nextEvent<E extends Event = Event>(target: EventTarget, name: string): Promise<E> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as E), { once: true }));
}

/** A rectangle rounded to 1/100 px, for comparing layouts. */
export function box(el: Element): { top: number; height: number; width: number } {
  const r = el.getBoundingClientRect();
  const round = (n: number) => Math.round(n * 100) / 100;
  return { top: round(r.top + scrollY), height: round(r.height), width: round(r.width) };
}

/** Text of an element's shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves when the page has received a message from `f` matching `test` (so the resizer has seen it too). */
export function received(f: HTMLIFrameElement, test: (data: unknown) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const on = (e: MessageEvent) => {
      if (e.source === f.contentWindow && test(e.data)) {
        removeEventListener('message', on);
        resolve();
      }
    };
    addEventListener('message', on);
  });
}

/** An iframe that posts to its parent whatever it is asked to (fixtures/poster.html): any frame on a host page. */
export async function poster(attrs: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = 'display: block; width: 300px; height: 150px; border: 0';
  for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
  f.src = '/tests/embed/fixtures/poster.html';
  const ready = received(f, (d) => !!d && typeof d === 'object' && 'posterReady' in d);
  document.body.append(f);
  await ready;
  return f;
}

/** Has `f` post `data` to this page, and waits until it arrived. */
export async function post(f: HTMLIFrameElement, data: unknown): Promise<void> {
  const arrived = received(f, (d) => JSON.stringify(d) === JSON.stringify(data));
  f.contentWindow!.postMessage({ post: data }, '*');
  await arrived;
}

/** An embed page at `url` in a 640 × 400 iframe on this page, once it has loaded. */
export async function openFrame(url: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 640px; height: 400px';
  frame.src = url;
  document.body.append(frame);
  await nextEvent(frame, 'load');
  return { frame, doc: frame.contentDocument! };
}
