// Starts the embed-code generator on the demo page (demo/index.html, #embed-generator).
// The demo is built into dist/demo/, so the widgets it offers live one folder up.
import { mountGenerator } from '../src/embed/authoring/generator.js';

const root = document.querySelector<HTMLElement>('#embed-generator-app');
if (root) mountGenerator(root, { base: new URL('../', location.href).href });
