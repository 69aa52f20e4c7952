import storyJson from '../../data/story.json' with { type: 'json' };
import { pick, qualifiedNumber, type Lang } from '../i18n/i18n.js';
import { resolveStory } from './derive.js';
import type { Figure, Source, Story, StoryInput } from './schema.js';

/**
 * The story as bundled with the widgets, its derived figures worked out. It is
 * validated against the schema by the test suite (and by every build), so it
 * ships without the validator: the schema code loads only when an embedder
 * supplies data of their own.
 */
export const bundledStory: Story = resolveStory(storyJson as unknown as StoryInput);

export function figure(story: Story, id: string): Figure | undefined {
  return story.figures.find((f) => f.id === id);
}

export function source(story: Story, id: string): Source | undefined {
  return story.sources.find((s) => s.id === id);
}

/** How a derived figure was computed, with the numbers of the data on screen ("… 11.000 meno 3.000 …"). */
export function derivation(story: Story, f: Figure, lang: Lang): string {
  if (!f.derived) return '';
  const say = (x: Figure | undefined) => (x ? qualifiedNumber(lang, x.value, x.qualifier) : '—');
  const [a, b] = f.derived.from.map((id) => figure(story, id));
  const numbers: Record<string, string> = { a: say(a), b: say(b), result: say(f) };
  return pick(f.derived.method, lang).replace(/\{(a|b|result)\}/g, (_, name: string) => numbers[name]);
}
