import { DprkRussiaTally } from './dprk-russia-tally.js';
import { defineElement } from '../../define.js';

defineElement('dprk-russia-tally', DprkRussiaTally);

export { DprkRussiaTally };
