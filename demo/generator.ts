// Starts the embed-code generator on the demo page (demo/index.html, #embed-generator).
import { mountGenerator } from './generator-ui.js';

const root = document.querySelector<HTMLElement>('#embed-generator-app');
if (root) mountGenerator(root, { embedPage: new URL('./embed.html', location.href).href });
