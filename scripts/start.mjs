// `npm start`: builds dist/ and serves it as it ships (scripts/static-server.mjs,
// no compiling on the fly), then rebuilds when src/, demo/ or data/ change.
// For local use: production is dist/ on any static host or CDN that sends the
// headers docs/embedding.md lists, not this process.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const build = () =>
  new Promise((done) =>
    spawn(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).on('exit', (code) => done(code === 0)),
  );

if (!(await build())) process.exit(1);
const host = process.env.HOST ?? 'localhost';
const { origin } = await startStaticServer({
  root: 'dist',
  port: Number(process.env.PORT ?? 8000),
  host,
  cache: false,
});
console.log(`Demo: ${origin}/demo/ (the built site in dist/; rebuilt when src/, demo/ or data/ change)`);
// Anyone who can reach the port can read dist/: say so when it is more than this machine.
if (!['localhost', '127.0.0.1', '::1'].includes(host)) {
  console.warn(
    `HOST=${host}: other machines can reach this server. npm start is for local use; host dist/ on a static host or CDN.`,
  );
}

let timer;
let running = null;
let again = false;
const rebuild = async () => {
  if (running) {
    again = true;
    return;
  }
  running = build();
  console.log(
    (await running)
      ? `rebuilt: reload ${origin}/demo/`
      : 'build failed: the last good build is gone, fix and save again',
  );
  running = null;
  if (again) {
    again = false;
    rebuild();
  }
};
for (const dir of ['src', 'demo', 'data']) {
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 200);
  });
}
