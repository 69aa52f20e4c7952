/**
 * The desk's rules for the words we add around the article's facts, as
 * functions that return the problems they find (empty: the rule holds). The
 * tests run them on the real data and on copies broken on purpose, so a rule
 * that could never fail would show.
 */
import styleJson from '../../data/style.json' with { type: 'json' };
import type { Localized, StoryInput } from '../../src/data/schema.js';
import { ARM_STATUSES, CERTAINTIES, EVENT_STATUSES, QUALIFIERS, TRUCE_STATES, UNITS } from '../../src/data/schema.js';

export interface StyleEntry {
  it: string;
  en: string;
  /** What the word claims: it is reported, possible or feared. */
  certainty?: string;
  /** A pattern the evidence of every item wearing this word must match. */
  evidence?: string;
  /** Fragments of the article the word rests on. */
  rests?: string[];
}
export interface StyleSheet {
  hedges: string;
  labels: Record<string, StyleEntry>;
  terms: Array<{ it: string; en: string; avoid: { it: string[]; en: string[] } }>;
}
export const style = styleJson as unknown as StyleSheet;
export type Langs = 'it' | 'en';

/** The vocabulary words every data value needs: states, statuses, certainties, qualifiers, units, kickers. */
export function vocabularyProblems(sheet: StyleSheet, topics: readonly string[]): string[] {
  const problems: string[] = [];
  const needed = [
    ...TRUCE_STATES.map((s) => `state.${s}`),
    ...ARM_STATUSES.map((s) => `arms.status.${s}`),
    ...EVENT_STATUSES.map((s) => `event.${s}`),
    ...CERTAINTIES.map((s) => `certainty.${s}`),
    ...QUALIFIERS.map((s) => `qualifier.${s}`),
    ...UNITS.map((s) => `unit.${s}`),
    ...topics.map((s) => `kicker.${s}`),
  ];
  for (const key of needed) if (!sheet.labels[key]) problems.push(`style sheet has no "${key}"`);
  for (const [key, entry] of Object.entries(sheet.labels)) {
    if (typeof entry.it !== 'string' || typeof entry.en !== 'string') problems.push(`"${key}" needs it and en`);
    else if (!entry.it !== !entry.en) problems.push(`"${key}" is empty in one language only`);
    const badge = /^(state|arms\.status|event|certainty)\./.test(key);
    if (badge && !(CERTAINTIES as readonly string[]).includes(entry.certainty ?? '')) problems.push(`badge "${key}" must say its certainty`);
    if (badge && !entry.evidence) problems.push(`badge "${key}" must say what evidence it needs`);
  }
  return problems;
}

/** Every fragment a word rests on is the article's, verbatim. */
export function restsProblems(sheet: StyleSheet, article: string): string[] {
  return Object.entries(sheet.labels).flatMap(([key, entry]) =>
    (entry.rests ?? []).filter((fragment) => !article.includes(fragment)).map((fragment) => `"${key}" rests on “${fragment}”, which the article does not say`),
  );
}

interface Worn {
  what: string;
  word: string;
  evidence: string | undefined;
  quotes: string[];
}

/** Each item that wears a badge: the word, its evidence and the sentences it rests on. */
function badges(story: StoryInput): Worn[] {
  const q = (x: { quote: string; quotes?: string[] }) => [x.quote, ...(x.quotes ?? [])];
  return [
    ...story.truce.strands.map((s) => ({ what: `strand "${s.id}"`, word: `state.${s.state}`, evidence: s.evidence, quotes: s.facts.flatMap(q) })),
    ...story.arms.map((a) => ({ what: `arm "${a.id}"`, word: `arms.status.${a.status}`, evidence: a.evidence, quotes: q(a) })),
    ...story.events.map((e) => ({ what: `event "${e.id}"`, word: `event.${e.status}`, evidence: e.evidence, quotes: q(e) })),
    ...story.flows.map((f) => ({ what: `flow "${f.id}"`, word: `certainty.${f.certainty}`, evidence: f.evidence, quotes: q(f) })),
  ];
}

/**
 * A badge is no more certain or final than its sentence: every item names its
 * evidence (words of its quote); the evidence says what the badge's word needs
 * ("ha posto condizioni" for "Condizioni russe", "potrebbero" for "Possibile");
 * and a word that claims a thing is reported rests on words with no hedge
 * ("possibile", "potrebbero", "temono").
 */
export function badgeProblems(story: StoryInput, sheet: StyleSheet): string[] {
  const problems: string[] = [];
  const hedges = new RegExp(sheet.hedges, 'iu');
  for (const { what, word, evidence, quotes } of badges(story)) {
    const entry = sheet.labels[word];
    if (!entry?.evidence) {
      problems.push(`${what}: "${word}" is not a badge word of the style sheet`);
      continue;
    }
    if (!evidence) {
      problems.push(`${what}: names no evidence for "${word}"`);
      continue;
    }
    if (!quotes.some((quote) => quote.includes(evidence))) problems.push(`${what}: its evidence “${evidence}” is not in its quotes`);
    if (!new RegExp(entry.evidence, 'iu').test(evidence)) problems.push(`${what}: “${evidence}” does not say “${entry.it}”`);
    if (entry.certainty === 'reported' && hedges.test(evidence)) problems.push(`${what}: “${evidence}” is hedged, but “${entry.it}” says it is so`);
  }
  return problems;
}

/** Dates as precise as the article: a year we show must be in the item's sentences, and so must a day with its month. */
export function dateProblems(story: StoryInput): string[] {
  const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
  const dated = [
    ...story.events.filter((e) => e.date).map((e) => ({ what: `event "${e.id}"`, date: e.date!, quotes: [e.quote, ...(e.quotes ?? [])] })),
    ...story.truce.strands.filter((s) => s.since).map((s) => ({ what: `strand "${s.id}"`, date: s.since!, quotes: s.facts.map((f) => f.quote) })),
  ];
  const problems: string[] = [];
  for (const { what, date, quotes } of dated) {
    const [, year, month, day] = /^(\d{4}|-)-?(\d\d)?-?(\d\d)?$/.exec(date) ?? [];
    const said = quotes.join(' ');
    if (year && year !== '-' && !said.includes(year)) problems.push(`${what}: the year ${year} is not in its sentences (show the date without it)`);
    if (month && day && !said.includes(`${Number(day)} ${MONTHS[Number(month) - 1]}`)) problems.push(`${what}: the day ${date} is not in its sentences`);
    if (month && !day && !said.includes(MONTHS[Number(month) - 1])) problems.push(`${what}: the month ${date} is not in its sentences`);
  }
  return problems;
}

/** One term per thing: none of a term's avoided variants in any text. */
export function termProblems(texts: Array<{ where: string; lang: Langs; text: string }>, sheet: StyleSheet): string[] {
  const problems: string[] = [];
  for (const term of sheet.terms) {
    for (const { where, lang, text } of texts) {
      for (const variant of term.avoid[lang]) {
        const pattern = new RegExp(`(^|[^\\p{L}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');
        if (pattern.test(text)) problems.push(`${where} (${lang}) says “${variant}”: the desk writes “${term[lang]}”`);
      }
    }
  }
  return problems;
}

/** Every Localized string of the data, with where it is. */
export function dataTexts(story: StoryInput): Array<{ where: string; lang: Langs; text: string }> {
  const out: Array<{ where: string; lang: Langs; text: string }> = [];
  const visit = (value: unknown, path: string) => {
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.it === 'string' && typeof o.en === 'string') {
      out.push({ where: path, lang: 'it', text: (o as unknown as Localized).it }, { where: path, lang: 'en', text: (o as unknown as Localized).en });
      return;
    }
    for (const [key, child] of Object.entries(o)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(story, '');
  return out;
}

/**
 * What is left of a label once every phrase it may be built from (the style
 * sheet's words, the data's labels and names) and every number and punctuation
 * mark are taken out: a label we wrote ourselves leaves words behind.
 */
export function labelResidue(label: string, phrases: string[]): string {
  let rest = ` ${label.replace(/\s+/g, ' ')} `;
  for (const phrase of [...phrases].filter(Boolean).sort((a, b) => b.length - a.length)) {
    rest = rest.split(phrase).join(' ');
  }
  return rest.replace(/[\d.,:;()–—·'’\-−\s]+/g, ' ').trim();
}
