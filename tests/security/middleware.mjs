// Dev-server routes for the attack tests (tests/security/*.test.ts). Node side only.
// Every route answers this machine's test server; nothing reaches another host.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const story = () => readFileSync(join(root, 'data/story.json'), 'utf8');
const counts = new Map();
const requests = new Map();

export const securityTestMiddleware = [
  async (ctx, next) => {
    // The same routes under /dist/__sec/: data that sits in the folder where dist/ is deployed.
    const prefix = ['/__sec/', '/dist/__sec/'].find((p) => ctx.path.startsWith(p));
    if (!prefix) return next();
    const route = ctx.path.slice(prefix.length);
    ctx.set('Cache-Control', 'no-store');
    // The story with any Content-Type, readable from any origin (so only our own checks refuse it).
    if (route === 'typed') {
      // k=<key>: counted as /__sec/counted/<key> reports.
      if (ctx.query.k) counts.set(String(ctx.query.k), (counts.get(String(ctx.query.k)) ?? 0) + 1);
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
        ctx.body = Readable.from(
          (function* () {
            for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536);
          })(),
        );
      } else ctx.body = body;
      return;
    }
    // /__sec/count/<key>.json: the story, counting requests; /__sec/counted/<key>: how many;
    // /__sec/requests/<key>: each request's query and If-None-Match header, in order.
    // Other kinds: count-503 (always "503 Service Unavailable"), count-bad (JSON the schema refuses),
    // count-etag (the story with an ETag, cacheable for an hour: a revalidation gets "304 Not Modified"),
    // count-then-bad (first a story whose total is 12,345 (test data, not the article's), then text that is not JSON).
    const count = /^count(|-503|-bad|-etag|-then-bad)\/([\w-]+)\.json$/.exec(route);
    if (count) {
      const [, kind, key] = count;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!requests.has(key)) requests.set(key, []);
      requests.get(key).push({ query: ctx.querystring, ifNoneMatch: ctx.get('If-None-Match') || null });
      if (kind === '-503') {
        ctx.status = 503;
        ctx.body = 'busy';
        return;
      }
      ctx.type = 'application/json';
      if (kind === '-bad') {
        ctx.body = JSON.stringify({ figures: 3 });
        return;
      }
      if (kind === '-then-bad') {
        if (counts.get(key) > 1) ctx.body = 'not json';
        else {
          const data = JSON.parse(story());
          data.figures.find((f) => f.id === 'troops-total').value = 12345;
          ctx.body = JSON.stringify(data);
        }
        return;
      }
      if (kind === '-etag') {
        ctx.set('Cache-Control', 'max-age=3600');
        ctx.set('ETag', '"v1"');
        if (ctx.get('If-None-Match') === '"v1"') {
          ctx.status = 304;
          return;
        }
      }
      ctx.body = story();
      return;
    }
    const counted = /^(counted|requests)\/([\w-]+)$/.exec(route);
    if (counted) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(
        counted[1] === 'counted' ? (counts.get(counted[2]) ?? 0) : (requests.get(counted[2]) ?? []),
      );
      return;
    }
    // Data on a shared host: the publisher's folder, and a file of someone else's beside it.
    if (
      route === 'publisher-data/story.json' ||
      route === 'anyone.json' ||
      route === 'publisher-data-evil/story.json'
    ) {
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'application/json';
      ctx.body = story();
      return;
    }
    // The embed page as a publisher deploys it when its data lives on another origin:
    // the allow-list is in the page, naming this server's other loopback origin.
    // embed-prefix.html: the allow-list names a folder of the other origin, not the whole origin.
    // embed-refresh-<n>.html: the page allows `refresh` from its URL, at least <n> seconds apart.
    // prerendered-refresh-<n>.html: the same for a pre-rendered embed page (the tally, English, light).
    const deployed = /^(embed-allow|embed-prefix|embed-refresh-(\d+)|prerendered-refresh-(\d+))\.html$/.exec(route);
    if (deployed) {
      const port = ctx.host.split(':')[1];
      const [, name, embedMin, prerenderedMin] = deployed;
      const other = `http://127.0.0.1:${port}`;
      const meta =
        name === 'embed-allow'
          ? `<meta name="drw-src-origins" content="${other} https://data.example.org">`
          : name === 'embed-prefix'
            ? `<meta name="drw-src-origins" content="${other}/__sec/publisher-data/ https://data.example.org">`
            : `<meta name="drw-allow-refresh" content="${embedMin ?? prerenderedMin}">`;
      const file = prerenderedMin ? 'dist/embed/dprk-russia-tally.en.light.html' : 'dist/embed.html';
      const base = prerenderedMin ? '/dist/embed/dprk-russia-tally.en.light.html' : '/dist/embed.html';
      ctx.type = 'text/html';
      ctx.body = readFileSync(join(root, file), 'utf8').replace('<head>', `<head><base href="${base}">${meta}`);
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
