import { DprkRussiaTally } from './elements/dprk-russia-tally/dprk-russia-tally.js';
import { defineElement } from './define.js';

defineElement('dprk-russia-tally', DprkRussiaTally);

export { DprkRussiaTally };
