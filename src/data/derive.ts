/**
 * Figures the editors compute from others are never stored: their value and
 * qualifier are worked out here, from their inputs, every time data loads
 * (bundled, inline or `src`). Edited data therefore cannot contradict itself
 * on screen: change the total and the "before" figure follows.
 *
 * No valibot here: the bundled story goes through this without the validator.
 */
import type { FigureInput, Qualifier, Story, StoryInput } from './schema.js';

/**
 * The qualifier of `a − b`. Subtracting "at least b" leaves "at most" what
 * remains, subtracting "at most b" leaves "at least"; an exact or approximate
 * `b` keeps `a`'s own kind. `null` where the words would overclaim either way
 * ("at least a" minus "at least b" says nothing).
 */
export function differenceQualifier(a: Qualifier, b: Qualifier): Qualifier | null {
  if (b === 'atLeast') return a === 'atLeast' ? null : 'atMost';
  if (b === 'atMost') return a === 'atMost' ? null : 'atLeast';
  if (b === 'about') return a === 'exact' ? 'about' : a;
  return a;
}

export interface Resolved {
  value: number;
  qualifier: Qualifier;
}

/**
 * Why a figure cannot be derived: `index` is its place in `figures`, `kind`
 * what went wrong, `message` the English line. The check (src/data/check.ts)
 * words the same kinds in Italian; the cards only ever throw the English.
 */
export interface DeriveProblem {
  index: number;
  kind: 'unset' | 'inputs' | 'negative' | 'qualifier' | 'value' | 'stored-qualifier';
  message: string;
}

/**
 * Works out every derived figure. Returns the values by id and the problems
 * that make a figure impossible to derive (unknown or derived inputs, a
 * negative result, a qualifier that would claim too much).
 */
export function deriveFigures(figures: readonly FigureInput[]): {
  values: Map<string, Resolved>;
  problems: DeriveProblem[];
} {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const values = new Map<string, Resolved>();
  const problems: DeriveProblem[] = [];
  const add = (f: FigureInput, kind: DeriveProblem['kind'], text: string) => {
    const index = figures.indexOf(f);
    problems.push({ index, kind, message: `figures.${index} ("${f.id}"): ${text}` });
  };
  for (const f of figures) {
    if (f.derived) continue;
    if (f.value === undefined || f.qualifier === undefined)
      add(f, 'unset', 'needs a value and a qualifier, or "derived"');
    else values.set(f.id, { value: f.value, qualifier: f.qualifier });
  }
  for (const f of figures) {
    if (!f.derived) continue;
    const [a, b] = f.derived.from.map((id) => byId.get(id));
    const va = a && values.get(a.id);
    const vb = b && values.get(b.id);
    if (!va || !vb) {
      add(f, 'inputs', 'derived from figures that are missing or derived themselves');
      continue;
    }
    const value = va.value - vb.value;
    const qualifier = differenceQualifier(va.qualifier, vb.qualifier);
    if (value < 0) add(f, 'negative', `"${a!.id}" (${va.value}) is smaller than "${b!.id}" (${vb.value})`);
    else if (!qualifier) add(f, 'qualifier', `no honest qualifier for ${va.qualifier} minus ${vb.qualifier}`);
    // A stored value or qualifier is allowed only where it agrees with the inputs.
    else if (f.value !== undefined && f.value !== value)
      add(f, 'value', `stored value ${f.value} contradicts its inputs (${value})`);
    else if (f.qualifier !== undefined && f.qualifier !== qualifier)
      add(f, 'stored-qualifier', `stored qualifier "${f.qualifier}" contradicts its inputs ("${qualifier}")`);
    else values.set(f.id, { value, qualifier });
  }
  return { values, problems };
}

/** The story with every figure's value and qualifier filled in. Call only on data whose derivation has no problems. */
export function resolveStory(story: StoryInput): Story {
  const { values, problems } = deriveFigures(story.figures);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  return { ...story, figures: story.figures.map((f) => ({ ...f, ...values.get(f.id)! })) };
}

/**
 * The latest dated document an update rests on: the data's as-of is its
 * publication day, never a day we infer. `null` while no update names a dated
 * document (the article is undated: the as-of line says so).
 */
export function latestReport(
  story: Pick<StoryInput, 'documents' | 'updates'>,
): { id: string; outlet: string; date: string } | null {
  let latest: { id: string; outlet: string; date: string } | null = null;
  for (const update of story.updates ?? []) {
    const doc = story.documents?.find((d) => d.id === update.document);
    if (doc?.date && (!latest || doc.date > latest.date)) latest = { id: doc.id, outlet: doc.outlet, date: doc.date };
  }
  return latest;
}

/** The document an item's quotes are words of: its own, else its source's, else the article. */
export function documentOf(story: Pick<StoryInput, 'sources'>, item: { source?: string; document?: string }): string {
  return item.document ?? story.sources.find((s) => s.id === item.source)?.document ?? 'article';
}
