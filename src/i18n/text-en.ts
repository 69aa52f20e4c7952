/**
 * The English text of the bundled story, style sheet and interface, in the
 * order of src/i18n/slots.ts: generated where the modules are split by language
 * (scripts/lang-split.mjs), its own chunk, loaded only by pages that show English.
 * Unsplit, the JSON already carries it.
 */
const strings: readonly string[] = [];
export default strings;
