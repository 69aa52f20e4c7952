import storyJson from '../../data/story.json' with { type: 'json' };
import type { Figure, Source, Story } from './schema.js';

/**
 * The story as bundled with the widgets. It is validated against the schema by
 * the test suite (and by every build), so it ships without the validator: the
 * schema code loads only when an embedder supplies data of their own.
 */
export const bundledStory = storyJson as unknown as Story;

export function figure(story: Story, id: string): Figure | undefined {
  return story.figures.find((f) => f.id === id);
}

export function source(story: Story, id: string): Source | undefined {
  return story.sources.find((s) => s.id === id);
}
