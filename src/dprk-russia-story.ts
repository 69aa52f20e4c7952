import { DprkRussiaStory } from './elements/dprk-russia-story/dprk-russia-story.js';
import { defineElement } from './define.js';

// The cards first, so the story upgrades with its children already defined.
for (const [tag, ctor] of Object.entries(DprkRussiaStory.dependencies)) defineElement(tag, ctor);
defineElement('dprk-russia-story', DprkRussiaStory);

export { DprkRussiaStory };
