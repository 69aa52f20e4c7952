import { DprkRussiaArms } from './dprk-russia-arms.js';
import { defineElement } from '../../define.js';

defineElement('dprk-russia-arms', DprkRussiaArms);

export { DprkRussiaArms };
