// The static server (`npm start`, the test runner's dist/ host) against what a
// stranger can send it: any web page can make a visitor's browser request any
// path (an <img src> is enough), and anyone can reach a server left open.
// The server runs as its own process, as `npm start` does, so a request that
// crashes it shows as a refused connection, not as a crash of this file.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, hostingHeaders, staticHandler } from '../../scripts/static-server.mjs';

const script = fileURLToPath(new URL('../../scripts/static-server.mjs', import.meta.url));
const SECRET = 'SECRET-OUTSIDE-THE-ROOT';

/** A served root beside a folder it must never reveal. */
function makeSite() {
  const top = mkdtempSync(join(tmpdir(), 'drw-static-'));
  const root = join(top, 'root');
  const outside = join(top, 'outside');
  mkdirSync(join(root, 'demo'), { recursive: true });
  mkdirSync(join(root, 'chunks'));
  mkdirSync(join(root, 'evil.example', 'x'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  mkdirSync(outside);
  writeFileSync(join(root, 'embed.html'), '<!doctype html><title>embed</title>');
  writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
  writeFileSync(join(root, 'evil.example', 'x', 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'chunks', 'lit-0a1b2c3d.js'), 'export {};');
  writeFileSync(join(root, 'story.json'), '{}');
  writeFileSync(join(root, 'caffè.txt'), 'accented');
  writeFileSync(join(root, '.env'), SECRET);
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  writeFileSync(join(top, 'secret.txt'), SECRET);
  // Symlinks a build or a careless copy could leave: out of the root, and inside it.
  symlinkSync(join(outside, 'secret.txt'), join(root, 'link-out.txt'));
  symlinkSync(outside, join(root, 'link-dir'));
  symlinkSync(join(root, 'embed.html'), join(root, 'link-in.html'));
  // A named pipe: opening one to read waits for a writer, which would hold the server's file threads.
  execFileSync('mkfifo', [join(root, 'pipe.json')]);
  return { top, root };
}

/** Starts `node scripts/static-server.mjs` on a free port; resolves when it prints its origin. */
function startProcess(root, ...args) {
  const child = spawn(process.execPath, [script, root, '--port', '0', '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const m = output.match(/at http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) resolve({ child, port: Number(m[1]), output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}

/** One request through node:http, the path sent exactly as given (no URL parser normalises it). */
function get(port, path, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { Connection: 'close', ...headers }, agent: false },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${method} ${path.slice(0, 80)}`)));
    req.end();
  });
}

/** Bytes written straight to the socket, for what node:http refuses to send (NUL, bad methods, garbage). */
function raw(port, bytes) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks = [];
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer')));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (error) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({
        status: Number(statusLine.match(/^HTTP\/1\.[01] (\d{3})/)?.[1] ?? 0),
        headers,
        body: rest.join('\r\n\r\n'),
      });
    });
    socket.write(Buffer.from(bytes, 'latin1'));
  });
}

/** The server still serves a normal page. */
async function assertAlive(port, after) {
  let res;
  try {
    res = await get(port, '/embed.html');
  } catch (error) {
    assert.fail(`the server stopped answering after ${after}: ${error.message}`);
  }
  assert.equal(res.status, 200, `a normal request after ${after}`);
  assert.match(res.body, /<title>embed<\/title>/);
}

/** A Location header, if any, stays on this origin: a path, never `//host` or `/\host`. */
function assertSameOrigin(res, port, what) {
  const location = res.headers.location;
  if (location === undefined) return;
  assert.match(location, /^\/(?![/\\])/, `${what}: Location ${location} must be a same-origin path`);
  const origin = `http://127.0.0.1:${port}`;
  assert.equal(new URL(location, `${origin}/a/b`).origin, origin, `${what}: Location ${location} leaves the origin`);
}

const REFUSED = [400, 404, 405, 414, 431];

describe('static server: requests a stranger can send', () => {
  let site;
  let server;
  const crashes = [];
  before(async () => {
    site = makeSite();
    server = await startProcess(site.root);
  });
  // A crash fails the test that caused it; a fresh server lets the next attack be judged on its own.
  afterEach(async () => {
    if (server.child.exitCode === null) return;
    crashes.push(server.output());
    server = await startProcess(site.root);
  });
  after(() => {
    server?.child.kill();
    rmSync(site.top, { recursive: true, force: true });
  });

  test('serves a file with the hosting headers', async () => {
    const res = await get(server.port, '/embed.html');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['cache-control'], 'public, max-age=300');
    const chunk = await get(server.port, '/chunks/lit-0a1b2c3d.js');
    assert.equal(chunk.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
    const json = await get(server.port, '/story.json?refresh=1');
    assert.equal(json.headers['content-type'], 'application/json');
    assert.equal((await get(server.port, '/caff%C3%A8.txt')).body, 'accented');
  });

  test('HEAD sends the headers without the body; a directory serves its index.html', async () => {
    const head = await get(server.port, '/embed.html', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal(Number(head.headers['content-length']), '<!doctype html><title>embed</title>'.length);
    const index = await get(server.port, '/demo/');
    assert.equal(index.status, 200);
    assert.match(index.body, /<title>demo<\/title>/);
    const none = await get(server.port, '/empty/');
    assert.equal(none.status, 404);
  });

  test('a file asked for as a folder (a slash after its name): 404, not the file under the wrong base URL', async () => {
    const res = await get(server.port, '/story.json/');
    assert.equal(res.status, 404);
    assert.equal((await get(server.port, '/demo/index.html/')).status, 404);
    assert.equal((await get(server.port, '/story.json')).status, 200);
  });

  test('a file that does not exist: 404 with CORS and nosniff, so a widget can read the failure', async () => {
    const res = await get(server.port, '/nope.json');
    assert.equal(res.status, 404);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  test('revalidation: an unchanged file answers 304 to its ETag or its Last-Modified', async () => {
    const first = await get(server.port, '/story.json');
    assert.ok(first.headers.etag, 'an ETag');
    assert.ok(first.headers['last-modified'], 'a Last-Modified');
    const byTag = await get(server.port, '/story.json', { headers: { 'If-None-Match': first.headers.etag } });
    assert.equal(byTag.status, 304);
    assert.equal(byTag.body, '');
    assert.equal(byTag.headers['access-control-allow-origin'], '*');
    const byDate = await get(server.port, '/story.json', {
      headers: { 'If-Modified-Since': first.headers['last-modified'] },
    });
    assert.equal(byDate.status, 304);
    const other = await get(server.port, '/story.json', { headers: { 'If-None-Match': 'W/"other"' } });
    assert.equal(other.status, 200);
  });

  // Row 1 of the issue: each of these exited the process (an uncaught error from stat).
  const crashers = [
    ['/embed.html%00', 'an encoded NUL'],
    ['/%00', 'a NUL alone'],
    [`/${'a'.repeat(256)}`, 'a 256-character segment'],
    [`/${'a'.repeat(300)}.html`, 'a 300-character file name'],
    [`/demo/${'b'.repeat(4000)}/x.js`, 'a 4000-character segment under a folder'],
    [`/${'c/'.repeat(2000)}x`, 'two thousand folders deep'],
    [`/${'%C3%A8'.repeat(100)}`, 'a name of 200 bytes encoded (100 characters)'],
    [`/${'%C3%A8'.repeat(200)}`, 'a name of 400 bytes encoded'],
    ['/%E0%A4%A', 'truncated percent-encoding'],
    ['/%zz', 'invalid percent-encoding'],
    ['/%', 'a lone percent sign'],
    ['/%C0%AF', 'an overlong UTF-8 slash'],
    ['/%ED%A0%80', 'a lone surrogate'],
    ['/embed.html/x', 'a file used as a folder'],
    ['/demo/%0a%0d', 'encoded CR and LF'],
    ['/demo/%7f', 'an encoded DEL'],
    [`/embed.html?${'q'.repeat(10_000)}`, 'a 10,000-character query string'],
  ];
  for (const [path, what] of crashers) {
    test(`survives ${what}`, async () => {
      const res = await get(server.port, path);
      assert.ok(REFUSED.includes(res.status), `${what}: status ${res.status}`);
      assertSameOrigin(res, server.port, what);
      await assertAlive(server.port, what);
    });
  }

  test('survives a request line longer than any header limit', async () => {
    const res = await get(server.port, `/${'d'.repeat(20_000)}`).catch(() => ({ status: 0 }));
    assert.ok([0, ...REFUSED].includes(res.status), `status ${res.status}`);
    await assertAlive(server.port, 'a 20,000-character path');
  });

  const traversals = [
    ['/../secret.txt', 'a raw ..'],
    ['/../outside/secret.txt', 'a raw .. to a sibling folder'],
    ['/demo/../../secret.txt', 'a raw .. under a folder'],
    ['/%2e%2e/secret.txt', 'an encoded ..'],
    ['/%2E%2E/outside/secret.txt', 'an encoded .. in capitals'],
    ['/demo/%2e%2e%2f%2e%2e%2fsecret.txt', 'encoded .. and slashes'],
    ['/..%2fsecret.txt', 'an encoded slash after ..'],
    ['/..%5csecret.txt', 'an encoded backslash after ..'],
    ['/demo\\..\\..\\secret.txt', 'backslashes'],
    ['/%252e%252e/secret.txt', 'a doubly encoded ..'],
    ['/.env', 'a dotfile'],
    ['/demo/.%2e/.env', 'a half-encoded ..'],
    ['/./embed.html/../../secret.txt', 'a . then ..'],
  ];
  for (const [path, what] of traversals) {
    test(`refuses ${what}`, async () => {
      const res = await get(server.port, path);
      assert.ok(REFUSED.includes(res.status), `${what}: status ${res.status}`);
      assert.doesNotMatch(res.body, new RegExp(SECRET));
      assertSameOrigin(res, server.port, what);
      await assertAlive(server.port, what);
    });
  }

  test('refuses other methods with 405 and keeps serving', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'TRACE']) {
      const res = await get(server.port, '/embed.html', { method });
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.allow, 'GET, HEAD', method);
      assert.doesNotMatch(res.body, /<title>embed/, method);
    }
    await assertAlive(server.port, 'other methods');
  });

  // What node:http will not send: a raw NUL, an invented method, CONNECT, a proxy's absolute URL, no HTTP at all.
  const rawAttacks = [
    ['GET /embed.html\0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'a raw NUL in the path'],
    ['GET /embed.html HTTP/1.1\r\nHost: x\0y\r\nConnection: close\r\n\r\n', 'a raw NUL in a header'],
    ['BREW /embed.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'an invented method'],
    ['CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n', 'CONNECT'],
    [
      'GET http://evil.example/embed.html HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
      'an absolute URL',
    ],
    ['OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'OPTIONS *'],
    ['GET embed.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'a path without its slash'],
    ['\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n', 'a TLS hello'],
    [
      'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n',
      'a smuggling attempt',
    ],
  ];
  for (const [bytes, what] of rawAttacks) {
    test(`survives ${what}`, async () => {
      const res = await raw(server.port, bytes);
      assert.ok([0, ...REFUSED].includes(res.status), `${what}: status ${res.status}`);
      assertSameOrigin(res, server.port, what);
      await assertAlive(server.port, what);
    });
  }

  // Row 8: `Location: //host/...` sends a visitor to another site from ours.
  test('a folder without its slash redirects to itself with the slash, the query kept', async () => {
    const res = await get(server.port, '/demo?lang=en');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/demo/?lang=en');
    const nested = await get(server.port, '/evil.example/x');
    assert.equal(nested.headers.location, '/evil.example/x/');
  });

  const redirects = [
    '/.//evil.example/x',
    '//evil.example/x',
    '/.//demo',
    '//demo',
    '///demo',
    '/\\evil.example/x',
    '/\\/evil.example/x',
    '/%2F/evil.example/x',
    '/%2f%2fevil.example/x',
    '/.%2F/evil.example/x',
    '/%5Cevil.example/x',
    '/./%2F/demo',
    '/demo/..//evil.example/x',
    '/evil.example/x/..//evil.example/x',
  ];
  for (const path of redirects) {
    test(`never redirects off the origin: ${path}`, async () => {
      const res = await get(server.port, path);
      assertSameOrigin(res, server.port, path);
      if (res.headers.location) assert.notEqual(res.status, 200);
      await assertAlive(server.port, path);
    });
  }

  test('never follows a symlink, out of the root or inside it', async () => {
    for (const path of ['/link-out.txt', '/link-dir/secret.txt', '/link-dir/', '/link-dir', '/link-in.html']) {
      const res = await get(server.port, path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body, new RegExp(SECRET), path);
      assert.equal(res.headers.location, undefined, path);
    }
    await assertAlive(server.port, 'symlinks');
  });

  test('a named pipe in the root: 404 at once, however many ask', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => get(server.port, '/pipe.json')));
    assert.deepEqual(
      answers.map((r) => r.status),
      Array(8).fill(404),
    );
    await assertAlive(server.port, 'eight requests for a named pipe');
  });

  test('a root reached through a symlink still serves its files', async () => {
    const link = join(site.top, 'root-link');
    symlinkSync(site.root, link);
    const other = await startProcess(link);
    try {
      const res = await get(other.port, '/embed.html');
      assert.equal(res.status, 200);
      assert.equal((await get(other.port, '/link-out.txt')).status, 404);
    } finally {
      other.child.kill();
    }
  });

  test('no request made the process exit, and it printed no uncaught error', async () => {
    assert.deepEqual(crashes, []);
    assert.equal(server.child.exitCode, null);
    assert.doesNotMatch(server.output(), /Error|uncaught/i);
    await assertAlive(server.port, 'every attack');
  });
});

describe('static server under a mount (the test runner serves dist/ at a sub-path)', () => {
  let site;
  let server;
  before(async () => {
    site = makeSite();
    server = await startProcess(site.root, '--mount', '/newsroom/widgets/');
  });
  after(() => {
    server?.child.kill();
    rmSync(site.top, { recursive: true, force: true });
  });

  test('serves under the mount, 404 outside it', async () => {
    assert.equal((await get(server.port, '/newsroom/widgets/embed.html')).status, 200);
    assert.equal((await get(server.port, '/embed.html')).status, 404);
    assert.equal((await get(server.port, '/newsroom/embed.html')).status, 404);
  });

  test('redirects a folder to its slash under the mount, never off the origin', async () => {
    const res = await get(server.port, '/newsroom/widgets/demo');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/newsroom/widgets/demo/');
    for (const path of [
      '/newsroom/widgets/.//evil.example/x',
      '/newsroom/widgets//evil.example/x',
      '/newsroom/widgets/\\evil.example/x',
      '/newsroom/widgets/%2F%2Fevil.example/x',
    ]) {
      const attack = await get(server.port, path);
      assertSameOrigin(attack, server.port, path);
      assert.ok(REFUSED.includes(attack.status) || attack.status === 301, `${path}: status ${attack.status}`);
    }
  });

  test('refuses to climb out of the mount', async () => {
    for (const path of [
      '/newsroom/widgets/../widgets/embed.html',
      '/newsroom/widgets/%2e%2e/secret.txt',
      '/newsroom/widgets/../../secret.txt',
    ]) {
      const res = await get(server.port, path);
      assert.ok(REFUSED.includes(res.status), `${path}: status ${res.status}`);
      assert.doesNotMatch(res.body, new RegExp(SECRET));
    }
  });
});

describe('static server: the exported API its callers use', () => {
  test('hostingHeaders gives the README table, and no-cache for npm start', () => {
    assert.equal(CONTENT_TYPES['.js'], 'text/javascript; charset=utf-8');
    assert.deepEqual(hostingHeaders('chunks/x-1.js'), {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    assert.equal(hostingHeaders('embed.html')['Cache-Control'], 'public, max-age=300');
    assert.equal(hostingHeaders('embed.html', { cache: false })['Cache-Control'], 'no-cache');
    assert.equal(hostingHeaders('x.unknown')['Content-Type'], 'application/octet-stream');
  });

  test('staticHandler answers false, synchronously, for a path outside its mount', () => {
    const handle = staticHandler({ root: tmpdir(), mount: '/dist/' });
    const res = { writeHead: () => assert.fail('must not answer') };
    assert.equal(handle({ url: '/other/x.js', method: 'GET', headers: {} }, res), false);
    assert.equal(handle({ url: '/distx/x.js', method: 'GET', headers: {} }, res), false);
  });
});
