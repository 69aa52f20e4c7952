import storyJson from '../../data/story.json' with { type: 'json' };
import { asOfParams, formatDate, pick, qualifiedNumber, t, type Lang } from '../i18n/i18n.js';
import { documentOf, latestReport, resolveStory } from './derive.js';
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

/**
 * A source as credited: "Comando di stato maggiore sudcoreano, riportato da
 * CNN"; where it speaks in a later report rather than the article, with that
 * report's outlet and day ("…, ({outlet}, {day})").
 */
export function sourceName(story: Story, id: string, lang: Lang): string {
  const found = source(story, id);
  if (!found) return id;
  const name = pick(found.name, lang);
  const credited = found.reportedBy ? t(lang, 'reportedBy', { name, outlet: pick(found.reportedBy, lang) }) : name;
  const doc =
    found.document && found.document !== 'article' ? story.documents?.find((d) => d.id === found.document) : undefined;
  if (!doc) return credited;
  const date = doc.date ? formatDate(lang, doc.date) : '';
  // A report's own voice is named by its outlet already: the day is what it adds.
  if (date && found.id === doc.id) return t(lang, 'sourceOwnDocument', { name: credited, date });
  return date
    ? t(lang, 'sourceInDocument', { name: credited, outlet: doc.outlet, date })
    : t(lang, 'sourceInDocumentUndated', { name: credited, outlet: doc.outlet });
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
  return f.derived
    ? t(lang, 'derivedSource', { formula: formula(story, f, lang) })
    : sourceName(story, f.source ?? '', lang);
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

/** The editors' notes about an item. */
export function notesAbout(story: Story, id: string): EditorNote[] {
  return story.notes.filter((n) => n.about.includes(id));
}

/**
 * How the data shown is dated, in one line: once an update a reader sees rests on a dated report,
 * that report's publication day (a date a text gives); otherwise the article's latest dated day,
 * with the line saying the article is undated and gives no year. `updates` are those that concern
 * what is shown (a card's own; every update for the whole story). Neither the line nor `datetime`
 * (`--03-25`) carries the year of `asOf`, which no text gives.
 */
export function asOfLine(
  story: Story,
  lang: Lang,
  updates: Story['updates'] = story.updates,
): { before: string; date: string; datetime: string; after: string } {
  const report = latestReport({ documents: story.documents, updates });
  const split = (text: string) => text.split('\u0000') as [string, string];
  if (report) {
    const [before, after] = split(
      t(lang, 'asOfReport', { outlet: report.outlet, publisher: story.article.publisher, date: '\u0000' }),
    );
    return { before, date: formatDate(lang, report.date), datetime: report.date, after };
  }
  // The article's own latest dated day, from its dated events; `asOf` has moved on once a report dates the data.
  const days = story.events
    .filter((e) => documentOf(story, e) === 'article' && /^(\d{4}|-)-\d\d-\d\d$/.test(e.date ?? ''))
    .map((e) => e.date!.slice(-5));
  const day = days.length ? days.sort().at(-1)! : story.asOf.slice(5);
  const { date, ...rest } = asOfParams(lang, day, story.article.publisher);
  const [before, after] = split(t(lang, 'asOf', { ...rest, date: '\u0000' }));
  return { before, date, datetime: `--${day}`, after };
}

/** The as-of line as plain text (a picture's credits, a snippet's fallback). */
export function asOfText(story: Story, lang: Lang, updates?: Story['updates']): string {
  const { before, date, after } = asOfLine(story, lang, updates);
  return `${before}${date}${after}`;
}
