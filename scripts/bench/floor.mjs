// Lit alone, as the package ships it: what the widgets' sources import from Lit,
// bundled and minified with the package's own settings (rollup.config.mjs). The
// bench prints it beside the one card's JS before any chart: the part of that
// budget the fixed stack takes before any code or text of ours.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { TERSER } from '../../rollup.config.mjs';

/** Every name the browser code under src/ imports from a Lit module (`lit`, `lit/static-html.js`, …), by module. */
function litImports(root) {
  const names = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      // The server renderer runs in Node only.
      if (entry.isDirectory()) {
        if (path !== join(root, 'src/ssr')) walk(path);
        continue;
      }
      if (!entry.name.endsWith('.ts')) continue;
      for (const [, list, from] of readFileSync(path, 'utf8').matchAll(
        /import\s*\{([^}]*)\}\s*from\s*'((?:lit|@lit\/)[^']*)'/g,
      )) {
        for (const item of list.split(',').map((s) => s.trim())) {
          if (!item || item.startsWith('type ')) continue;
          if (!names.has(from)) names.set(from, new Set());
          names.get(from).add(item.split(/\s+as\s+/)[0]);
        }
      }
    }
  };
  walk(join(root, 'src'));
  return names;
}

/** Lit alone: its minified size and gzip bytes (level 9, as the bench measures every file). */
export async function litAlone(root) {
  const imports = litImports(root);
  const entry = [...imports]
    .map(([from, names], i) => `export { ${[...names].map((n) => `${n} as ${n}_${i}`).join(', ')} } from '${from}';`)
    .join('\n');
  const bundle = await rollup({
    input: 'lit-alone',
    plugins: [
      {
        name: 'lit-alone',
        resolveId: (id) => (id === 'lit-alone' ? id : null),
        load: (id) => (id === 'lit-alone' ? entry : null),
      },
      nodeResolve({ browser: true, rootDir: root }),
      terser(TERSER),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  return { modules: [...imports.keys()], min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
