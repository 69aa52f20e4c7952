import { DprkRussiaExchange } from './dprk-russia-exchange.js';
import { defineElement } from '../../define.js';

defineElement('dprk-russia-exchange', DprkRussiaExchange);

export { DprkRussiaExchange };
