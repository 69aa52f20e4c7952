// Starts the embed-code generator on the demo page (demo/index.html, #embed-generator).
// The demo is built into dist/demo/, so the widgets it offers live one folder up.
import { mountGenerator } from '../src/embed/authoring/generator.js';
import { LANGS } from '../src/i18n/i18n.js';
import { ensureLang } from '../src/i18n/text.js';

const root = document.querySelector<HTMLElement>('#embed-generator-app');
// The generator writes fallbacks in either language: both texts first (already in, where the modules are not split by language).
await Promise.all(LANGS.map(ensureLang));
if (root) mountGenerator(root, { base: new URL('../', location.href).href });
