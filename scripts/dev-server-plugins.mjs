import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import {
  SLOTS_MODULE,
  SPLIT_JSON,
  TEXT_MODULE,
  WHOLE_JSON_IMPORTERS,
  slotsModule,
  structureModule,
  textModule,
} from './lang-split.mjs';
import { cssLiteralsDevServer } from './css-literals.mjs';

/**
 * The dev server strips `with { type: 'json' }` from imports, so a JSON import
 * would reach the browser as a JavaScript import of a JSON file. This serves
 * imported JSON as a module, while `fetch()` of the same file (a `src`) still
 * gets plain JSON. Rollup's JSON plugin does the same in the build.
 *
 * The widgets' own imports of the bundled texts are split by language as in the
 * build (scripts/lang-split.mjs): `?module&split` serves the structure, and
 * src/i18n/slots.ts and text-<lang>.ts are generated. A test importing the same
 * JSON gets it whole (`?module`): it reads the data, not the page's text store.
 */
function jsonModules(rootDir) {
  const split = new Set(SPLIT_JSON.map((file) => `/${file}`));
  return {
    name: 'json-modules',
    transformImport({ source, context }) {
      if (!/\.json$/.test(source)) return undefined;
      const absolute = new URL(source, `http://x${context.path}`).pathname;
      const whole = WHOLE_JSON_IMPORTERS.includes(context.path.slice(1));
      return split.has(absolute) && context.path.startsWith('/src/') && !whole
        ? `${source}?module&split`
        : `${source}?module`;
    },
    async serve(context) {
      if (context.path === `/${SLOTS_MODULE}`)
        return { body: slotsModule((file) => `/${file}?module&split`), type: 'js' };
      const text = TEXT_MODULE.exec(context.path);
      if (text) return { body: textModule(rootDir, text[1]), type: 'js' };
      if (!context.path.endsWith('.json') || !('module' in context.query)) return undefined;
      const json = await readFile(resolve(rootDir, `.${context.path}`), 'utf8');
      if ('split' in context.query && split.has(context.path))
        return { body: structureModule(context.path.slice(1), json), type: 'js' };
      return { body: `export default ${json};`, type: 'js' };
    },
  };
}

export function devServerPlugins(rootDir = process.cwd()) {
  return [
    cssLiteralsDevServer,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    jsonModules(rootDir),
  ];
}
