// The embed-code generator on the demo page (demo/index.html, #embed-generator),
// loaded by demo/generator.ts when an editor comes near it.
// The demo is built into dist/demo/, so the widgets it offers live one folder up.
import { mountGenerator } from '../src/embed/authoring/generator.js';
import { LANGS } from '../src/i18n/i18n.js';
import { ensureLang } from '../src/i18n/text.js';

export async function start(root: HTMLElement): Promise<void> {
  // The generator writes fallbacks in either language: both texts first (already in, where the modules are not split by language).
  await Promise.all(LANGS.map(ensureLang));
  // In place of the "Open the generator" button.
  root.replaceChildren();
  // The generator sits under the section's h2 (demo/index.html): its preview card is an h3.
  mountGenerator(root, { base: new URL('../', location.href).href, headingLevel: 2 });
}
