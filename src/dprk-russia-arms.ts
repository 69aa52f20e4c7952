import { DprkRussiaArms } from './elements/dprk-russia-arms/dprk-russia-arms.js';
import { defineElement } from './define.js';

defineElement('dprk-russia-arms', DprkRussiaArms);

export { DprkRussiaArms };
