// Written by `npm run sync` from the registry (src/widgets.ts): do not edit by hand.
// Importing it defines every widget.
export * from './dprk-russia-tally/define.js';
export * from './ceasefire-status/define.js';
export * from './dprk-russia-arms/define.js';
export * from './dprk-russia-exchange/define.js';
export * from './dprk-russia-timeline/define.js';
export * from './dprk-russia-story/define.js';
