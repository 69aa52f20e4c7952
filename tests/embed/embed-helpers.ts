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
