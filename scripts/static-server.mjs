// A plain static file server for dist/: files as they are, with the headers
// the README's "Host it yourself" asks of any host or CDN. No compiling, no
// rewriting. `npm start` serves the built site with it, and the tests serve
// dist/ with it on another origin, as a newsroom would host it.
//
//   node scripts/static-server.mjs [dir=dist] [--port 8000] [--host localhost] [--mount /] [--no-cache]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What each file is served as. Module scripts must be JavaScript, and a widget's `src` must be JSON. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.ts': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The headers a host should send for a file of dist/ (README, "Host it yourself").
 * `cache: false` (for `npm start`, which rebuilds) asks browsers to revalidate everything.
 */
export function hostingHeaders(path, { cache = true } = {}) {
  const headers = {
    'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    // Pages on other origins load the modules (a module script needs CORS), the generator checks them, widgets fetch JSON.
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
  };
  if (!cache) headers['Cache-Control'] = 'no-cache';
  // Chunk names carry a hash of their content: cache them for good. The rest keeps its name across versions.
  else if (/(^|\/)chunks\//.test(path)) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  else headers['Cache-Control'] = 'public, max-age=300';
  return headers;
}

/**
 * A request handler serving `root` under the URL path `mount` (ending in /).
 * Returns false for a path outside `mount`, so it can sit in front of other handlers.
 */
export function staticHandler({ root = 'dist', mount = '/', cache = true } = {}) {
  const base = resolve(root);
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://static.invalid');
    if (!url.pathname.startsWith(mount)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return true;
    }
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(mount.length));
    } catch {
      res.writeHead(400).end();
      return true;
    }
    let file = resolve(base, `.${sep}${rel}`);
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return true;
    }
    let stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return true;
      }
      file = join(file, 'index.html');
      stat = statSync(file, { throwIfNoEntry: false });
    }
    if (!stat?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Access-Control-Allow-Origin': '*' }).end('Not found');
      return true;
    }
    res.writeHead(200, { ...hostingHeaders(file.slice(base.length).split(sep).join('/'), { cache }), 'Content-Length': stat.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}

/** Starts a server for `root` on `port` (0: any free one); resolves to its origin and a `close()`. */
export function startStaticServer({ root = 'dist', port = 0, host = '127.0.0.1', mount = '/', cache = true } = {}) {
  const handle = staticHandler({ root, mount, cache });
  const server = createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`, server, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(option('port', process.env.PORT ?? 8000));
  const host = option('host', process.env.HOST ?? 'localhost');
  const mount = option('mount', '/');
  const cache = !args.includes('--no-cache');
  const root = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const { origin } = await startStaticServer({ root, port, host, mount, cache });
  console.log(`Serving ${root}/ at ${origin}${mount}`);
}
