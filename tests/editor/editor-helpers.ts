// Helpers for tests/editor/: the built desk editor (dist/editor.html) in a frame,
// served by the same static handler a newsroom's host would use, worked through
// its fields as an editor would (typing fires `input`, choosing fires `change`).
import { shadowText, waitFor } from '../embed/embed-helpers.js';

export { shadowText, waitFor };

export interface Editor {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window &
    typeof globalThis & {
      drwEditor: { story(): Record<string, unknown>; problems(): Array<{ path: string; rule: string }> };
    };
  /** CSP violations reported since the page loaded its script. */
  violations: string[];
}

/** The element id the editor gives the field at a JSON path (src/editor/ui.ts). */
export const fieldId = (path: string): string => `f-${path.replace(/[^\w-]/g, '_')}`;
export const problemId = (path: string): string => `p-${path.replace(/[^\w-]/g, '_')}`;

export async function openEditor(query = ''): Promise<Editor> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'display:block;width:1400px;height:900px;border:0';
  frame.src = `/dist/editor.html${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Editor['win'];
  const violations: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
  );
  await waitFor(
    () => !!win.drwEditor && !!win.document.getElementById(fieldId('figures.0.value')),
    'the editor to build its forms',
    10_000,
  );
  return { frame, doc: win.document, win, violations };
}

export function control(ed: Editor, path: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const found = ed.doc.getElementById(fieldId(path));
  if (!found) throw new Error(`no field for ${path}`);
  return found as HTMLInputElement;
}

/** Types `value` into the field at `path`, as a paste or a keystroke would arrive. */
export function type(ed: Editor, path: string, value: string): void {
  const field = control(ed, path);
  field.focus();
  field.value = value;
  field.dispatchEvent(new ed.win.Event(field.localName === 'select' ? 'change' : 'input', { bubbles: true }));
}

/** Types into a field the editor's page builds outside the story's forms (the log entry, the URL). */
export function typeInto(ed: Editor, id: string, value: string): void {
  const field = ed.doc.getElementById(id) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new ed.win.Event('input', { bubbles: true }));
}

/** The message shown at a field (its aria-describedby target), or '' when none shows. */
export function messageAt(ed: Editor, path: string): string {
  const ids = control(ed, path).getAttribute('aria-describedby') ?? '';
  return ids
    .split(/\s+/)
    .map((id) => ed.doc.getElementById(id))
    .filter((node): node is HTMLElement => !!node && !node.hidden)
    .map((node) => node.textContent ?? '')
    .join(' ')
    .trim();
}

/** The preview's card `tag` in `lang`. */
export function previewCard(ed: Editor, tag: string, lang: 'it' | 'en'): HTMLElement {
  const card = ed.doc.querySelector(`.preview .pane[data-lang="${lang}"] ${tag}`);
  if (!card) throw new Error(`no ${tag} (${lang}) in the preview`);
  return card as HTMLElement;
}

/** Hands the editor a file as the file chooser would. */
export function chooseFile(ed: Editor, name: string, text: string): void {
  const input = ed.doc.getElementById('load-file') as HTMLInputElement;
  const transfer = new ed.win.DataTransfer();
  transfer.items.add(new ed.win.File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new ed.win.Event('change', { bubbles: true }));
}

/** Every element in the document and in every shadow root under it. */
export function allElements(root: Document | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const node of root.querySelectorAll('*')) {
    out.push(node);
    if (node.shadowRoot) out.push(...allElements(node.shadowRoot));
  }
  return out;
}
