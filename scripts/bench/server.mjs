// The bench's static server: dist/, data/, node_modules/chart.js, the bench
// pages (generated in memory); the built demo site is dist/demo/. Loopback only.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * @param {string} root the repository
 * @param {Record<string, string>} pages path → HTML for the bench pages
 */
export async function startServer(root, pages) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      let body;
      let type;
      if (pages[path] !== undefined) {
        body = Buffer.from(pages[path]);
        type = TYPES['.html'];
      } else {
        if (path.endsWith('/')) path += 'index.html';
        const file = normalize(join(root, path));
        const allowed = ['dist', 'data', 'node_modules/chart.js/dist', 'docs'].some((dir) =>
          file.startsWith(join(root, dir) + '/'),
        );
        if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        body = readFileSync(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      const headers = { 'content-type': type, 'cache-control': 'max-age=3600' };
      if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg/.test(type)) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers).end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
