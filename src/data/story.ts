import storyJson from '../../data/story.json' with { type: 'json' };
import { pick, qualifiedNumber, t, type Lang } from '../i18n/i18n.js';
import { resolveStory } from './derive.js';
import type { EditorNote, Figure, Source, Story, StoryInput } from './schema.js';

/**
 * The story as bundled with the widgets, its derived figures worked out. It is
 * validated against the schema by the test suite (and by every build), so it
 * ships without the validator: the schema code loads only when an embedder
 * supplies data of their own.
 */
export const bundledStory: Story = resolveStory(storyJson as unknown as StoryInput);

export function figure(story: Story, id: string): Figure | undefined {
  return story.figures.find((f) => f.id === id);
}

export function source(story: Story, id: string): Source | undefined {
  return story.sources.find((s) => s.id === id);
}

/** A source as credited: "Comando di stato maggiore sudcoreano, riportato da CNN". */
export function sourceName(story: Story, id: string, lang: Lang): string {
  const found = source(story, id);
  if (!found) return id;
  const name = pick(found.name, lang);
  return found.reportedBy ? t(lang, 'reportedBy', { name, outlet: pick(found.reportedBy, lang) }) : name;
}

/** A derived figure's inputs with their qualifiers: "circa 11.000 − almeno 3.000". */
export function formula(story: Story, f: Figure, lang: Lang): string {
  if (!f.derived) return '';
  const [a, b] = f.derived.from.map((id) => figure(story, id));
  return `${say(a, lang)} − ${say(b, lang)}`;
}

/**
 * Who a figure is credited to, everywhere it appears (card, table, CSV, PNG,
 * spoken text): its source, or for a figure we compute, the editors'
 * calculation with its formula, never the source of its inputs.
 */
export function figureCredit(story: Story, f: Figure, lang: Lang): string {
  return f.derived ? t(lang, 'derivedSource', { formula: formula(story, f, lang) }) : sourceName(story, f.source ?? '', lang);
}

const say = (x: Figure | undefined, lang: Lang) => (x ? qualifiedNumber(lang, x.value, x.qualifier) : '—');

/** How a derived figure was computed, with the numbers of the data on screen ("Calcolo della redazione: circa 11.000 in tutto meno …"). */
export function derivation(story: Story, f: Figure, lang: Lang): string {
  if (!f.derived) return '';
  const [a, b] = f.derived.from.map((id) => figure(story, id));
  const numbers: Record<string, string> = { a: say(a, lang), b: say(b, lang), result: say(f, lang) };
  const method = pick(f.derived.method, lang).replace(/\{(a|b|result)\}/g, (_, name: string) => numbers[name]);
  const who = t(lang, 'derived');
  return `${who.charAt(0).toUpperCase()}${who.slice(1)}: ${method}`;
}

/** The editor's notes about an item. */
export function notesAbout(story: Story, id: string): EditorNote[] {
  return story.notes.filter((n) => n.about.includes(id));
}
