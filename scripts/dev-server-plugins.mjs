import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * The dev server strips `with { type: 'json' }` from imports, so a JSON import
 * would reach the browser as a JavaScript import of a JSON file. This serves
 * imported JSON as a module, while `fetch()` of the same file (a `src`) still
 * gets plain JSON. Rollup's JSON plugin does the same in the build.
 */
function jsonModules(rootDir) {
  return {
    name: 'json-modules',
    transformImport({ source }) {
      if (/\.json$/.test(source)) return `${source}?module`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || !('module' in context.query)) return undefined;
      const text = await readFile(resolve(rootDir, `.${context.path}`), 'utf8');
      return { body: `export default ${text};`, type: 'js' };
    },
  };
}

export function devServerPlugins(rootDir = process.cwd()) {
  return [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), jsonModules(rootDir)];
}
