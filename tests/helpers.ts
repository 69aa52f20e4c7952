import { fixture as owcFixture, fixtureCleanup } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { StoryElement } from '../src/base/story-element.js';
import story from '../data/story.json' with { type: 'json' };
import type { Story } from '../src/data/schema.js';
import { LANGS } from '../src/i18n/i18n.js';
import { ensureLang } from '../src/i18n/text.js';

export { fixtureCleanup };

/**
 * Loads both languages' text (src/i18n/text.ts), for a test that reads the
 * bundled story's words or `t()` itself rather than through a rendered widget:
 * a page loads only the languages its widgets render in (issue #13).
 */
export const bothLanguages = (): Promise<unknown> => Promise.all(LANGS.map(ensureLang));

/** A fresh deep copy of the story as stored in data/story.json (derived figures without values), to edit in a test. */
export function storyCopy(): Story {
  return structuredClone(story) as unknown as Story;
}

/**
 * Later data, as an editor dates it: the data's day (`asOf`) and the article's latest dated event
 * ("Dal 25 marzo") move to `day`. The as-of line names the article's latest dated event, never a
 * day of ours, so a test that wants the line to move moves the event.
 */
export function datedTo(story: Story, day: string): Story {
  story.asOf = day;
  story.events.find((e) => e.id === 'energy-halt')!.date = `--${day.slice(5)}`;
  return story;
}

export async function fixture<T extends StoryElement>(template: TemplateResult): Promise<T> {
  const el = await owcFixture<T>(template);
  await el.updateComplete;
  return el;
}

/** The widget's rendered text, whitespace folded, as a reader sees it (shadow DOM included). */
export function textOf(el: Element | null | undefined): string {
  const root = el && 'shadowRoot' in el && (el as Element).shadowRoot ? (el as Element).shadowRoot! : el;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $<E extends Element = HTMLElement>(el: StoryElement, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export function $$<E extends Element = HTMLElement>(el: StoryElement, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

/** Records console.warn calls until restored. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** A URL serving the given text as JSON, for `src`. */
export function jsonUrl(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
