import { CeasefireStatus } from './elements/ceasefire-status/ceasefire-status.js';
import { defineElement } from './define.js';

defineElement('ceasefire-status', CeasefireStatus);

export { CeasefireStatus };
