// Issue #13, "only what the page needs": each page loads the text of the
// language it renders in, not both. The runtime shapes stay as they are
// (`{ it, en }` objects read by `pick()`, `messages[lang][key]` read by `t()`);
// the split happens when the modules are built (rollup.config.mjs) or served
// (scripts/dev-server-plugins.mjs, for the tests and the demo dev server):
// - each JSON file below becomes a structure module whose localized objects
//   (any object with an `it` or `en` string) are empty, shared objects, listed
//   in `slots` in the order of a depth-first walk;
// - src/i18n/slots.ts lists those objects of every file, in order;
// - src/i18n/text-it.ts and text-en.ts each become the list of that language's
//   strings, in the same order: their own chunks, imported when a widget needs
//   the language (src/i18n/text.ts fills them in).
// Unsplit (tsc, Node, the SSR build, the demo site's own scripts) the JSON
// carries both languages and both are there from the start.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './registry.mjs';

/** The JSON files whose localized objects are split, in the order of src/i18n/slots.ts. */
export const SPLIT_JSON = ['data/story.json', 'data/style.json', 'data/chrome.json'];
export const SLOTS_MODULE = 'src/i18n/slots.ts';
/** Modules that import the split files whole, rules included: the story check (src/data/check.ts), which the cards never load. */
export const WHOLE_JSON_IMPORTERS = ['src/data/desk-sheet.ts', 'src/data/desk-story.ts'];
export const TEXT_MODULE = /\/src\/i18n\/text-(it|en)\.ts$/;
/** The language whose text stands in for a string another language lacks. */
const { DEFAULT_LANG } = await importTs(fileURLToPath(new URL('../src/i18n/langs.ts', import.meta.url)));

const isLocalized = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  (typeof value.it === 'string' || typeof value.en === 'string');

/** The localized objects of a parsed JSON value, depth first, keys in document order. */
function localizedObjects(value, found = []) {
  if (isLocalized(value)) found.push(value);
  else if (value !== null && typeof value === 'object')
    for (const child of Object.values(value)) localizedObjects(child, found);
  return found;
}

/** The fields that hold a fact's evidence, word for word from its document. */
const EVIDENCE_KEYS = new Set(['quote', 'quotes', 'attributed', 'evidence']);
const withoutKeys = (value, keys) =>
  Array.isArray(value)
    ? value.map((child) => withoutKeys(child, keys))
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => !keys.has(key))
            .map(([key, child]) => [key, withoutKeys(child, keys)]),
        )
      : value;

/**
 * What the widgets read of a file, where that is less than the file: of the
 * style sheet, the labels and the certainty a badge claims (src/i18n/messages.ts);
 * its rules (`rests`, `evidence`, `terms`, `hedges`) are for the tests.
 */
const RUNTIME = {
  // Of the story, everything but the evidence: the quotes, attributions and badge evidence each fact rests
  // on are the desk's, read by the check and the editor (src/data/desk-story.ts), never shown on a card.
  'data/story.json': (data) => withoutKeys(data, EVIDENCE_KEYS),
  'data/style.json': (data) => ({
    labels: Object.fromEntries(
      Object.entries(data.labels).map(([key, { it, en, certainty }]) => [
        key,
        certainty === undefined ? { it, en } : { it, en, certainty },
      ]),
    ),
  }),
};

const runtimeData = (file, text) => (RUNTIME[file] ?? ((data) => data))(JSON.parse(text));
const read = (root, file) => runtimeData(file, readFileSync(resolve(root, file), 'utf8'));

/** The structure module of a split JSON file: its data with every localized object empty (other keys kept), and `slots`. */
export function structureModule(file, text) {
  const data = runtimeData(file, text);
  const slots = [];
  const write = (value) => {
    if (isLocalized(value)) {
      const { it: _it, en: _en, ...rest } = value;
      slots.push(JSON.stringify(rest));
      return `s[${slots.length - 1}]`;
    }
    if (Array.isArray(value)) return `[${value.map(write).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      return `{${Object.entries(value)
        .map(([key, child]) => `${JSON.stringify(key)}:${write(child)}`)
        .join(',')}}`;
    }
    return JSON.stringify(value);
  };
  const body = write(data);
  return `const s=[${slots.join(',')}];\nexport default ${body};\nexport { s as slots };\n`;
}

/** src/i18n/slots.ts, split: the localized objects of every split file, in order. */
export function slotsModule(specifier) {
  const imports = SPLIT_JSON.map(
    (file, i) => `import { slots as s${i} } from ${JSON.stringify(specifier(file))};`,
  ).join('\n');
  return `${imports}\nexport const slots = [${SPLIT_JSON.map((_, i) => `...s${i}`).join(', ')}];\n`;
}

/** src/i18n/text-<lang>.ts, split: that language's strings, in the order of `slots` (a string it lacks: the fallback language's). */
export function textModule(root, lang) {
  const strings = SPLIT_JSON.flatMap((file) =>
    localizedObjects(read(root, file)).map((o) => o[lang] ?? o[DEFAULT_LANG] ?? ''),
  );
  return `export default ${JSON.stringify(strings)};\n`;
}

/** The Rollup plugin: the package builds load only the text of the language a page renders in. */
export function langSplit(root = process.cwd()) {
  const PREFIX = '\0lang-split:';
  const splitFiles = new Set(SPLIT_JSON.map((file) => resolve(root, file)));
  const slotsFile = resolve(root, SLOTS_MODULE);
  return {
    name: 'lang-split',
    resolveId(source, importer) {
      if (source.startsWith(PREFIX)) return source;
      if (!importer || !source.endsWith('.json')) return null;
      if (WHOLE_JSON_IMPORTERS.some((file) => resolve(root, file) === importer)) return null;
      const file = source.startsWith('.') ? resolve(dirname(importer), source) : source;
      // The \0 prefix keeps @rollup/plugin-json off the module; the id still ends in the file's path (manualChunks).
      return splitFiles.has(file) ? PREFIX + file : null;
    },
    load(id) {
      if (id.startsWith(PREFIX)) {
        const file = id.slice(PREFIX.length);
        this.addWatchFile(file);
        return {
          code: structureModule(
            SPLIT_JSON.find((f) => resolve(root, f) === file),
            readFileSync(file, 'utf8'),
          ),
          map: null,
        };
      }
      const path = id.replaceAll('\\', '/');
      if (id === slotsFile) return { code: slotsModule((file) => PREFIX + resolve(root, file)), map: null };
      const text = TEXT_MODULE.exec(path);
      if (text) {
        for (const file of SPLIT_JSON) this.addWatchFile(resolve(root, file));
        return { code: textModule(root, text[1]), map: null };
      }
      return null;
    },
  };
}
