/** Defines every element of the story. Import a single element's module to define only that one. */
export * from './dprk-russia-tally.js';
export * from './ceasefire-status.js';
export * from './dprk-russia-arms.js';
export * from './dprk-russia-exchange.js';
export * from './dprk-russia-timeline.js';
export * from './dprk-russia-story.js';
export { DataErrorEvent, DataLoadEvent } from './data/events.js';
export type { Story } from './data/schema.js';
export { VERSION } from './define.js';
