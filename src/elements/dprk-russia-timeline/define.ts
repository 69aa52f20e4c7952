import { DprkRussiaTimeline } from './dprk-russia-timeline.js';
import { defineElement } from '../../define.js';

defineElement('dprk-russia-timeline', DprkRussiaTimeline);

export { DprkRussiaTimeline };
