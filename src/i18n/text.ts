import type { Lang } from './i18n.js';
import { bundledLangs, fillMessages } from './messages.js';
import { slots } from './slots.js';

/**
 * The page's text store. A page loads the text of the languages its widgets
 * render in, each once (its own chunk, scripts/lang-split.mjs), and fills it into
 * the shared localized objects (`pick()`) and `messages` (`t()`). Where the
 * modules are not split (Node, SSR) both languages are there from the start.
 */
const loaded = new Set<Lang>(bundledLangs);
const pending = new Map<Lang, Promise<void>>();
const chunks: Record<Lang, () => Promise<{ default: readonly string[] }>> = {
  it: () => import('./text-it.js'),
  en: () => import('./text-en.js'),
};

/** Whether a language's text is loaded. */
export const hasLang = (lang: Lang): boolean => loaded.has(lang);

/** Loads a language's text (once per page); settles when `pick()` and `t()` give it. A failed load can be tried again. */
export function ensureLang(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let load = pending.get(lang);
  if (!load) {
    load = chunks[lang]().then(
      ({ default: strings }) => {
        slots.forEach((slot, i) => (slot[lang] = strings[i]));
        fillMessages(lang);
        loaded.add(lang);
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, load);
  }
  return load;
}
