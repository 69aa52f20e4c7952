/**
 * Every localized object of the bundled texts (data/story.json, data/style.json,
 * data/chrome.json), in the order the language chunks (text-it.ts,
 * text-en.ts) list their strings. Where the modules are split by language
 * (scripts/lang-split.mjs: the package build and the dev server) this module is
 * generated; unsplit (tsc, Node, the SSR build) the JSON carries both languages
 * and there is nothing to fill.
 */
export const slots: Record<string, string>[] = [];
