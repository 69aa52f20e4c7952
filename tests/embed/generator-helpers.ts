// Shared by the generator's tests (tests/embed, tests/ssr).
import { mountGenerator as mount } from '../../src/embed/authoring/generator.js';
import { bothLanguages } from '../helpers.js';

// The generator writes fallbacks in either language, as the demo page loads both first (demo/generator-app.ts).
await bothLanguages();

/** The built dist/, as this test server hosts it (plain static files). */
export const BASE = new URL('/dist/', location.href).href;

/** The generator mounted on the page, with a way to read its code and make a choice as an editor would. */
export function mountGenerator() {
  const root = document.createElement('div');
  document.body.append(root);
  const unmount = mount(root, { base: BASE });
  const code = () => root.querySelector<HTMLTextAreaElement>('.generator-code')!.value;
  const choose = (name: string, value: string) => {
    const radio = name === 'kind' || name === 'host';
    const field = root.querySelector<HTMLSelectElement | HTMLInputElement>(
      `[name="${name}"]${radio ? `[value="${value}"]` : ''}`,
    )!;
    if (field instanceof HTMLInputElement && field.type === 'radio') field.checked = true;
    else field.value = value;
    // What a browser fires as an editor types (input) and leaves the field (change).
    for (const type of field instanceof HTMLSelectElement || radio ? ['change'] : ['input', 'change'])
      field.dispatchEvent(new Event(type, { bubbles: true }));
  };
  return { root, code, choose, done: () => (unmount(), root.remove()) };
}
