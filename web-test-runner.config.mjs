import { spawn } from 'node:child_process';
import { existsSync, globSync } from 'node:fs';
import { createServer } from 'node:net';
import { devServerPlugins } from './scripts/dev-server-plugins.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { CHROMIUM_ARGS } from './scripts/chromium-args.mjs';
import { embedTestMiddleware } from './tests/embed/middleware.mjs';
import { a11yEmulateMediaPlugin } from './tests/a11y/media-emulation-plugin.mjs';
import { a11yTreePlugin } from './tests/a11y/ax-tree-plugin.mjs';
import { securityTestMiddleware } from './tests/security/middleware.mjs';
import { clientTestMiddleware } from './tests/security/client-middleware.mjs';
import { ssrTestMiddleware } from './tests/ssr/middleware.mjs';
import { screenshotPlugin } from './tests/security/screenshot-plugin.mjs';
import { staticHandler, startStaticServer } from './scripts/static-server.mjs';
import { distHostPlugin, pasteMiddleware, DIST_MOUNT } from './tests/dist/dist-host-plugin.mjs';

const chromiumArgs = CHROMIUM_ARGS;

// The suite runs in Chromium, Firefox ESR (Puppeteer over WebDriver BiDi) and
// WebKitGTK's MiniBrowser (WebKitWebDriver under an Xvfb this config starts),
// all Debian packages (scripts/browsers.sh). BROWSERS=chromium,firefox,webkit picks some.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());

const children = [];
const killChildren = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
};
process.on('exit', killChildren); // wtr handles SIGINT itself and ends with process.exit
for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    killChildren();
    process.exit(code);
  });
}

async function startXvfb() {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  children.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  xvfb.stdio[3].destroy();
  return display;
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startWebKitWebDriver(display) {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  children.push(driver);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port;
    } catch {
      // not listening yet: try again
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

const browsers = [];
const launchers = {};
if (wanted.includes('chromium')) {
  browsers.push(
    (launchers.chromium = chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    })),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    (launchers.firefox = puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    })),
  );
}
if (wanted.includes('webkit')) {
  const miniBrowser = globSync('/usr/lib/*/webkit2gtk-4.*/MiniBrowser')[0];
  if (!miniBrowser) throw new Error('MiniBrowser not found: install webkit2gtk-driver (scripts/browsers.sh)');
  const display = process.env.DISPLAY || (await startXvfb());
  const port = await startWebKitWebDriver(display);
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  );
}
if (browsers.length === 0) throw new Error(`BROWSERS=${process.env.BROWSERS}: pick from chromium, firefox, webkit`);

// dist/ as a newsroom hosts it: the plain static server (no compiling), on
// another origin and under a sub-path (tests/dist/). Same-origin tests reach
// the same files at /dist/ through the same handler.
const distHost = await startStaticServer({ root: 'dist', mount: DIST_MOUNT });
// The fresh project scripts/pack-check.mjs installed the packed tarball into (npm test runs it first).
const npmApp = existsSync('.cache/pack/app/package.json') ? await startStaticServer({ root: '.cache/pack/app' }) : null;
process.on('exit', () => {
  distHost.server.close();
  npmApp?.server.close();
});
const serveDist = staticHandler({ root: 'dist', mount: '/dist/' });

const byName = (names) => names.map((name) => launchers[name]).filter(Boolean);

/** Tests that read the accessibility tree, which only Chromium and Firefox give us. */
const A11Y_TREE = ['tests/a11y/reading-order.test.ts', 'tests/embed/generator-a11y.test.ts'];

export default {
  // Every test in every browser, but for two groups below.
  files: [
    'tests/**/*.test.ts',
    '!tests/dist/**',
    '!tests/chromium/**',
    '!tests/editor/**',
    ...A11Y_TREE.map((f) => `!${f}`),
  ],
  groups: [
    // The built dist/ from a plain static server on another origin, as the README and the generator give it:
    // Chromium and Firefox, whose launchers can reach into a cross-origin frame (tests/dist/dist-host-plugin.mjs).
    { name: 'dist', files: 'tests/dist/**/*.test.ts', browsers: byName(['chromium', 'firefox']) },
    // What only Chromium's launcher can emulate (forced colours, reduced motion, print media).
    { name: 'chromium', files: 'tests/chromium/**/*.test.ts', browsers: byName(['chromium']) },
    // The desk editor (dist/editor.html), worked as an editor would: Chromium and Firefox, the browsers a desk uses.
    { name: 'editor', files: 'tests/editor/**/*.test.ts', browsers: byName(['chromium', 'firefox']) },
    // The page read as a screen reader reads it: Chromium's accessibility tree, a flattened-tree walk in
    // Firefox; WebKitGTK's driver offers neither (tests/a11y/ax-tree-plugin.mjs).
    { name: 'a11y-tree', files: A11Y_TREE, browsers: byName(['chromium', 'firefox']) },
  ].filter((group) => group.browsers.length > 0),
  nodeResolve: true,
  concurrency: 1,
  // A file that hangs fails after this; the longest files (pixel comparisons of every widget) take about four minutes.
  testsFinishTimeout: 8 * 60_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [
    // /dist/: the built files exactly as the static server sends them.
    async (ctx, next) => {
      // /dist/__sec/: the attack tests' routes (tests/security/middleware.mjs) as if deployed beside dist/'s files.
      if (!ctx.path.startsWith('/dist/') || ctx.path.startsWith('/dist/__sec/')) return next();
      ctx.respond = false;
      if (!serveDist(ctx.req, ctx.res)) {
        ctx.respond = true;
        return next();
      }
      // The handler answers on its own; wait for it, so the runner reads its status (not Koa's default 404)
      // and does not report a file it served as a missing request.
      if (!ctx.res.writableFinished) await new Promise((resolve) => ctx.res.once('close', resolve));
    },
    // A `src` that answers too late, for the timeout tests.
    async (ctx, next) => {
      if (ctx.path !== '/__test/slow') return next();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      ctx.type = 'application/json';
      ctx.body = '{}';
    },
    ...embedTestMiddleware,
    pasteMiddleware,
    ...securityTestMiddleware,
    ...clientTestMiddleware,
    ...ssrTestMiddleware,
  ],
  plugins: [
    ...devServerPlugins(),
    a11yEmulateMediaPlugin(),
    a11yTreePlugin(),
    screenshotPlugin(),
    distHostPlugin(distHost.origin, npmApp?.origin ?? null),
    // Baselines per browser in tests/visual/baseline/<Browser>/; failures (gitignored) in tests/visual/failed/.
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL === '1',
      baseDir: 'tests/visual',
      getBaselineName: ({ browser, name }) => `baseline/${browser}/${name}.png`,
      getDiffName: ({ browser, name }) => `failed/${browser}/${name}-diff.png`,
      getFailedName: ({ browser, name }) => `failed/${browser}/${name}.png`,
    }),
  ],
  browsers,
  reporters: [defaultReporter(), countingReporter('.cache/test-counts.json')],
};
