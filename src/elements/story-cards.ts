// Written by `npm run sync` from the registry (src/widgets.ts): do not edit by hand.
// Importing it defines every card <dprk-russia-story> composes (the registry's `story`).
import './dprk-russia-tally/define.js';
import './ceasefire-status/define.js';
import './dprk-russia-arms/define.js';
import './dprk-russia-exchange/define.js';
import './dprk-russia-timeline/define.js';
