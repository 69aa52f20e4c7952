// A path in a comment sends the next developer somewhere: it must lead there. Every
// repository path named in a comment under src/ (and in the docs a newcomer reads)
// must exist, so a moved or deleted file fails here instead of leaving a dead pointer.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PATH = /\b(?:src|tests|scripts|docs|data|bench|demo)\/[\w.*/-]*[\w*]/g;

/** Files under `dir` (recursively) whose names end with one of `exts`. */
function files(dir, exts) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && exts.some((e) => d.name.endsWith(e)))
    .map((d) => join(d.parentPath ?? d.path, d.name).slice(root.length));
}

// What a run writes (.gitignore) is not in a fresh checkout; `my-widget` is the scaffold's example name.
const written = readFileSync(join(root, '.gitignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim().replace(/^\//, ''))
  .filter((l) => l && !l.startsWith('#'));
const example = (path) => /\bmy-widget\b/.test(path) || written.some((w) => path.startsWith(w.replace(/\/$/, '')));

/** Whether a path, or a glob with `*` in its last parts, names something in the repository. */
function exists(path) {
  if (example(path)) return true;
  if (!path.includes('*')) return existsSync(join(root, path));
  const fixed = path.slice(0, path.indexOf('*')).replace(/[^/]*$/, '');
  return existsSync(join(root, fixed));
}

/** Each path named in `text`'s comments (lines starting with //, /*, * or #), with its line. */
function commentPaths(text) {
  const found = [];
  text.split('\n').forEach((line, i) => {
    if (!/^\s*(\/\/|\/\*|\*|#)/.test(line)) return;
    for (const m of line.matchAll(PATH)) found.push({ line: i + 1, path: m[0].replace(/\.$/, '') });
  });
  return found;
}

describe('paths in comments and docs lead somewhere', () => {
  test('every path a comment in src/ names exists', () => {
    const dead = [];
    for (const file of files('src', ['.ts', '.mts', '.json'])) {
      for (const { line, path } of commentPaths(readFileSync(join(root, file), 'utf8')))
        if (!exists(path)) dead.push(`${file}:${line} → ${path}`);
    }
    assert.deepEqual(dead, [], `comments that point nowhere:\n${dead.join('\n')}`);
  });

  test('every path CONTRIBUTING.md and docs/architecture.md name exists', () => {
    const dead = [];
    for (const file of ['CONTRIBUTING.md', 'docs/architecture.md']) {
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(PATH)) {
        const path = m[0].replace(/\.$/, '');
        if (!exists(path)) dead.push(`${file} → ${path}`);
      }
    }
    assert.deepEqual(dead, [], `docs that point nowhere:\n${dead.join('\n')}`);
  });
});
