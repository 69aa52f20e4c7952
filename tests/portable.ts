import { emulateMedia, setViewport } from '@web/test-runner-commands';

/**
 * Stand-ins for test-runner commands some launchers lack: Firefox over
 * WebDriver BiDi cannot emulate media; WebKit over WebDriver classic can
 * neither emulate media nor set the viewport. Only "not supported" errors
 * switch to the stand-in; any other error fails the test.
 */
const unsupported = (error: unknown) =>
  /not supported|CDP support is required/i.test(String((error as Error)?.message ?? error));

/**
 * Makes the page `width` px wide: the real viewport where the launcher can set
 * it, else the root element (the widgets respond to container queries, not
 * viewport media queries, so their layout is what it would be).
 */
export async function narrowTo(width: number, height: number): Promise<void> {
  try {
    await setViewport({ width, height });
  } catch (error) {
    if (!unsupported(error)) throw error;
    document.documentElement.style.width = `${width}px`;
  }
}

export async function resetWidth(width = 800, height = 600): Promise<void> {
  document.documentElement.style.removeProperty('width');
  try {
    await setViewport({ width, height });
  } catch (error) {
    if (!unsupported(error)) throw error;
  }
}

/**
 * How wide the page's content is: the root's scroll width, or, when the root
 * stands in for a narrow viewport, the body's extent (the root's scroll width
 * never falls below the real viewport's).
 */
export function pageScrollWidth(): number {
  const root = document.documentElement;
  if (!root.style.width) return root.scrollWidth;
  const body = document.body;
  return body.offsetLeft + body.scrollWidth + parseFloat(getComputedStyle(body).marginRight);
}

const applied: { root: ShadowRoot; sheet: CSSStyleSheet }[] = [];

/** Every shadow root under `root`, nested ones included. */
function shadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return out;
}

/**
 * Print media for the widgets' own styles: emulated where the launcher can,
 * else their `@media print` rules applied (see adoptMediaRules).
 */
export async function printMedia(): Promise<void> {
  try {
    await emulateMedia({ media: 'print' });
    return;
  } catch (error) {
    if (!unsupported(error)) throw error;
  }
  adoptMediaRules(/\bprint\b/);
}

/**
 * Adopts each shadow root's `@media` rules whose condition matches `condition`
 * unconditionally (after its other sheets, where they stand in the source too):
 * what the matching media does to the cascade of those rules, for launchers
 * that cannot emulate it. `dropAdoptedRules()` undoes it.
 */
export function adoptMediaRules(condition: RegExp): void {
  for (const root of shadowRoots(document)) {
    const rules: string[] = [];
    for (const sheet of root.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && condition.test(rule.conditionText ?? rule.media.mediaText)) {
          for (const inner of rule.cssRules) rules.push(inner.cssText);
        }
      }
    }
    if (!rules.length) continue;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    applied.push({ root, sheet });
  }
}

export function dropAdoptedRules(): void {
  for (const { root, sheet } of applied.splice(0)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

export async function screenMedia(): Promise<void> {
  dropAdoptedRules();
  try {
    await emulateMedia({ media: 'screen' });
  } catch (error) {
    if (!unsupported(error)) throw error;
  }
}
