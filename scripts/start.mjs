// `npm start`: builds dist/ and serves it as it ships (scripts/static-server.mjs,
// no compiling on the fly), then rebuilds when src/, demo/ or data/ change.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const build = () =>
  new Promise((done) => spawn(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).on('exit', (code) => done(code === 0)));

if (!(await build())) process.exit(1);
const host = process.env.HOST ?? 'localhost';
const { origin } = await startStaticServer({ root: 'dist', port: Number(process.env.PORT ?? 8000), host, cache: false });
console.log(`Demo: ${origin}/demo/ (the built site in dist/; rebuilt when src/, demo/ or data/ change)`);

let timer;
let running = null;
let again = false;
const rebuild = async () => {
  if (running) {
    again = true;
    return;
  }
  running = build();
  console.log((await running) ? `rebuilt: reload ${origin}/demo/` : 'build failed: the last good build is gone, fix and save again');
  running = null;
  if (again) {
    again = false;
    rebuild();
  }
};
for (const dir of ['src', 'demo', 'data']) {
  watch(dir, { recursive: true }, (_event, file) => {
    // The build itself writes src/elements/index.ts when the registry changes.
    if (file && /elements[\\/]index\.ts$/.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(rebuild, 200);
  });
}
