// Dev-server routes for the attack tests (tests/security/*.test.ts). Node side only.
// Every route answers this machine's test server; nothing reaches another host.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const story = () => readFileSync(join(root, 'data/story.json'), 'utf8');
const counts = new Map();

export const securityTestMiddleware = [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__sec/')) return next();
    const route = ctx.path.slice('/__sec/'.length);
    ctx.set('Cache-Control', 'no-store');
    // The story with any Content-Type, readable from any origin (so only our own checks refuse it).
    if (route === 'typed') {
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = String(ctx.query.type ?? 'application/json');
      ctx.body = story();
      return;
    }
    // A redirect to another URL on this test server (e.g. the other loopback origin).
    if (route === 'redirect') {
      const to = new URL(String(ctx.query.to ?? ''));
      if (!['localhost', '127.0.0.1'].includes(to.hostname)) return next();
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.redirect(to.href);
      return;
    }
    // A valid JSON body of about `bytes` bytes, with or without Content-Length.
    if (route === 'big') {
      const bytes = Math.min(Number(ctx.query.bytes) || 0, 8 * 1024 * 1024);
      ctx.type = 'application/json';
      const body = `{"pad":"${'x'.repeat(bytes)}"}`;
      if (ctx.query.chunked) {
        const { Readable } = await import('node:stream');
        ctx.body = Readable.from((function* () { for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536); })());
      } else ctx.body = body;
      return;
    }
    // /__sec/count/<key>.json: the story, counting requests; /__sec/counted/<key>: how many.
    const count = /^count\/([\w-]+)\.json$/.exec(route);
    if (count) {
      counts.set(count[1], (counts.get(count[1]) ?? 0) + 1);
      ctx.type = 'application/json';
      ctx.body = story();
      return;
    }
    const counted = /^counted\/([\w-]+)$/.exec(route);
    if (counted) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts.get(counted[1]) ?? 0);
      return;
    }
    // The embed page as a publisher deploys it when its data lives on another origin:
    // the allow-list is in the page, naming this server's other loopback origin.
    if (route === 'embed-allow.html') {
      const port = ctx.host.split(':')[1];
      const page = readFileSync(join(root, 'dist/embed.html'), 'utf8')
        .replace('<head>', `<head><base href="/dist/embed.html"><meta name="drw-src-origins" content="http://127.0.0.1:${port} https://data.example.org">`);
      ctx.type = 'text/html';
      ctx.body = page;
      return;
    }
    // Every source file as written (the dev server would hand out compiled JS), for the test that finds URL bindings.
    if (route === 'src-files') {
      ctx.type = 'application/json';
      const files = globSync('src/**/*.ts', { cwd: root }).sort();
      ctx.body = JSON.stringify(files.map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') })));
      return;
    }
    return next();
  },
];
