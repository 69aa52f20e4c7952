// The cards ship the story without its evidence: the quotes and attributions each fact rests on
// are the desk's (the check, the editor, the server renderer read them), never shown to a reader,
// so no script a reader's page loads carries them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const story = JSON.parse(readFileSync(join(root, 'data/story.json'), 'utf8'));

/** Every quote, attribution and evidence string in the story. */
function evidence(value, found = []) {
  if (Array.isArray(value)) value.forEach((child) => evidence(child, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (['quote', 'attributed', 'evidence'].includes(key) && typeof child === 'string') found.push(child);
      else if (key === 'quotes' && Array.isArray(child)) found.push(...child.filter((q) => typeof q === 'string'));
      else evidence(child, found);
    }
  }
  return found;
}

/** Every text a card may show: the story's strings in either language. */
function shown(value, found = []) {
  if (Array.isArray(value)) value.forEach((child) => shown(child, found));
  else if (value && typeof value === 'object') {
    if (typeof value.it === 'string') found.push(value.it);
    if (typeof value.en === 'string') found.push(value.en);
    Object.values(value).forEach((child) => shown(child, found));
  }
  return found;
}

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

test('no script a reader’s page loads carries the story’s evidence (the check, the editor and the server renderer do)', () => {
  // A quote a card also shows as its text (the fact in the article's words) travels as that text.
  const texts = shown(story);
  const quotes = evidence(story).filter((q) => q.length > 40 && !texts.some((text) => text.includes(q)));
  assert.ok(quotes.length > 10, 'the story has its evidence');
  // The desk's tools and the demo site's authoring pages read it whole.
  const desk = /^(check\.js|ssr\.js|editor\/|types\/|demo\/)/;
  const scripts = files(dist).filter((f) => f.endsWith('.js') && !desk.test(relative(dist, f)));
  assert.ok(
    scripts.some((f) => relative(dist, f).startsWith('chunks/core-')),
    'the cards’ core chunk is among them',
  );
  for (const file of scripts) {
    const text = readFileSync(file, 'utf8');
    const carried = quotes.filter((q) => text.includes(q));
    assert.deepEqual(
      carried.map((q) => q.slice(0, 60)),
      [],
      relative(dist, file),
    );
  }
  // The desk's own scripts do carry it: the check reads the bundled story whole.
  assert.ok(
    quotes.some((q) => readFileSync(join(dist, 'editor/editor.js'), 'utf8').includes(q.slice(0, 40))),
    'the editor has the evidence',
  );
});
