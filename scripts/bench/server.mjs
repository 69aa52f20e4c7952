// The bench's static server: dist/, data/, node_modules/chart.js, the bench
// pages (generated in memory) and a built variant of the demo page. Loopback only.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

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

/** The demo's own scripts, bundled once (they import src/ modules; the widgets come from dist/). */
async function demoScript(root, name) {
  const { outputFiles } = await build({
    entryPoints: [join(root, 'demo', name)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { __DRW_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) },
    // The elements are defined by the built bundle the page loads; the demo's
    // import of src/index only registers them (guarded), so it is left to dist.
    plugins: [
      {
        name: 'widgets-from-dist',
        setup(b) {
          b.onResolve({ filter: /\/src\/index\.js$/ }, () => ({ path: '/dist/dprk-russia-widgets.js', external: true }));
        },
      },
    ],
  });
  return outputFiles[0].text;
}

/**
 * @param {string} root the repository
 * @param {Record<string, string>} pages path → HTML for the bench pages
 */
export async function startServer(root, pages) {
  const built = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      let body;
      let type;
      if (pages[path] !== undefined) {
        body = Buffer.from(pages[path]);
        type = TYPES['.html'];
      } else if (path.startsWith('/demo/') && path.endsWith('.ts')) {
        const name = path.slice('/demo/'.length);
        if (!built.has(name)) built.set(name, await demoScript(root, name));
        body = Buffer.from(built.get(name));
        type = TYPES['.js'];
      } else {
        if (path.endsWith('/')) path += 'index.html';
        const file = normalize(join(root, path));
        const allowed = ['dist', 'data', 'demo', 'node_modules/chart.js/dist', 'docs'].some((dir) => file.startsWith(join(root, dir) + '/'));
        if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        body = readFileSync(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
        if (path === '/demo/index.html' || path === '/demo/story.html') {
          // The built variant: the page loads the bundle, not the TypeScript source.
          body = Buffer.from(body.toString('utf8').replaceAll('../src/index.ts', '../dist/dprk-russia-widgets.js'));
        }
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
