/**
 * The bundled story whole, with the evidence each fact rests on (`quote`, `quotes`, `attributed`,
 * `evidence`). The cards load the story without it (scripts/lang-split.mjs): this module is one of
 * the importers the split leaves alone, for the check, the editor and the tests that read the evidence.
 */
import storyJson from '../../data/story.json' with { type: 'json' };
import { resolveStory } from './derive.js';
import type { Story, StoryInput } from './schema.js';

export const deskStory: Story = resolveStory(storyJson as unknown as StoryInput);
