// Dev-server routes for the embed tests (tests/embed/*.test.ts), added to
// web-test-runner.config.mjs. Node side only.
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const root = process.cwd();
const pkgVersion = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** A page that runs under a strict Content-Security-Policy with Trusted Types enforced. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  // Lit's own policy is the only one a page needs for our widgets.
  'trusted-types lit-html',
].join('; ');

const requests = new Map();

export const embedTestMiddleware = [
  async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/tests/embed/fixtures/strict-csp')) ctx.set('Content-Security-Policy', STRICT_CSP);
  },

  // /__embed/copy/<version>/<file in dist>: the built bundle again, at another
  // URL, stamped with another version, as a second copy on a page would be.
  async (ctx, next) => {
    const match = /^\/__embed\/copy\/([\w.-]+)\/(.+)$/.exec(ctx.path);
    if (!match) return next();
    const file = normalize(match[2]);
    if (file.startsWith('..')) return next();
    let body = readFileSync(join(root, 'dist', file), 'utf8');
    if (extname(file) === '.js') body = body.replaceAll(JSON.stringify(pkgVersion()), JSON.stringify(match[1]));
    ctx.type = extname(file) === '.js' ? 'application/javascript' : 'text/plain';
    ctx.body = body;
  },

  // /__embed/live/<key>.json: the story, its as-of date one day later at every
  // request, cacheable for an hour (so only cache-busting sees the new one).
  // /__embed/live-log/<key>: how often it was asked for, and the URLs.
  async (ctx, next) => {
    const live = /^\/__embed\/live\/([\w-]+)\.json$/.exec(ctx.path);
    if (live) {
      const log = requests.get(live[1]) ?? [];
      log.push(ctx.url);
      requests.set(live[1], log);
      const story = JSON.parse(readFileSync(join(root, 'data/story.json'), 'utf8'));
      story.asOf = `2025-04-${String(Math.min(log.length, 28)).padStart(2, '0')}`;
      // The as-of line names the article's latest dated event: it moves with the data's day.
      story.events.find((e) => e.id === 'energy-halt').date = `--${story.asOf.slice(5)}`;
      ctx.set('Cache-Control', 'public, max-age=3600');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(story);
      return;
    }
    const count = /^\/__embed\/live-log\/([\w-]+)$/.exec(ctx.path);
    if (!count) return next();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(requests.get(count[1]) ?? []);
  },
];
