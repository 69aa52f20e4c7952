// `npm run new-widget <tag>`, as a newcomer runs it (CONTRIBUTING.md, "Add a widget"), in a copy
// of the repository: it writes the entry, the folder and the test stub, the result type-checks,
// and it refuses what it cannot do. The checkout itself is never touched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let copy;

const run = (args) => spawnSync(process.execPath, ['scripts/new-widget.mjs', ...args], { cwd: copy, encoding: 'utf8' });

describe('npm run new-widget, in a copy of the repository', () => {
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'drw-new-widget-'));
    for (const item of [
      'src',
      'data',
      'scripts',
      'tests',
      'tsconfig.json',
      'package.json',
      '.prettierrc.json',
      '.prettierignore',
    ])
      cpSync(join(repo, item), join(copy, item), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  test('writes the registry entry, the style-sheet title, the element folder and its test, and all of it type-checks', () => {
    const made = run(['dprk-russia-newcomer']);
    assert.equal(made.status, 0, made.stderr);
    const folder = join(copy, 'src/elements/dprk-russia-newcomer');
    for (const file of ['dprk-russia-newcomer.ts', 'dprk-russia-newcomer.styles.ts', 'define.ts'])
      assert.ok(existsSync(join(folder, file)), file);
    assert.ok(existsSync(join(copy, 'tests/elements/dprk-russia-newcomer.test.ts')));
    assert.match(readFileSync(join(copy, 'src/widgets.ts'), 'utf8'), /tag: 'dprk-russia-newcomer'/);
    assert.ok('dprk-russia-newcomer.title' in JSON.parse(readFileSync(join(copy, 'data/style.json'), 'utf8')).labels);
    // Its parts are documented in the words the shipped cards use (the style sheet holds the manifest's prose to the
    // desk's terms, tests/style/style-sheet.test.ts): a part both have reads the same (the body is each card's own).
    const parts = (file) =>
      new Map([...readFileSync(file, 'utf8').matchAll(/@csspart (\S+) - (.+)/g)].map((m) => [m[1], m[2].trim()]));
    const scaffolded = parts(join(folder, 'dprk-russia-newcomer.ts'));
    const tally = parts(join(repo, 'src/elements/dprk-russia-tally/dprk-russia-tally.ts'));
    for (const [part, text] of scaffolded)
      if (tally.has(part) && part !== 'body') assert.equal(text, tally.get(part), `@csspart ${part}`);
    // An update to the figure it shows puts the update line on it.
    assert.match(readFileSync(join(folder, 'dprk-russia-newcomer.ts'), 'utf8'), /override figureIds\(\)/);
    const tsc = spawnSync(join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json', '--noEmit'], {
      cwd: copy,
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    // Formatted as the repository's code is: npm test's format check passes on it as written.
    const prettier = spawnSync(
      process.execPath,
      [join(repo, 'node_modules/prettier/bin/prettier.cjs'), '--check', 'src', 'tests'],
      {
        cwd: copy,
        encoding: 'utf8',
      },
    );
    assert.equal(prettier.status, 0, prettier.stdout + prettier.stderr);
  });

  test('refuses a tag that exists already, and one that is not a custom element name, and writes nothing', () => {
    const before = readFileSync(join(copy, 'src/widgets.ts'), 'utf8');
    for (const tag of ['dprk-russia-tally', 'Not_A_Tag', 'nodash']) {
      const made = run([tag]);
      assert.notEqual(made.status, 0, tag);
      assert.notEqual(made.stderr.trim(), '', `${tag}: says why`);
    }
    assert.equal(readFileSync(join(copy, 'src/widgets.ts'), 'utf8'), before);
  });
});
