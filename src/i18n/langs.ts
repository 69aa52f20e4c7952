/**
 * The languages the widgets speak, and the one that stands in where a text lacks a
 * language (the article's own, Italian). A module with no imports: the build's text
 * split (scripts/lang-split.mjs) reads it too.
 */
export const LANGS = ['it', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'it';
/** How each language writes numbers and dates (the newsrooms' conventions: Italian, British English). */
export const LOCALES: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };
