// The cards the story composes first (every widget in the registry), so the
// story upgrades with its children already defined.
import '../index.js';
import { DprkRussiaStory } from './dprk-russia-story.js';
import { defineElement } from '../../define.js';

defineElement('dprk-russia-story', DprkRussiaStory);

export { DprkRussiaStory };
