// The cards the story composes first, so the story upgrades with its children already defined.
import '../story-cards.js';
import { DprkRussiaStory } from './dprk-russia-story.js';
import { defineElement } from '../../define.js';

defineElement('dprk-russia-story', DprkRussiaStory);

export { DprkRussiaStory };
