/** Defines every widget in the registry (src/widgets.ts). Import one widget's module (`dprk-russia-widgets/<tag>.js`) to define only that one. */
export * from './elements/index.js';
export { DataErrorEvent, DataLoadEvent } from './data/events.js';
export type { Story } from './data/schema.js';
export { VERSION } from './define.js';
