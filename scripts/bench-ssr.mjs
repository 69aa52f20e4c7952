// npm run bench:ssr: pre-rendered cards (scripts/bench/ssr.mjs) alone; writes bench/report-ssr.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchSsr } from './bench/ssr.mjs';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
if (!existsSync(join(root, 'dist/css/dprk-russia-tally.css'))) {
  console.log('dist/ is missing or older than pre-rendering: building…');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const rows = await benchSsr({ root });
for (const row of rows) {
  const extra = row.details
    ? `  (${Object.entries(row.details)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`
    : '';
  console.log(`${row.what.padEnd(60)} ${row.value.toFixed(1).padStart(8)} ${row.unit}${extra}`);
}
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/report-ssr.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
