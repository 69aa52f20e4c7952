import { devServerPlugins } from './scripts/dev-server-plugins.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { embedTestMiddleware } from './tests/embed/middleware.mjs';
import { a11yEmulateMediaPlugin } from './tests/a11y/media-emulation-plugin.mjs';

const chromiumArgs = [
  '--no-sandbox', // CI runs as root
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [
    // A `src` that answers too late, for the timeout tests.
    async (ctx, next) => {
      if (ctx.path !== '/__test/slow') return next();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      ctx.type = 'application/json';
      ctx.body = '{}';
    },
    ...embedTestMiddleware,
  ],
  plugins: [...devServerPlugins(), a11yEmulateMediaPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), countingReporter('.cache/test-counts.json')],
};
