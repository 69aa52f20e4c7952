/**
 * The editor's one door to the story's rules: the project's shared check
 * (src/data/check.ts, the same one the command line runs), with the path of
 * each problem as the editor's forms name their fields and the texts of the
 * documents its quotes are checked against.
 */
import articleText from '../../data/article-it.txt';
import { validateStory, type Story } from '../data/schema.js';
import { checkStory as sharedCheck, type Problem } from '../data/check.js';

export type { Problem };

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The texts quotes are checked against: the documents the story carries (`documents`, each with its `text`), and the bundled article. */
export function documentsOf(story: unknown): Map<string, string> {
  const docs = new Map<string, string>();
  const list = isObject(story) && Array.isArray(story.documents) ? story.documents : [];
  for (const doc of list)
    if (isObject(doc) && typeof doc.id === 'string' && typeof doc.text === 'string') docs.set(doc.id, doc.text);
  if (!docs.has('article')) docs.set('article', articleText);
  return docs;
}

/** Runs every rule; an empty list means the story can be published. */
export function checkStory(json: unknown): Problem[] {
  return fromShared(sharedCheck(json, { documents: Object.fromEntries(documentsOf(json)) }), json);
}

/**
 * The shared check's problems at the editor's fields: its paths (`figures/2/value`)
 * as the forms name them (`figures.2.value`); a derived figure that no longer adds
 * up is also said at the figures it is worked out from, where the editor is typing.
 */
function fromShared(found: Problem[], json: unknown): Problem[] {
  const out: Problem[] = [];
  const figures = isObject(json) && Array.isArray(json.figures) ? json.figures : [];
  for (const problem of found) {
    const path = problem.path.replaceAll('/', '.');
    out.push({ ...problem, path });
    const derived = problem.rule === 'derived' ? /^figures\.(\d+)/.exec(path) : null;
    const from =
      derived && isObject(figures[Number(derived[1])]) ? (figures[Number(derived[1])] as Json).derived : null;
    if (!isObject(from) || !Array.isArray(from.from)) continue;
    for (const id of from.from) {
      const i = figures.findIndex((f) => isObject(f) && f.id === id);
      if (i >= 0) out.push({ ...problem, path: `figures.${i}.value` });
    }
  }
  return out;
}

/** Whether the story passes the widgets' validator, and the story as the widgets see it. */
export function storyFor(json: unknown): Story | null {
  const result = validateStory(json);
  return result.ok ? result.story : null;
}
