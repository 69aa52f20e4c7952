// Node-side helpers for the build: validation and the JSON Schema export.
import { toJsonSchema } from '@valibot/to-json-schema';
import { StorySchema, validateStory } from '../src/data/schema.js';

export { validateStory };

/** The schema for editors' tools. Cross-reference checks (ids, sources) are only in the validator. */
export function storyJsonSchema(): object {
  return toJsonSchema(StorySchema, { errorMode: 'ignore' });
}
