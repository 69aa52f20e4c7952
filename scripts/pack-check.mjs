// The package as npm ships it: `npm pack`, lint the tarball (publint, and
// @arethetypeswrong/cli for its types), install it into a fresh project, type-check
// and bundle a consumer with Rollup, as the README says to use it. Leaves
// .cache/pack/app/ (served by the test runner) for tests/dist/npm.test.ts,
// which renders the bundled app and the installed files as plain ESM in browsers.
// `npm test` runs it after the build; alone: `node scripts/pack-check.mjs`.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { importTs } from './registry.mjs';

const root = process.cwd();
const out = resolve('.cache/pack');
const app = join(out, 'app');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const started = Date.now();

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (r.status !== 0) {
    console.error(`pack-check: ${cmd} ${args.join(' ')} failed:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
    process.exit(1);
  }
  return r.stdout;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(app, { recursive: true });

// 1. The tarball.
const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out]));
const tarball = join(out, packed.filename);
const shipped = packed.files.map((f) => f.path);
for (const must of [
  'dist/embed.html',
  'dist/ssr.js',
  'dist/css/dprk-russia-tally.css',
  'dist/embed/dprk-russia-tally.it.auto.html',
  'dist/reserve.css',
  'dist/story.schema.json',
  'custom-elements.json',
  'data/story.json',
  'data/article-it.txt',
  'dist/check.js',
  pkg.bin[pkg.name],
  `dist/${pkg.name}.js`,
]) {
  if (!shipped.includes(must)) {
    console.error(`pack-check: the tarball lacks ${must}`);
    process.exit(1);
  }
}
const stray = shipped.filter(
  (f) => /^(src|tests|demo|scripts|node_modules|\.cache)\//.test(f) || f.startsWith('dist/demo/'),
);
if (stray.length) {
  console.error(`pack-check: the tarball carries files no consumer needs: ${stray.slice(0, 5).join(', ')}`);
  process.exit(1);
}

// 2. Lint it: package.json fields and exports (publint), types per entry (attw; ESM only, as the package is).
run('publint', ['run', tarball, '--strict']);
// reserve.css is a stylesheet, not a module: it has no types to check.
run('attw', [tarball, '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', './reserve.css']);

// 3. A fresh project that installs the tarball (its dependencies from the npm registry or npm's cache).
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify({ name: 'newsroom-app', private: true, type: 'module' }, null, 2),
);
// Express too, for the README's server-rendering example (step 7).
run('npm', ['install', tarball, 'express@5', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], {
  cwd: app,
});

// 3b. The command line, installed: `npx dprk-russia-widgets check` passes the shipped story (exit 0)
// and names a broken copy's problem at its field (exit 1).
const cli = (file) =>
  spawnSync('npx', ['--no-install', pkg.name, 'check', file, '--lang', 'en'], { cwd: app, encoding: 'utf8' });
const shippedStory = join(app, 'node_modules', pkg.name, 'data', 'story.json');
const clean = cli(shippedStory);
if (clean.status !== 0 || !clean.stdout.includes('no problems.'))
  fail(`npx ${pkg.name} check on the shipped story: exit ${clean.status}\n${clean.stdout}${clean.stderr}`);
const broken = JSON.parse(readFileSync(shippedStory, 'utf8'));
broken.events[0].title.en = '';
writeFileSync(join(app, 'broken-story.json'), JSON.stringify(broken));
const found = cli('broken-story.json');
if (found.status !== 1 || !found.stdout.includes('events/0/title/en: the English text is missing'))
  fail(`npx ${pkg.name} check on a broken story: exit ${found.status}\n${found.stdout}${found.stderr}`);

// 4. Consumer code as the README writes it, type-checked against the shipped types.
writeFileSync(
  join(app, 'one.ts'),
  `import '${pkg.name}/dprk-russia-tally.js';
import type { DprkRussiaTally } from '${pkg.name}/dprk-russia-tally.js';
const el: DprkRussiaTally = document.createElement('dprk-russia-tally');
el.lang = 'en';
document.querySelector('main')!.append(el);
`,
);
writeFileSync(
  join(app, 'all.ts'),
  `import { VERSION, DataErrorEvent } from '${pkg.name}';
const story = document.createElement('dprk-russia-story');
story.addEventListener('drw-data-error', (e) => console.warn(e instanceof DataErrorEvent));
document.querySelector('main')!.append(story);
document.documentElement.dataset.version = VERSION;
`,
);
writeFileSync(
  join(app, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['one.ts', 'all.ts'],
  }),
);
run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: app });

// 5. Bundled with Rollup, from the installed package (its own node_modules, not ours).
for (const name of ['one', 'all']) {
  const bundle = await rollup({
    input: join(app, `${name}.ts`),
    plugins: [
      nodeResolve({ browser: true, rootDir: app }),
      // The consumer's own TypeScript, types stripped.
      {
        name: 'strip-ts',
        transform: (code, id) =>
          id.endsWith('.ts') && id.startsWith(app)
            ? transformSync(code, { loader: 'ts', target: 'es2022' }).code
            : null,
      },
    ],
  });
  await bundle.write({ dir: join(app, 'bundled', name), format: 'es' });
  await bundle.close();
}

// 6. Pages for the browsers: the bundled app, and the installed dist/ as plain ESM.
const page = (title, script) => `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="${script}"></script></head><body><main></main></body></html>`;
writeFileSync(join(app, 'one.html'), page('Bundled: one widget', './bundled/one/one.js'));
writeFileSync(join(app, 'all.html'), page('Bundled: every widget', './bundled/all/all.js'));
writeFileSync(
  join(app, 'esm.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain ESM from node_modules</title>
<script type="module" src="./node_modules/${pkg.name}/dist/${pkg.name}.js"></script></head>
<body><main><dprk-russia-tally></dprk-russia-tally></main></body></html>`,
);
// 7. The docs' server-rendering example (`dprk-russia-widgets/ssr` with Express), as written, from the installed package.
await checkServerExample();

console.log(
  `pack-check: ${packed.filename} (${shipped.length} files, ${(packed.size / 1024).toFixed(0)} KB) passes publint and attw, installs, type-checks and bundles (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);

async function checkServerExample() {
  // The example lives in docs/embedding.md ("Pre-rendered"); any page of the docs may carry it.
  const readme = ['README.md', ...globSync('docs/*.md')].map((file) => readFileSync(file, 'utf8')).join('\n');
  const example = /```js\n(\/\/ server\.mjs[\s\S]*?)```/.exec(readme)?.[1];
  if (!example) fail('neither the README nor docs/*.md has the server example (```js // server.mjs)');
  writeFileSync(join(app, 'server.mjs'), example);
  const port = await new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
  const server = spawn(process.execPath, ['server.mjs'], {
    cwd: app,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  const get = async (path) => {
    for (let i = 0; i < 100; i++) {
      try {
        return await fetch(`http://127.0.0.1:${port}${path}`);
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    fail(`the README's server example did not answer: ${stderr}`);
  };
  try {
    // A hostile query: it must come out escaped, with the element's notice for the theme it does not take.
    const page = await (await get(`/?lang=en&theme=${encodeURIComponent('"><script>alert(1)</script>')}`)).text();
    // The card's heading, as the registry gives it (src/widgets.ts).
    const { widget } = await importTs('src/widgets.ts');
    const { bundledStory } = await importTs('src/data/story.ts');
    const heading = widget('dprk-russia-tally').title(bundledStory, 'en');
    for (const must of [
      '<template shadowroot="open" shadowrootmode="open">',
      '<link rel="stylesheet" href="/widgets/css/dprk-russia-tally.css">',
      heading,
      'theme="&quot;&gt;&lt;script&gt;',
    ]) {
      if (!page.includes(must)) fail(`the server example's page lacks ${must}`);
    }
    if (page.includes('<script>alert(1)')) fail('the server example let markup through from the query');
    if (page.includes('<style')) fail('the server example inlined a <style>');
    const css = await get('/widgets/css/dprk-russia-tally.css');
    if (!css.ok || !(css.headers.get('content-type') ?? '').startsWith('text/css'))
      fail(`/widgets/css/dprk-russia-tally.css answered ${css.status}`);
    const script = await get('/widgets/dprk-russia-tally.js');
    if (!script.ok) fail(`/widgets/dprk-russia-tally.js answered ${script.status}`);
  } finally {
    server.kill();
  }
}

function fail(message) {
  console.error(`pack-check: ${message}`);
  process.exit(1);
}
