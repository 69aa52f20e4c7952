import { CeasefireStatus } from './ceasefire-status.js';
import { defineElement } from '../../define.js';

defineElement('ceasefire-status', CeasefireStatus);

export { CeasefireStatus };
