import { DprkRussiaExchange } from './elements/dprk-russia-exchange/dprk-russia-exchange.js';
import { defineElement } from './define.js';

defineElement('dprk-russia-exchange', DprkRussiaExchange);

export { DprkRussiaExchange };
