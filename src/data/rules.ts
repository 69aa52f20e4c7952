/**
 * The desk's rules for the words we add around the article's facts, as
 * functions that return the problems they find (empty: the rule holds). The
 * tests run them on the real data and on copies broken on purpose, so a rule
 * that could never fail would show; the check (src/data/check.ts, behind the
 * editor page and the command line) runs the same functions on an editor's file.
 *
 * No valibot and no element code here: the check loads this module, the cards do not.
 */
import type { Localized, Story, StoryInput } from './schema.js';
import { documentOf } from './derive.js';
import { MONTHS } from '../i18n/i18n.js';
import { ARM_STATUSES, CERTAINTIES, EVENT_STATUSES, QUALIFIERS, TRUCE_STATES, UNITS } from './vocabulary.js';

/**
 * One problem a rule finds: where (a path into the story, `truce/strands/0/evidence`),
 * what it is about (`strand "black-sea"`, as the tests read it) and the message in both languages.
 */
export interface Finding {
  path: string;
  what: string;
  en: string;
  it: string;
}
/** A finding as one English line, "strand "black-sea": its evidence …" (the tests' form). */
export const line = (f: Finding): string => (f.what ? `${f.what}: ${f.en}` : f.en);
const lines = (findings: Finding[]): string[] => findings.map(line);

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
  /** The same hedges in English ("possible", "could", "may", "fears"). */
  hedgesEn: string;
  labels: Record<string, StyleEntry>;
  terms: Array<{ it: string; en: string; avoid: { it: string[]; en: string[] } }>;
  /** Who says what: the sources that are the article's own voice, and the verbs of saying that give words to anyone else. */
  voice: { own: string[]; says: string };
  /** What every as-of line must say: the article is undated, and it gives no year. */
  dates: { undated: { it: string; en: string }; noYear: { it: string; en: string } };
  /** Patterns for "the conflict" without its referent, "the two countries", and the countries' names. */
  referents: {
    conflict: { it: string; en: string };
    pair: { it: string; en: string };
    countries: { it: string; en: string };
  };
  /** What a caption says where a figure is shown without the article's qualifier. */
  unhedged: { it: string; en: string };
  /** A pattern for an Italian word that would have to agree with the item it labels. */
  agreement: { inflects: string };
  /** Italian words that qualify a noun ("a corto raggio"): a heading keeps them if the line under it does. */
  qualifiers: string[];
  /** One translation per phrase of the article: where the Italian says `it` (a pattern), the English says `en`. */
  glossary: Array<{ it: string; en: string }>;
}
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
    if (badge && !(CERTAINTIES as readonly string[]).includes(entry.certainty ?? ''))
      problems.push(`badge "${key}" must say its certainty`);
    if (badge && !entry.evidence) problems.push(`badge "${key}" must say what evidence it needs`);
  }
  return problems;
}

/** Every fragment a word rests on is the article's, verbatim. */
export function restsProblems(sheet: StyleSheet, article: string): string[] {
  return Object.entries(sheet.labels).flatMap(([key, entry]) =>
    (entry.rests ?? [])
      .filter((fragment) => !article.includes(fragment))
      .map((fragment) => `"${key}" rests on “${fragment}”, which the article does not say`),
  );
}

interface Worn {
  path: string;
  what: string;
  word: string;
  evidence: string | undefined;
  quotes: string[];
}

/** Each item that wears a badge: the word, its evidence and the sentences it rests on. */
function badges(story: StoryInput): Worn[] {
  const q = (x: { quote: string; quotes?: string[] }) => [x.quote, ...(x.quotes ?? [])];
  return [
    ...story.truce.strands.map((s, i) => ({
      path: `truce/strands/${i}`,
      what: `strand "${s.id}"`,
      word: `state.${s.state}`,
      evidence: s.evidence,
      quotes: s.facts.flatMap(q),
    })),
    ...story.arms.map((a, i) => ({
      path: `arms/${i}`,
      what: `arm "${a.id}"`,
      word: `arms.status.${a.status}`,
      evidence: a.evidence,
      quotes: q(a),
    })),
    ...story.events.map((e, i) => ({
      path: `events/${i}`,
      what: `event "${e.id}"`,
      word: `event.${e.status}`,
      evidence: e.evidence,
      quotes: q(e),
    })),
    ...story.flows.map((f, i) => ({
      path: `flows/${i}`,
      what: `flow "${f.id}"`,
      word: `certainty.${f.certainty}`,
      evidence: f.evidence,
      quotes: q(f),
    })),
  ];
}

/**
 * A badge is no more certain or final than its sentence: every item names its
 * evidence (words of its quote); the evidence says what the badge's word needs
 * ("ha posto condizioni" for "Condizioni russe", "potrebbero" for "Possibile");
 * and a word that claims a thing is reported rests on words with no hedge
 * ("possibile", "potrebbero", "temono").
 */
export function badgeFindings(story: StoryInput, sheet: StyleSheet): Finding[] {
  const problems: Finding[] = [];
  const hedges = new RegExp(sheet.hedges, 'iu');
  for (const { path, what, word, evidence, quotes } of badges(story)) {
    const entry = sheet.labels[word];
    const at = `${path}/evidence`;
    if (!entry?.evidence) {
      problems.push({
        path,
        what,
        en: `"${word}" is not a badge word of the style sheet`,
        it: `"${word}" non è un’etichetta del foglio di stile`,
      });
      continue;
    }
    if (!evidence) {
      problems.push({
        path: at,
        what,
        en: `names no evidence for "${word}"`,
        it: `non indica le parole della citazione su cui poggia l’etichetta “${entry.it}”`,
      });
      continue;
    }
    if (!quotes.some((quote) => quote.includes(evidence)))
      problems.push({
        path: at,
        what,
        en: `its evidence “${evidence}” is not in its quotes`,
        it: `le parole di prova “${evidence}” non sono nelle sue citazioni`,
      });
    if (!new RegExp(entry.evidence, 'iu').test(evidence))
      problems.push({
        path: at,
        what,
        en: `“${evidence}” does not say “${entry.it}”`,
        it: `“${evidence}” non dice “${entry.it}”: l’etichetta dice più o altro della fonte`,
      });
    if (entry.certainty === 'reported' && hedges.test(evidence)) {
      problems.push({
        path: at,
        what,
        en: `“${evidence}” is hedged, but “${entry.it}” says it is so`,
        it: `“${evidence}” è un’ipotesi, ma “${entry.it}” la presenta come un fatto`,
      });
    }
  }
  return problems;
}
export const badgeProblems = (story: StoryInput, sheet: StyleSheet): string[] => lines(badgeFindings(story, sheet));

/** Dates as precise as the article: a year we show must be in the item's sentences, and so must a day with its month. */
export function dateFindings(story: StoryInput): Finding[] {
  // Each item's sentences are in its document's language (the article's is Italian).
  const langOf = (item: { source?: string; document?: string }) =>
    story.documents?.find((d) => d.id === documentOf(story, item))?.lang ?? 'it';
  const dated = [
    ...story.events.flatMap((e, i) =>
      e.date
        ? [
            {
              path: `events/${i}/date`,
              what: `event "${e.id}"`,
              date: e.date,
              quotes: [e.quote, ...(e.quotes ?? [])],
              lang: langOf(e),
            },
          ]
        : [],
    ),
    ...story.truce.strands.flatMap((s, i) =>
      s.since
        ? [
            {
              path: `truce/strands/${i}/since`,
              what: `strand "${s.id}"`,
              date: s.since,
              quotes: s.facts.map((f) => f.quote),
              lang: s.facts[0] ? langOf(s.facts[0]) : 'it',
            },
          ]
        : [],
    ),
  ];
  const problems: Finding[] = [];
  for (const { path, what, date, quotes, lang } of dated) {
    const [, year, month, day] = /^(\d{4}|-)-?(\d\d)?-?(\d\d)?$/.exec(date) ?? [];
    const said = quotes.join(' ');
    const name = month ? MONTHS[lang][Number(month) - 1] : '';
    if (year && year !== '-' && !said.includes(year)) {
      problems.push({
        path,
        what,
        en: `the year ${year} is not in its sentences (show the date without it)`,
        it: `l’anno ${year} non è nelle sue citazioni (indica la data senza l’anno)`,
      });
    }
    const days = [`${Number(day)} ${name}`, `${name} ${Number(day)}`];
    if (month && day && !days.some((d) => said.includes(d)))
      problems.push({
        path,
        what,
        en: `the day ${date} is not in its sentences`,
        it: `il giorno ${date} non è nelle sue citazioni`,
      });
    if (month && !day && !said.includes(name))
      problems.push({
        path,
        what,
        en: `the month ${date} is not in its sentences`,
        it: `il mese ${date} non è nelle sue citazioni`,
      });
  }
  return problems;
}
export const dateProblems = (story: StoryInput): string[] => lines(dateFindings(story));

/** A dotted place ("figures.1.label") and a language as a path into the story ("figures/1/label/it"). */
const pointer = (where: string, lang?: Langs) => `${where.replaceAll('.', '/')}${lang ? `/${lang}` : ''}`;

/** One term per thing: none of a term's avoided variants in any text. */
export function termFindings(texts: Array<{ where: string; lang: Langs; text: string }>, sheet: StyleSheet): Finding[] {
  const problems: Finding[] = [];
  for (const term of sheet.terms) {
    for (const { where, lang, text } of texts) {
      for (const variant of term.avoid[lang]) {
        const pattern = new RegExp(`(^|[^\\p{L}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');
        if (pattern.test(text)) {
          problems.push({
            path: pointer(where, lang),
            what: `${where} (${lang})`,
            en: `the desk writes “${term[lang]}”, not “${variant}”`,
            it: `la redazione scrive “${term[lang]}”, non “${variant}”`,
          });
        }
      }
    }
  }
  return problems;
}
export const termProblems = (texts: Array<{ where: string; lang: Langs; text: string }>, sheet: StyleSheet): string[] =>
  lines(termFindings(texts, sheet));

/** Every Localized string of the data, with where it is. */
export function dataTexts(story: StoryInput): Array<{ where: string; lang: Langs; text: string }> {
  const out: Array<{ where: string; lang: Langs; text: string }> = [];
  const visit = (value: unknown, path: string) => {
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.it === 'string' && typeof o.en === 'string') {
      out.push(
        { where: path, lang: 'it', text: (o as unknown as Localized).it },
        { where: path, lang: 'en', text: (o as unknown as Localized).en },
      );
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

/** An item that says something someone said, or that the article says: what a reader is shown, who it is credited to, and the sentences. */
export interface Said {
  /** Where the item is in the story (`figures/0`). */
  path: string;
  what: string;
  source: string | undefined;
  /** The item's Italian text, as shown. */
  text: string;
  quotes: string[];
  attributed?: string;
  /** What the article adds after the source's words, shown after the source's line (facts only). */
  then?: string;
}

/** Every item with a source: figures (their labels), facts, arms, flows and events. */
export function saidItems(story: StoryInput): Said[] {
  const q = (x: { quote: string; quotes?: string[] }) => [x.quote, ...(x.quotes ?? [])];
  return [
    ...story.figures.flatMap((f, i) =>
      f.derived
        ? []
        : [
            {
              path: `figures/${i}`,
              what: `figure "${f.id}"`,
              source: f.source,
              text: f.label.it,
              quotes: q(f),
              attributed: f.attributed,
            },
          ],
    ),
    ...story.truce.strands.flatMap((s, j) =>
      s.facts.map((f, i) => ({
        path: `truce/strands/${j}/facts/${i}`,
        what: `strand "${s.id}" fact ${i}`,
        source: f.source,
        text: f.text.it,
        quotes: q(f),
        attributed: f.attributed,
        then: f.then?.it,
      })),
    ),
    ...story.arms.map((a, i) => ({
      path: `arms/${i}`,
      what: `arm "${a.id}"`,
      source: a.source,
      text: a.detail.it,
      quotes: q(a),
      attributed: a.attributed,
    })),
    ...story.flows.map((f, i) => ({
      path: `flows/${i}`,
      what: `flow "${f.id}"`,
      source: f.source,
      text: f.detail.it,
      quotes: q(f),
      attributed: f.attributed,
    })),
    ...story.events.map((e, i) => ({
      path: `events/${i}`,
      what: `event "${e.id}"`,
      source: e.source,
      text: e.detail.it,
      quotes: q(e),
      attributed: e.attributed,
      then: e.then?.it,
    })),
  ];
}

const WORD = /[\p{L}]{4,}/gu;
const words = (text: string) => new Set([...text.toLowerCase().matchAll(WORD)].map((m) => m[0]));

/**
 * Voice and attribution. A sentence in the article's own voice is credited to
 * the article, not to the people it is about ("Gli esperti … stanno
 * discutendo", "Gli Stati Uniti … temono" are the article's words about them).
 * An item credited to anyone else names the words the article gives them
 * (`attributed`): they follow a verb of saying ("ha confermato che"), the
 * source is named before it, and the item's text says nothing the sentence
 * adds after them ("e di conseguenza, Kiev non ha condotto attacchi simili"
 * is the article's). A source "reported by" an outlet is credited only where
 * the item's sentences name that outlet (CNN reported the confirmation of
 * the deployment, not the total).
 */
export function voiceFindings(story: StoryInput, sheet: StyleSheet): Finding[] {
  const problems: Finding[] = [];
  const says = new RegExp(sheet.voice.says, 'u');
  for (const item of saidItems(story)) {
    // A document's own voice: the article's ("article"), or a later report's, whose source id is the document's.
    if (!item.source || sheet.voice.own.includes(item.source) || story.documents?.some((d) => d.id === item.source))
      continue;
    const source = story.sources.find((s) => s.id === item.source);
    if (!source) continue;
    if (source.reportedBy && !item.quotes.some((quote) => quote.includes(source.reportedBy!.it))) {
      problems.push({
        path: `${item.path}/source`,
        what: item.what,
        en: `credited “reported by ${source.reportedBy.it}”, but its sentences do not say ${source.reportedBy.it} reported it`,
        it: `attribuito a “${source.reportedBy.it}”, ma le sue citazioni non dicono che lo abbia riportato ${source.reportedBy.it}`,
      });
    }
    if (!item.attributed) {
      problems.push({
        path: `${item.path}/attributed`,
        what: item.what,
        en: `credited to “${source.name.it}”, but names no words the article gives them (the article's own voice is "article")`,
        it: `attribuito a “${source.name.it}”, ma non indica le parole che l’articolo mette in bocca alla fonte (la voce dell’articolo stesso è la fonte "article")`,
      });
      continue;
    }
    const quote = item.quotes.find((q) => q.includes(item.attributed!));
    if (!quote) {
      problems.push({
        path: `${item.path}/attributed`,
        what: item.what,
        en: 'its attributed words are not in its sentences',
        it: 'le parole attribuite alla fonte non sono nelle sue citazioni',
      });
      continue;
    }
    const at = quote.indexOf(item.attributed);
    const head = quote.slice(0, at);
    const tail = quote.slice(at + item.attributed.length);
    const at2 = `${item.path}/attributed`;
    if (!says.test(head)) {
      problems.push({
        path: at2,
        what: item.what,
        en: `“${head.trim()}” gives no words to “${source.name.it}” (no verb of saying before “${item.attributed.slice(0, 40)}…”)`,
        it: `“${head.trim()}” non dà la parola a “${source.name.it}” (nessun verbo come “ha dichiarato che” prima di “${item.attributed.slice(0, 40)}…”)`,
      });
    }
    const named = [...words(source.name.it)].filter((w) => w.length >= 5);
    if (!named.some((w) => head.toLowerCase().includes(w))) {
      problems.push({
        path: at2,
        what: item.what,
        en: `the sentence does not name “${source.name.it}” before the words it credits to them`,
        it: `la frase non nomina “${source.name.it}” prima delle parole che le attribuisce`,
      });
    }
    const own = words(`${head} ${item.attributed}`);
    const added = [...words(tail)].filter((w) => !own.has(w) && words(item.text).has(w));
    if (added.length) {
      problems.push({
        path: item.path,
        what: item.what,
        en: `credits to “${source.name.it}” what the article says after their words (${added.join(', ')})`,
        it: `attribuisce a “${source.name.it}” ciò che l’articolo aggiunge dopo le sue parole (${added.join(', ')})`,
      });
    }
    // What follows the source's line is the article's: words of the sentence after the source's (a verb may change
    // its form, "suggerendo" → "suggerisce"; "i due Paesi" is named, data/style.json referents).
    const stem = (w: string) => w.slice(0, 6);
    const tailStems = new Set([...words(tail)].map(stem));
    const countries = new RegExp(`^(${sheet.referents.countries.it})$`, 'iu');
    const pair = new RegExp(sheet.referents.pair.it, 'u').test(tail);
    const foreign = item.then
      ? [...words(item.then)].filter(
          (w) =>
            !tailStems.has(stem(w)) &&
            !['scrive', 'secondo', 'articolo', 'l’articolo'].includes(w) &&
            !(pair && (countries.test(w) || ['corea', 'nord'].includes(w))),
        )
      : [];
    if (foreign.length) {
      problems.push({
        path: `${item.path}/then`,
        what: item.what,
        en: `what it shows after the source's line is not what the article adds after their words (${foreign.join(', ')})`,
        it: `ciò che mostra dopo la riga della fonte non è ciò che l’articolo aggiunge dopo le sue parole (${foreign.join(', ')})`,
      });
    }
  }
  return problems;
}
export const voiceProblems = (story: StoryInput, sheet: StyleSheet): string[] => lines(voiceFindings(story, sheet));

/**
 * Every as-of line, alone, says the article is undated and gives no year, and
 * shows no day or year the article does not give (a day the article does not
 * give is ours; "25 marzo" is the article's; "2025" would be ours).
 */
export function asOfFindings(
  asOfLines: Array<{ where: string; lang: Langs; text: string }>,
  sheet: StyleSheet,
  article: string,
): Finding[] {
  const problems: Finding[] = [];
  for (const { where, lang, text } of asOfLines) {
    const what = `${where} (${lang})`;
    for (const key of ['undated', 'noYear'] as const) {
      const needed = sheet.dates[key][lang];
      if (!text.includes(needed))
        problems.push({
          path: pointer(where, lang),
          what,
          en: `“${text}” does not say “${needed}”`,
          it: `“${text}” non dice “${needed}”`,
        });
    }
    for (const [year] of text.matchAll(/\b(1[89]|20)\d\d\b/g)) {
      if (!article.includes(year))
        problems.push({
          path: pointer(where, lang),
          what,
          en: `“${year}” is a year the article does not give`,
          it: `“${year}” è un anno che l’articolo non indica`,
        });
    }
    const months = MONTHS[lang];
    for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2}) (${months.join('|')})\\b`, 'gu'))) {
      const day = `${m[1]} ${MONTHS.it[months.indexOf(m[2])]}`;
      if (!article.includes(day))
        problems.push({
          path: pointer(where, lang),
          what,
          en: `“${m[0]}” is not a day the article gives`,
          it: `“${m[0]}” non è un giorno che l’articolo indica`,
        });
    }
  }
  return problems;
}
export const asOfProblems = (
  asOfLines: Array<{ where: string; lang: Langs; text: string }>,
  sheet: StyleSheet,
  article: string,
): string[] => lines(asOfFindings(asOfLines, sheet, article));

/**
 * A card is read alone: "il conflitto" / "the conflict" says which ("tra
 * Russia e Ucraina"), and "i due Paesi" / "the two countries" stands in a text
 * that names both ("tra Russia e Corea del Nord"), never on a card whose
 * kicker names three countries with the reader left to guess.
 */
export function referentFindings(
  texts: Array<{ where: string; lang: Langs; text: string }>,
  sheet: StyleSheet,
): Finding[] {
  const problems: Finding[] = [];
  for (const { where, lang, text } of texts) {
    const what = `${where} (${lang})`;
    const bare = new RegExp(sheet.referents.conflict[lang], 'u').exec(text);
    if (bare)
      problems.push({
        path: pointer(where, lang),
        what,
        en: `“${bare[0]}” does not say which conflict`,
        it: `“${bare[0]}” non dice quale conflitto (“tra Russia e Ucraina”)`,
      });
    const pair = new RegExp(sheet.referents.pair[lang], 'u').exec(text);
    const named = new Set([...text.matchAll(new RegExp(sheet.referents.countries[lang], 'gu'))].map((m) => m[0]));
    if (pair && named.size < 2)
      problems.push({
        path: pointer(where, lang),
        what,
        en: `“${pair[0]}” does not name the two countries`,
        it: `“${pair[0]}”: il testo non nomina i due Paesi`,
      });
  }
  return problems;
}
export const referentProblems = (
  texts: Array<{ where: string; lang: Langs; text: string }>,
  sheet: StyleSheet,
): string[] => lines(referentFindings(texts, sheet));

/**
 * A figure shown without its article qualifier (the standfirst's "3.000"): the
 * caption beside it says so, and the qualified figure ("almeno 3.000") is shown
 * with it. `shown` is the text with the bare figure, `caption` its caption,
 * `around` the text that goes with it (the header).
 */
export function unhedgedProblems(
  figures: Array<{ id: string; bare: string; qualified: string }>,
  block: { where: string; lang: Langs; shown: string; caption: string; around: string },
  sheet: StyleSheet,
): string[] {
  const problems: string[] = [];
  for (const f of figures) {
    if (!f.qualified || f.qualified === f.bare || !block.shown.includes(f.bare) || block.shown.includes(f.qualified))
      continue;
    if (!block.caption.includes(sheet.unhedged[block.lang]))
      problems.push(
        `${block.where} (${block.lang}): shows ${f.bare} without its qualifier, and its caption does not say “${sheet.unhedged[block.lang]}”`,
      );
    if (!block.around.includes(f.qualified))
      problems.push(`${block.where} (${block.lang}): shows ${f.bare} and nowhere “${f.qualified}”`);
  }
  return problems;
}

/** Italian badge words that would have to agree with the items they label ("Fornito" beside "Missili balistici"). */
export function agreementProblems(sheet: StyleSheet): string[] {
  const inflects = new RegExp(sheet.agreement.inflects, 'iu');
  return Object.entries(sheet.labels)
    .filter(([key]) => /^(state|arms\.status|event|certainty)\./.test(key))
    .filter(([, entry]) => inflects.test(entry.it))
    .map(
      ([key, entry]) =>
        `badge "${key}": “${entry.it}” has to agree with each item it labels (“Missili balistici”, “Tecnologia avanzata”): use a noun or an invariable phrase`,
    );
}

/** Items that wear a badge, with their titles in both languages. */
function titled(
  story: StoryInput,
): Array<{ path: string; what: string; word: string; title: { it: string; en: string }; detail: string }> {
  return [
    ...story.truce.strands.map((s, i) => ({
      path: `truce/strands/${i}/title`,
      what: `strand "${s.id}"`,
      word: `state.${s.state}`,
      title: s.title,
      detail: s.facts.map((f) => f.text.it).join(' '),
    })),
    ...story.arms.map((a, i) => ({
      path: `arms/${i}/name`,
      what: `arm "${a.id}"`,
      word: `arms.status.${a.status}`,
      title: a.name,
      detail: a.detail.it,
    })),
    ...story.flows.map((f, i) => ({
      path: `flows/${i}/label`,
      what: `flow "${f.id}"`,
      word: `certainty.${f.certainty}`,
      title: f.label,
      detail: f.detail.it,
    })),
    ...story.events.map((e, i) => ({
      path: `events/${i}/title`,
      what: `event "${e.id}"`,
      word: `event.${e.status}`,
      title: e.title,
      detail: e.detail.it,
    })),
  ];
}

/**
 * Meaning shifted by grammar, in headings: a hedge said once (the badge says
 * "Possibilità", so the title does not say "Possibile" again), and a heading
 * keeps the qualifier its line keeps ("Missili balistici" over "missili
 * balistici a corto raggio" drops what the article says).
 */
export function headingFindings(story: StoryInput, sheet: StyleSheet): Finding[] {
  const problems: Finding[] = [];
  const hedged = { it: new RegExp(sheet.hedges, 'iu'), en: new RegExp(sheet.hedgesEn, 'iu') };
  for (const { path, what, word, title, detail } of titled(story)) {
    const entry = sheet.labels[word];
    if (entry && entry.certainty !== 'reported') {
      for (const lang of ['it', 'en'] as const) {
        if (hedged[lang].test(title[lang])) {
          problems.push({
            path: `${path}/${lang}`,
            what,
            en: `“${entry[lang]}” and “${title[lang]}” say the hedge twice`,
            it: `“${entry[lang]}” e “${title[lang]}” dicono due volte che è un’ipotesi`,
          });
        }
      }
    }
    for (const qualifier of sheet.qualifiers) {
      if (
        detail.toLowerCase().includes(`${title.it} ${qualifier}`.toLowerCase()) &&
        !title.it.toLowerCase().includes(qualifier)
      ) {
        problems.push({
          path: `${path}/it`,
          what,
          en: `“${title.it}” drops “${qualifier}”, which its line keeps`,
          it: `“${title.it}” perde “${qualifier}”, che il testo sotto mantiene`,
        });
      }
    }
  }
  return problems;
}
export const headingProblems = (story: StoryInput, sheet: StyleSheet): string[] => lines(headingFindings(story, sheet));

/** One translation per phrase: each pair whose Italian says a glossary phrase says its English in English. */
/**
 * A glossary pattern as the words an editor reads: `\\bconflitto\\b` is “conflitto”, `a|b` is “a” or “b”,
 * `relations .*intensify` is “relations … intensify”. Messages never show a pattern's syntax.
 */
export function patternWords(pattern: string, or: string): string {
  return pattern
    .split('|')
    .map((alternative) => {
      const words = alternative
        .replace(/\\b/g, '')
        .replace(/\.[*+]\??/g, ' … ')
        .replace(/\\(.)/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
      return `“${words}”`;
    })
    .join(` ${or} `);
}

export function glossaryFindings(
  pairs: Array<{ where: string; it: string; en: string }>,
  sheet: StyleSheet,
): Finding[] {
  const problems: Finding[] = [];
  for (const { where, it, en } of pairs) {
    for (const entry of sheet.glossary) {
      if (new RegExp(entry.it, 'iu').test(it) && !new RegExp(entry.en, 'iu').test(en)) {
        const shown = en.length > 80 ? `${en.slice(0, 80)}…` : en;
        problems.push({
          path: pointer(where, 'en'),
          what: where,
          en: `${patternWords(entry.it, 'or')} is ${patternWords(entry.en, 'or')} in English, not “${shown}”`,
          it: `${patternWords(entry.it, 'o')} in inglese è ${patternWords(entry.en, 'o')}, non “${shown}”`,
        });
      }
    }
  }
  return problems;
}
export const glossaryProblems = (
  pairs: Array<{ where: string; it: string; en: string }>,
  sheet: StyleSheet,
): string[] => lines(glossaryFindings(pairs, sheet));

/** Every Localized pair of the data, the style sheet and the interface strings, with where it is. */
export function localizedPairs(value: unknown, path = ''): Array<{ where: string; it: string; en: string }> {
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (typeof o.it === 'string' && typeof o.en === 'string') return [{ where: path, it: o.it, en: o.en }];
  return Object.entries(o).flatMap(([key, child]) => localizedPairs(child, path ? `${path}.${key}` : key));
}

/** Numbers as written in either language (11.000 / 11,000 / 25 / 2025), and the number words the article uses. */
export function numbersIn(text: string): number[] {
  const WORDS: Record<string, number> = {
    uno: 1,
    due: 2,
    tre: 3,
    quattro: 4,
    cinque: 5,
    sei: 6,
    sette: 7,
    otto: 8,
    nove: 9,
    dieci: 10,
  };
  const digits = [...text.matchAll(/\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+/g)].map((m) => Number(m[0].replace(/[.,]/g, '')));
  const spelled = [...text.toLowerCase().matchAll(/\p{L}+/gu)].flatMap((m) => (m[0] in WORDS ? [WORDS[m[0]]] : []));
  return [...digits, ...spelled];
}

/**
 * The numbers a widget may show: those the article gives (in figures or words),
 * the figures we derive from them (each declared, with its formula), and those
 * of the editors' notes (said to be ours). The year of the data's `asOf` is not
 * among them: it only orders dates, and no card shows it.
 */
export function allowedNumbers(story: Story, article: string): Set<number> {
  const allowed = new Set(numbersIn(article));
  for (const f of story.figures) if (f.derived && typeof f.value === 'number') allowed.add(f.value);
  for (const note of story.notes) {
    for (const lang of ['it', 'en'] as const) numbersIn(note.text[lang]).forEach((n) => allowed.add(n));
    if (note.atClaim) numbersIn(note.atClaim.date).forEach((n) => allowed.add(n));
  }
  return allowed;
}
