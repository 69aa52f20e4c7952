import style from '../../data/style.json' with { type: 'json' };
import chrome from '../../data/chrome.json' with { type: 'json' };

/**
 * The interface's own strings (buttons, notices, accessible names), in Italian
 * (the story's language) and English (`data/chrome.json`). Story facts travel with
 * the data (`data/story.json`); the words we add around them as labels
 * (kickers, titles, badges, qualifiers, units) come from the desk's style sheet
 * (`data/style.json`).
 *
 * A page loads only the languages its widgets render in (src/i18n/text.ts,
 * scripts/lang-split.mjs): `messages[lang]` is filled once that language's
 * text is in.
 */
export type LabelKey = keyof typeof style.labels;
export type MessageKey = keyof typeof chrome | LabelKey;
/** The story's topics: each has its kicker in the style sheet (`kicker.<topic>`). */
export type Topic = LabelKey extends infer K ? (K extends `kicker.${infer T}` ? T : never) : never;

type Entry = { it?: string; en?: string };
const entries = Object.entries({ ...chrome, ...style.labels }) as [MessageKey, Entry][];

export const messages: Record<'it' | 'en', Record<MessageKey, string>> = {
  it: {} as Record<MessageKey, string>,
  en: {} as Record<MessageKey, string>,
};

/** Copies a language's strings into `messages`; false while its text is not loaded. */
export function fillMessages(lang: 'it' | 'en'): boolean {
  if (typeof (chrome.asOf as Entry)[lang] !== 'string') return false;
  for (const [key, entry] of entries) messages[lang][key] = entry[lang] ?? '';
  return true;
}

/** The languages whose text came with the modules: both where they are not split by language (Node, SSR). */
export const bundledLangs = (['it', 'en'] as const).filter(fillMessages);

/** The certainty a label claims (data/style.json), for badges: `reported`, `possible` or `feared`. */
export function labelCertainty(key: LabelKey): string {
  return (style.labels[key] as { certainty?: string }).certainty ?? 'reported';
}
