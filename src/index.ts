/** Defines every element of the story. Import a single element's module to define only that one. */
export * from './dprk-russia-tally.js';
export * from './ceasefire-status.js';
export { DataErrorEvent, DataLoadEvent } from './data/events.js';
export type { Story } from './data/schema.js';
export { VERSION } from './define.js';
