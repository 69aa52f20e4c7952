import { executeServerCommand } from '@web/test-runner-commands';
import { html, unsafeStatic } from 'lit/static-html.js';
import * as widgets from '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { fixture } from '../helpers.js';

/**
 * Every element the package defines, found from what `src/index.ts` exports
 * and registers: an element added to the index is covered by every a11y test
 * without editing one.
 */
export const TAGS: string[] = [
  ...new Set(
    Object.values(widgets).flatMap((value) => {
      if (typeof value !== 'function') return [];
      const name = customElements.getName(value as CustomElementConstructor);
      return name ? [name] : [];
    }),
  ),
].sort();

export const LANGS = ['it', 'en'] as const;
export const THEMES = ['light', 'dark'] as const;

export const make = <T extends StoryElement = StoryElement>(tag: string, attrs = ''): Promise<T> =>
  fixture<T>(html`${unsafeStatic(`<${tag} ${attrs}></${tag}>`)}`);

/** Every element in an element's shadow tree, nested shadow trees included. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return out;
}

export interface MediaEmulation {
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  media?: 'screen' | 'print';
}

/**
 * Emulates media features through the `a11y-emulate-media` command
 * (tests/a11y/media-emulation-plugin.mjs). Resolves false where the browser
 * launcher cannot emulate them: tests that need them live in tests/chromium/,
 * the others apply the widgets' media rules themselves there.
 */
export async function emulateMedia(features: MediaEmulation): Promise<boolean> {
  try {
    await executeServerCommand('a11y-emulate-media', features);
    return true;
  } catch {
    return false;
  }
}

/** WCAG 2.x relative luminance and contrast ratio, for `#rrggbb` or `rgb()`/`rgba()` colours. */
export function parseColor(color: string): [number, number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const n = parseInt(hex[1], 16);
    return [n >> 16, (n >> 8) & 255, n & 255, 1];
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(color.trim());
  if (!rgb) throw new Error(`cannot parse colour ${color}`);
  const [r, g, b, a = '1'] = rgb[1].split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

function luminance([r, g, b]: readonly number[]): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseColor(a)), luminance(parseColor(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/**
 * After the next frame has been rendered: an animation-frame callback runs before
 * its frame's layout, and a card's contents are laid out in the frame that first
 * finds them near the viewport (content-visibility), so the second callback is
 * the first to see what that frame showed.
 */
export const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined))));
