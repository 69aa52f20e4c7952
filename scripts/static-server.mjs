// A plain static file server for dist/: files as they are, with the headers
// "Host it yourself" in docs/embedding.md asks of any host or CDN. No compiling, no
// rewriting. `npm start` serves the built site with it, and the tests serve
// dist/ with it on another origin, as a newsroom would host it.
//
//   node scripts/static-server.mjs [dir=dist] [--port 8000] [--host localhost] [--mount /] [--no-cache]
import { constants as fsConstants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream';
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
 * The headers a host should send for a file of dist/ (docs/embedding.md, "Host it yourself").
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

// Refused before the file system is asked: a stranger's request decides nothing but which file of the root to read.
const MAX_TARGET = 8192; // characters of path and query, well above any URL the widgets' pages use
const MAX_NAME = 255; // bytes of one file name, the limit of common file systems
// Not following a last symlink, and not waiting on a named pipe (open would hang until a writer came).
// Neither flag exists on Windows, where the realpath check alone guards.
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);

const refusal = {
  'Content-Type': 'text/plain; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

/** Answers with a short plain-text status; a response already under way is cut instead. */
function answer(res, status, text, extra = {}) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { ...refusal, ...extra }).end(text);
}

/**
 * The file names a request path (below the mount, still percent-encoded) asks for, or the status that
 * refuses it. Browsers never send `.`, `..`, `//`, backslashes or control characters in a path; a
 * request that does is refused as it is, not normalised into a meaning (and a redirect) we did not choose.
 */
function namesOf(encoded) {
  const parts = encoded === '' ? [] : encoded.split('/');
  const folder = parts.length === 0 || parts.at(-1) === '';
  if (folder && parts.length) parts.pop();
  const names = [];
  for (const part of parts) {
    let name;
    try {
      name = decodeURIComponent(part);
    } catch {
      return { status: 400 }; // invalid percent-encoding or UTF-8 (a lone surrogate, an overlong form)
    }
    // eslint-disable-next-line no-control-regex -- control characters in a name are refused
    if (name === '' || name === '.' || name === '..' || /[/\\\0-\x1f\x7f]/.test(name) || part.includes('\\'))
      return { status: 400 };
    // Dotfiles (.env, .git) are never part of a site; names longer than a file system allows do not exist.
    if (name.startsWith('.') || Buffer.byteLength(name) > MAX_NAME) return { status: 404 };
    names.push(name);
  }
  return { names, folder };
}

/**
 * Opens `names` below `root` without following a symlink anywhere on the way (the root itself may be
 * reached through one): resolves to an open handle and its stats, or null for anything else.
 */
async function openInside(root, names) {
  const file = join(root, ...names);
  const real = await realpath(file).catch(() => null);
  if (real !== file) return null; // missing, or a symlink inside or out of the root
  const handle = await open(real, OPEN_FLAGS).catch(() => null);
  if (!handle) return null;
  try {
    return { handle, stats: await handle.stat() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** True if the request's validators match the file, so a 304 does. */
function unchanged(req, etag, mtime) {
  const tags = req.headers['if-none-match'];
  if (tags)
    return tags.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}

async function serve(req, res, { root, mount, cache }, encoded, query) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return answer(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const parsed = namesOf(encoded);
  if (parsed.status) return answer(res, parsed.status, parsed.status === 404 ? 'Not found' : 'Bad request');
  const { names, folder } = parsed;
  const base = await realpath(root).catch(() => null);
  if (!base) return answer(res, 404, 'Not found');
  let found = await openInside(base, names);
  const isFolder = !!found?.stats.isDirectory();
  if (isFolder) {
    await found.handle.close();
    if (!folder) {
      // Built from the checked names, each encoded: a path on this origin (`/name/…/`), never `//host` or `/\host`.
      const location = `${mount}${names.map(encodeURIComponent).join('/')}/${/^\?[\x21-\x7e]*$/.test(query) ? query : ''}`;
      if (!/^\/[^/\\]/.test(location)) return answer(res, 400, 'Bad request');
      return answer(res, 301, 'Moved permanently', { Location: location });
    }
    names.push('index.html');
    found = await openInside(base, names);
  }
  if (!found) return answer(res, 404, 'Not found');
  // A file asked for as a folder (`/embed.html/`) is not served: its relative URLs would resolve one level too deep.
  if (folder && !isFolder) {
    await found.handle.close();
    return answer(res, 404, 'Not found');
  }
  const { handle, stats } = found;
  let streaming = false;
  try {
    if (!stats.isFile()) return answer(res, 404, 'Not found');
    const etag = `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
    const headers = {
      ...hostingHeaders(names.join('/'), { cache }),
      ETag: etag,
      'Last-Modified': stats.mtime.toUTCString(),
    };
    if (unchanged(req, etag, stats.mtime)) return void res.writeHead(304, headers).end();
    res.writeHead(200, { ...headers, 'Content-Length': stats.size });
    // A visitor who already left gets nothing streamed (piping into a closed response throws, and the file would stay open).
    if (req.method === 'HEAD' || stats.size === 0 || res.destroyed) return void res.end();
    streaming = true;
    // A read error or a visitor who leaves mid-file ends this response only; the stream closes the file.
    pipeline(handle.createReadStream({ start: 0, end: stats.size - 1 }), res, () => {});
  } finally {
    if (!streaming) await handle.close();
  }
}

/**
 * A request handler serving `root` under the URL path `mount` (ending in /).
 * Returns false for a path outside `mount`, so it can sit in front of other handlers; otherwise true,
 * and answers every request (a refusal or a 500 at worst), never throwing and never rejecting.
 */
export function staticHandler({ root = 'dist', mount = '/', cache = true } = {}) {
  if (!/^\/(?:[^/\\?#]+\/)*$/.test(mount))
    throw new Error(`static server: mount must be a path like /a/b/, not ${mount}`);
  const options = { root: resolve(root), mount, cache };
  return (req, res) => {
    // The raw request target, not a URL parser's reading of it: `new URL('/.//host/')` has the path `//host/`.
    const target = typeof req.url === 'string' ? req.url : '';
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    if (!path.startsWith(mount)) return false;
    const failed = (error) => {
      console.error(`static server: a request failed: ${error?.code ?? error?.message ?? error}`);
      try {
        answer(res, 500, 'Server error');
      } catch {
        res.destroy();
      }
    };
    try {
      if (target.length > MAX_TARGET) answer(res, 414, 'URI too long');
      else serve(req, res, options, path.slice(mount.length), q < 0 ? '' : target.slice(q)).catch(failed);
    } catch (error) {
      failed(error);
    }
    return true;
  };
}

/** Starts a server for `root` on `port` (0: any free one); resolves to its origin and a `close()`. */
export function startStaticServer({ root = 'dist', port = 0, host = '127.0.0.1', mount = '/', cache = true } = {}) {
  const handle = staticHandler({ root, mount, cache });
  const server = createServer((req, res) => {
    try {
      if (!handle(req, res)) answer(res, 404, 'Not found');
    } catch {
      answer(res, 500, 'Server error');
    }
  });
  // What the HTTP parser refuses (a NUL, an invented method, an oversized header, no HTTP at all):
  // a status line if the socket can take one, and the connection closed. The process goes on.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      // An error after listening (a socket refused by the system, too many open files) must not end the process.
      server.on('error', (error) => console.error(`static server: ${error.code ?? error.message}`));
      const { port: actual } = server.address();
      done({
        origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
        server,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      'usage: node scripts/static-server.mjs [dir=dist] [--port 8000] [--host localhost] [--mount /] [--no-cache]',
    );
    process.exit(0);
  }
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
