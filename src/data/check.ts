/**
 * Every rule the widgets and the desk's tests apply to a story, run on any
 * value (a file an editor dropped, a newsroom pipeline's output), with each
 * problem at its field and in words an editor understands, in Italian and
 * English. The desk editor page shows them at the field as the editor types;
 * `npx dprk-russia-widgets check story.json` prints them.
 *
 * Browser- and Node-safe, no DOM. The cards never import this module: they
 * validate an embedder's data with the schema alone (src/data/schema.ts).
 */
import * as v from 'valibot';
// The CLI prints the file's words through the same escaping as the widgets' console warnings.
export { escapeHidden } from '../guards/quote.js';
import { asOfParams, formatNumber } from '../i18n/i18n.js';
import { latestReport, type DeriveProblem } from './derive.js';
import {
  asOfFindings,
  badgeFindings,
  dataTexts,
  dateFindings,
  glossaryFindings,
  headingFindings,
  localizedPairs,
  numbersIn,
  referentFindings,
  termFindings,
  voiceFindings,
  type Finding,
  type StyleSheet,
} from './rules.js';
import { asOfTemplates, deskStyle } from './desk-sheet.js';
import { StoryShape, crossReferenceProblems, documentOf, type ReferenceProblem, type StoryInput } from './schema.js';

export interface Problem {
  /** Where, as a path into the story: `figures/2/quote`, `truce/strands/0/evidence`, `` for the whole file. */
  path: string;
  /** Which rule: `schema`, `text`, `translation`, `reference`, `derived`, `quote`, `figure`, `evidence`, `date`, `term`, `voice`, `referent`, `heading`, `glossary`, `as-of`, `document`. */
  rule: string;
  message: { it: string; en: string };
}

export interface CheckOptions {
  /**
   * The text of each document the story quotes, by id, where the story does not
   * carry it: the article's is the package's data/article-it.txt (`article`).
   */
  documents?: Record<string, string>;
  /** The desk's style sheet; data/style.json unless given. */
  style?: StyleSheet;
  /** Today as YYYY-MM-DD (UTC): no date of the story may be after it. The clock's day unless given. */
  today?: string;
}

type Bilingual = { it: string; en: string };

/** Valibot's names of types, as an editor reads them. */
const TYPE_WORDS: Record<string, Bilingual> = {
  string: { en: 'a text', it: 'un testo' },
  number: { en: 'a number', it: 'un numero' },
  boolean: { en: 'true or false', it: 'vero o falso (true o false)' },
  Object: { en: 'an object ({…})', it: 'un oggetto ({…})' },
  Array: { en: 'a list ([…])', it: 'una lista ([…])' },
  null: { en: 'null', it: 'null' },
  undefined: { en: 'missing', it: 'assente' },
};

/** What valibot expected (`string`, `"exact" | "about"`, `("a" | "b")`), in words: a type, or the values allowed. */
function typeWords(expected: string): Bilingual {
  const alternatives = expected.replace(/^\((.*)\)$/s, '$1').split(' | ');
  if (alternatives.every((a) => /^".*"$/s.test(a))) {
    const values = cut(alternatives.join(', '), 160);
    return alternatives.length === 1 ? { en: values, it: values } : { en: `one of ${values}`, it: `uno di ${values}` };
  }
  const words = alternatives.map((a) => TYPE_WORDS[a]);
  if (words.every(Boolean)) return { en: words.map((w) => w.en).join(' or '), it: words.map((w) => w.it).join(' o ') };
  return { en: 'of another kind', it: 'di un altro tipo' };
}

/** What valibot received: a type's name in words, or the value itself, cut short. */
function receivedWords(received: string): Bilingual {
  const word = TYPE_WORDS[received];
  if (word) return word;
  const value = cut(received, 40);
  return { en: value, it: value };
}

/** The schema's own messages (src/data/schema.ts) and valibot's, as an editor reads them. */
const SCHEMA_WORDS: Array<[RegExp, (m: RegExpExecArray) => Bilingual]> = [
  [
    /^must be at most (\d+) characters$/,
    (m) => ({ en: `is too long: at most ${m[1]} characters`, it: `è troppo lungo: al massimo ${m[1]} caratteri` }),
  ],
  [
    /^must have at most (\d+) items$/,
    (m) => ({ en: `has too many items: at most ${m[1]}`, it: `ha troppi elementi: al massimo ${m[1]}` }),
  ],
  [
    /^must be at most (\d+)$/,
    (m) => ({ en: `is too large: at most ${m[1]}`, it: `è troppo grande: al massimo ${m[1]}` }),
  ],
  [
    /^must be a kebab-case id$/,
    () => ({
      en: 'must be an id in lower case with hyphens, like "troops-total"',
      it: 'deve essere un identificativo in minuscolo con trattini, come "troops-total"',
    }),
  ],
  [
    /^must be an http\(s\) or relative URL$/,
    () => ({ en: 'must be a web address (http or https)', it: 'deve essere un indirizzo web (http o https)' }),
  ],
  [/^must be a whole number$/, () => ({ en: 'must be a whole number', it: 'deve essere un numero intero' })],
  [/^must not be negative$/, () => ({ en: 'must not be negative', it: 'non può essere negativo' })],
  [
    /^must be an ISO date/,
    () => ({ en: 'must be a date as YYYY-MM-DD', it: 'deve essere una data nella forma AAAA-MM-GG' }),
  ],
  [
    /^must be YYYY-MM-DD, or --MM-DD/,
    () => ({
      en: 'must be a date as YYYY-MM-DD, or --MM-DD where the source gives no year',
      it: 'deve essere una data AAAA-MM-GG, o --MM-GG se la fonte non dà l’anno',
    }),
  ],
  [
    /^must be YYYY, YYYY-MM/,
    () => ({
      en: 'must be a date no more precise than the source: YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD',
      it: 'deve essere una data non più precisa della fonte: AAAA, AAAA-MM, AAAA-MM-GG o --MM-GG',
    }),
  ],
  [
    /^Invalid key: Expected never but received "(.*)"$/s,
    (m) => ({
      en: `is a field the story does not have ("${m[1]}")`,
      it: `è un campo che la storia non prevede ("${m[1]}")`,
    }),
  ],
  [
    /^Invalid key: Expected "(.*)" but received undefined$/s,
    (m) => ({ en: `the field “${m[1]}” is missing: add it`, it: `manca il campo “${m[1]}”: va aggiunto` }),
  ],
  [
    /^Invalid type: Expected (.*) but received undefined$/s,
    (m) => ({ en: `is missing: it must be ${typeWords(m[1]).en}`, it: `manca: deve essere ${typeWords(m[1]).it}` }),
  ],
  [
    /^Invalid type: Expected (.*) but received (.*)$/s,
    (m) => ({
      en: `must be ${typeWords(m[1]).en}, not ${receivedWords(m[2]).en}`,
      it: `deve essere ${typeWords(m[1]).it}, non ${receivedWords(m[2]).it}`,
    }),
  ],
  [
    /^Invalid length: Expected >=1 but received 0$/,
    () => ({ en: 'must have at least one item', it: 'deve avere almeno un elemento' }),
  ],
];

/** A value from the file, cut, as a message may show it (a message never carries a stranger's whole text). */
const cut = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);

const NOT_A_STORY: Problem = {
  path: '',
  rule: 'schema',
  message: {
    en: 'the file is not a story: it must be one JSON object, as data/story.json is',
    it: 'il file non è una storia: deve essere un oggetto JSON, come data/story.json',
  },
};

function schemaProblem(issue: v.BaseIssue<unknown>): Problem {
  if (!issue.path?.length && issue.kind === 'schema') return NOT_A_STORY;
  const keys = (issue.path ?? []).map((p) => String(p.key));
  const path = keys.join('/');
  const last = keys[keys.length - 1];
  if (issue.message === 'must not be empty' && (last === 'it' || last === 'en')) {
    const message =
      last === 'en'
        ? { en: 'the English text is missing: translate the Italian', it: 'manca il testo inglese: traduci l’italiano' }
        : { en: 'the Italian text is missing', it: 'manca il testo italiano' };
    return { path, rule: 'translation', message };
  }
  if (issue.message === 'must not be empty')
    return { path, rule: 'schema', message: { en: 'must not be empty', it: 'non può essere vuoto' } };
  for (const [pattern, words] of SCHEMA_WORDS) {
    const m = pattern.exec(issue.message);
    if (m) {
      const message = words(m);
      return { path, rule: 'schema', message: { en: cut(message.en, 240), it: cut(message.it, 240) } };
    }
  }
  // A message no pattern above knows: the English as valibot words it, and no English inside the Italian.
  return {
    path,
    rule: 'schema',
    message: { en: cut(issue.message, 240), it: 'non è valido: controlla il tipo e la forma del campo' },
  };
}

/** The cross-reference kinds of src/data/schema.ts, in Italian. */
const REFERENCE_IT: Record<ReferenceProblem['kind'], (a: ReferenceProblem['args']) => string> = {
  twice: (a) => `l’identificativo "${a.id}" è usato due volte`,
  source: (a) => `"${a.id}" cita una fonte che non esiste: "${a.ref}"`,
  from: (a) => `la cifra "${a.id}" è calcolata da una cifra che non esiste: "${a.ref}"`,
  required: (a) => `manca la cifra "${a.id}" (la mostra la scheda dei soldati)`,
  strandFigure: (a) => `il filone "${a.id}" cita una cifra che non esiste: "${a.ref}"`,
  since: (a) => `il filone "${a.id}" comincia dopo la data dei dati (asOf)`,
  date: (a) => `l’evento "${a.id}" è datato dopo la data dei dati (asOf)`,
  eventFigure: (a) => `l’evento "${a.id}" cita una cifra che non esiste: "${a.ref}"`,
  about: (a) => `la nota "${a.id}" riguarda un elemento che non esiste: "${a.ref}"`,
  derivedSource: (a) => `la cifra "${a.id}" è un calcolo della redazione: la sua fonte è la redazione, non "${a.ref}"`,
  needsSource: (a) => `la cifra "${a.id}" non ha una fonte`,
  evidence: (a) => `"${a.id}": le parole di prova non sono nella sua citazione`,
  document: (a) => `"${a.id}" cita un documento che non esiste: "${a.ref}"`,
  documentTwice: (a) => `il documento "${a.id}" compare due volte`,
  documentText: (a) =>
    `al documento "${a.id}" manca il testo (solo quello dell’articolo è a parte, in data/article-it.txt)`,
  otherDocument: (a) =>
    `"${a.id}" cita il documento "${a.ref}", ma la sua fonte parla in "${a.where}" (la scheda cita la fonte: indica per la fonte quel documento)`,
  updateDocument: (a) => `l’aggiornamento del ${a.id} cita un documento che non esiste: "${a.ref}"`,
  updateChanges: (a) => `l’aggiornamento del ${a.id} cambia un elemento che non esiste: "${a.ref}"`,
  updateEarly: (a) => `l’aggiornamento del ${a.id} è datato prima della pubblicazione del suo documento "${a.ref}"`,
  asOfReport: (a) =>
    `la data dei dati (asOf) deve essere ${a.ref}, il giorno di pubblicazione del documento più recente su cui poggia un aggiornamento ("${a.id}")`,
  derive: () => '',
};

/** Why a figure cannot be computed (src/data/derive.ts), in both languages. */
function deriveWords(p: DeriveProblem, message: string): Bilingual {
  const en = message.replace(/^figures\.\d+ \("[^"]*"\): /, '');
  const it: Record<DeriveProblem['kind'], string> = {
    unset:
      'serve un valore e un qualificatore (esatto, circa, almeno, al massimo), oppure "derived" per una cifra calcolata',
    inputs: 'è calcolata da cifre che mancano o che sono calcolate a loro volta',
    negative: 'la prima cifra è più piccola della seconda, la differenza sarebbe negativa',
    qualifier: 'nessun qualificatore onesto per questa differenza (“almeno” meno “almeno” non dice nulla)',
    value: 'il valore scritto non è la differenza delle sue cifre',
    'stored-qualifier': 'il qualificatore scritto non segue dalle sue cifre',
  };
  return { en: `the calculation does not add up: ${en}`, it: `il calcolo non torna: ${it[p.kind]}` };
}

const fromFinding =
  (rule: string) =>
  (f: Finding): Problem => ({ path: f.path, rule, message: { en: f.en, it: f.it } });

/** Where an item's quotes sit: `quote`, `quotes/0`…, `attributed`, `evidence`. */
function quotedFields(story: StoryInput): Array<{ path: string; text: string; document: string }> {
  const out: Array<{ path: string; text: string; document: string }> = [];
  const add = (
    base: string,
    item: { source?: string; document?: string; quote: string; quotes?: string[]; attributed?: string },
  ) => {
    const document = documentOf(story, item);
    out.push({ path: `${base}/quote`, text: item.quote, document });
    (item.quotes ?? []).forEach((text, i) => out.push({ path: `${base}/quotes/${i}`, text, document }));
    if (item.attributed) out.push({ path: `${base}/attributed`, text: item.attributed, document });
  };
  story.figures.forEach((f, i) => add(`figures/${i}`, f));
  story.truce.strands.forEach((s, j) => s.facts.forEach((f, i) => add(`truce/strands/${j}/facts/${i}`, f)));
  story.arms.forEach((a, i) => add(`arms/${i}`, a));
  story.flows.forEach((f, i) => add(`flows/${i}`, f));
  story.events.forEach((e, i) => add(`events/${i}`, e));
  return out;
}

/** Each quote is the document's words, to the character (apostrophes and quotation marks included). */
function quoteProblems(story: StoryInput, given: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  const texts: Record<string, string> = { ...given };
  for (const doc of story.documents ?? []) if (doc.text !== undefined) texts[doc.id] = doc.text;
  const named = (id: string): Bilingual => {
    const doc = story.documents?.find((d) => d.id === id);
    if (id === 'article' || !doc) return { en: 'the article', it: 'nell’articolo' };
    return {
      en: `${doc.outlet}’s report (“${cut(doc.title, 60)}”)`,
      it: `nel testo di ${doc.outlet} (“${cut(doc.title, 60)}”)`,
    };
  };
  const missing = new Set<string>();
  for (const { path, text, document } of quotedFields(story)) {
    const body = texts[document];
    if (body === undefined) {
      if (!missing.has(document)) {
        missing.add(document);
        problems.push({
          path: '',
          rule: 'document',
          message: {
            en: `the text of document "${document}" was not given, so its quotes cannot be checked`,
            it: `manca il testo del documento "${document}": le sue citazioni non si possono verificare`,
          },
        });
      }
      continue;
    }
    if (!body.includes(text)) {
      const where = named(document);
      problems.push({
        path,
        rule: 'quote',
        message: {
          en: `“${cut(text, 80)}” is not in ${where.en} word for word (check every letter, apostrophe and quotation mark)`,
          it: `“${cut(text, 80)}” non è ${where.it} parola per parola (controlla ogni lettera, apostrofo e virgolette)`,
        },
      });
    }
  }
  return problems;
}

/** A figure the source states is in its sentence, with the source's own qualifier ("almeno 3.000"). */
function figureProblems(story: StoryInput): Problem[] {
  const problems: Problem[] = [];
  const WORDS = {
    it: { atLeast: { word: /\balmeno\b/i, name: 'almeno' }, about: { word: /\bcirca\b/i, name: 'circa' } },
    en: {
      atLeast: { word: /\bat least\b/i, name: 'at least' },
      about: { word: /\b(about|around|some|roughly)\b/i, name: 'about' },
    },
  } as const;
  story.figures.forEach((f, i) => {
    if (f.derived || f.value === undefined) return;
    const lang = story.documents?.find((d) => d.id === documentOf(story, f))?.lang ?? 'it';
    const said = [f.quote, ...(f.quotes ?? [])].join(' ');
    if (!numbersIn(said).includes(f.value)) {
      const [en, it] = [formatNumber('en', f.value), formatNumber('it', f.value)];
      problems.push({
        path: `figures/${i}/value`,
        rule: 'figure',
        message: {
          en: `${en} is not a number its quote gives`,
          it: `${it} non è un numero che la sua citazione riporta`,
        },
      });
    }
    const expected = f.qualifier === 'atLeast' || f.qualifier === 'about' ? WORDS[lang][f.qualifier] : undefined;
    if (expected && !expected.word.test(said)) {
      problems.push({
        path: `figures/${i}/qualifier`,
        rule: 'figure',
        message: {
          en: `its quote does not say “${expected.name}”`,
          it: `la sua citazione non dice “${expected.name}”`,
        },
      });
    }
  });
  return problems;
}

/**
 * The days an editor types that the schema's pattern lets through: a day the calendar does not have
 * (2025-02-31), year 0000, or a day after today (a story reports what happened, and a report is not yet out).
 */
function dayProblems(story: StoryInput, today: string): Problem[] {
  const problems: Problem[] = [];
  const days: Array<[string, string | undefined]> = [
    ['asOf', story.asOf],
    ...(story.documents ?? []).map((d, i): [string, string | undefined] => [`documents/${i}/date`, d.date]),
    ...(story.updates ?? []).map((u, i): [string, string | undefined] => [`updates/${i}/date`, u.date]),
  ];
  for (const [path, day] of days) {
    if (day === undefined) continue;
    const [y, m, d] = day.split('-').map(Number);
    const date = new Date(Date.UTC(2000, m - 1, d));
    date.setUTCFullYear(y);
    if (y < 1 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      problems.push({
        path,
        rule: 'date',
        message: { en: `${day} is not a day of the calendar`, it: `il giorno ${day} non esiste nel calendario` },
      });
    } else if (day > today) {
      problems.push({
        path,
        rule: 'date',
        message: {
          en: `${day} is after today (${today}): a date in the story is a day that has come`,
          it: `il ${day} è dopo oggi (${today}): una data della storia è un giorno già arrivato`,
        },
      });
    }
  }
  return problems;
}

/** Characters that reorder the text around them, invisible on the card: a label could read backwards. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** A tag as a reader would see it written out (the cards print text, never markup): `<b>`, `<img …`, `</div>`, `<script`. */
const TAG = /<\/?[a-z][a-z0-9-]*(?=[\s/>]|$)|<!|<\?/iu;
/** Nothing a reader could read: spaces, no-break spaces, zero-width characters. */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/** Every text of the story a reader may see (not a document's own text, which the cards never show), with its path. */
function storyStrings(value: unknown, path: string, out: Array<{ path: string; text: string }> = []) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (/^documents\/\d+$/.test(path) && key === 'text') continue;
      storyStrings(child, path ? `${path}/${key}` : key, out);
    }
  }
  return out;
}

/** Markup, characters that reorder text and blank texts, at their field. */
function textProblems(story: StoryInput): Problem[] {
  const problems: Problem[] = [];
  for (const { path, text } of storyStrings(story, '')) {
    if (BLANK.test(text)) {
      problems.push({
        path,
        rule: 'text',
        message: { en: 'is blank: write the text', it: 'è vuoto: scrivi il testo' },
      });
      continue;
    }
    const tag = TAG.exec(text);
    if (tag) {
      problems.push({
        path,
        rule: 'text',
        message: {
          en: `contains markup (“${cut(tag[0], 20)}”): the cards show text as it is, so readers would see the tags; write plain text`,
          it: `contiene markup (“${cut(tag[0], 20)}”): le schede mostrano il testo così com’è, quindi i lettori vedrebbero i tag; scrivi testo semplice`,
        },
      });
    }
    const bidi = BIDI.exec(text);
    if (bidi) {
      const code = `U+${bidi[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push({
        path,
        rule: 'text',
        message: {
          en: `contains an invisible character that reverses or reorders the text (${code}): delete it`,
          it: `contiene un carattere invisibile che inverte o riordina il testo (${code}): va cancellato`,
        },
      });
    }
  }
  return problems;
}

/** Who published a text the story cites: the article's publisher, or a report's outlet. */
const outletOf = (story: StoryInput, document: string): string =>
  document === 'article'
    ? story.article.publisher
    : (story.documents?.find((d) => d.id === document)?.outlet ?? document);

/**
 * An event tells one text's account, and the figures under it are that text's: a later report's
 * figure under the article's event ("at least 3,000 … about 11,000" above "at least 4,500") would
 * contradict its own line. The event is retold from the report, or the figure leaves it.
 */
function eventFigureProblems(story: StoryInput): Problem[] {
  const byId = new Map(story.figures.map((f) => [f.id, f]));
  const outlet = (id: string) => outletOf(story, id);
  const problems: Problem[] = [];
  story.events.forEach((event, i) => {
    const own = documentOf(story, event);
    for (const id of event.figures ?? []) {
      const f = byId.get(id);
      if (!f || f.derived || documentOf(story, f) === own) continue;
      const [theirs, ours] = [outlet(documentOf(story, f)), outlet(own)];
      problems.push({
        path: `events/${i}/figures`,
        rule: 'document',
        message: {
          en: `event “${event.id}” tells ${ours}’s account but shows “${id}” from ${theirs}: retell the event from ${theirs} (detail, source, quote) or take the figure off it`,
          it: `l’evento “${event.id}” racconta il testo di ${ours} ma mostra “${id}” da ${theirs}: riscrivete l’evento dal testo di ${theirs} (dettaglio, fonte, citazione) o toglietegli la cifra`,
        },
      });
    }
  });
  return problems;
}

/** A difference subtracts like from like: soldiers from soldiers (never people), from one text. */
function unitProblems(story: StoryInput): Problem[] {
  const byId = new Map(story.figures.map((f) => [f.id, f]));
  const problems: Problem[] = [];
  story.figures.forEach((f, i) => {
    if (!f.derived) return;
    const [a, b] = f.derived.from.map((id) => byId.get(id));
    if (!a || !b) return;
    // Like from like in time too: two figures from one text. A total from the article minus a newer
    // report's deployment is a number neither text supports (the total it was part of has moved on).
    const texts = [a, b].filter((x) => !x.derived).map((x) => documentOf(story, x));
    if (new Set(texts).size > 1) {
      const names = texts.map((id) => outletOf(story, id));
      problems.push({
        path: `figures/${i}/derived/from`,
        rule: 'derived',
        message: {
          en: `subtracts “${a.id}” (from ${names[0]}) and “${b.id}” (from ${names[1]}): a difference takes two figures from the same text; update both from the newer text, or remove the calculation`,
          it: `sottrae “${a.id}” (da ${names[0]}) e “${b.id}” (da ${names[1]}): una differenza prende due cifre dello stesso testo; aggiornatele entrambe dal testo più recente, o togliete il calcolo`,
        },
      });
    }
    const units = new Set([f.unit, a.unit, b.unit]);
    if (units.size === 1) return;
    const list = [...units].map((u) => `“${u}”`).join(', ');
    problems.push({
      path: `figures/${i}/derived/from`,
      rule: 'derived',
      message: {
        en: `subtracts figures with different units (${list}): a difference takes two figures of its own unit`,
        it: `sottrae cifre con unità diverse (${list}): una differenza prende due cifre della sua stessa unità`,
      },
    });
  });
  return problems;
}

/**
 * The as-of line, in both languages, on the data's own `asOf` day: while no report dates the data, that day must be
 * one the article gives. (The cards show the article's latest dated event, src/data/story.ts; the two agree in the
 * story we ship, and tests/style/labels.test.ts reads the cards' line on screen.)
 */
function asOfLines(story: StoryInput): Array<{ where: string; lang: 'it' | 'en'; text: string }> {
  return (['it', 'en'] as const).map((lang) => {
    const params: Record<string, string> = asOfParams(lang, story.asOf, story.article.publisher);
    return {
      where: 'asOf',
      lang,
      text: asOfTemplates[lang].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole),
    };
  });
}

/** The items set aside, by the path of their list in the editor's file: their indices there. */
type Pruned = Map<string, number[]>;

/** The list item a schema issue is in (its deepest), or undefined where the issue is not inside a list. */
function brokenItem(issue: v.BaseIssue<unknown>): { list: string[]; index: number } | undefined {
  const keys = (issue.path ?? []).map((p) => p.key);
  for (let i = keys.length - 1; i > 0; i--) {
    if (typeof keys[i] === 'number') return { list: keys.slice(0, i).map(String), index: keys[i] as number };
  }
  return undefined;
}

/** Takes the broken items out of `copy`, deepest and last first so every path still names the editor's item. */
function prune(copy: Record<string, unknown>, items: Array<{ list: string[]; index: number }>): Pruned {
  const pruned: Pruned = new Map();
  for (const { list, index } of items) {
    const key = list.join('/');
    const indices = pruned.get(key) ?? [];
    if (!indices.includes(index)) indices.push(index);
    pruned.set(key, indices);
  }
  const order = [...pruned.entries()].sort(([a], [b]) => b.split('/').length - a.split('/').length);
  for (const [key, indices] of order) {
    const array = key.split('/').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], copy);
    if (!Array.isArray(array)) continue;
    for (const index of [...indices].sort((a, b) => b - a)) array.splice(index, 1);
  }
  for (const indices of pruned.values()) indices.sort((a, b) => a - b);
  return pruned;
}

/** A path in the story with items set aside, as a path in the editor's file. */
function unprune(path: string, pruned: Pruned): string {
  if (!pruned.size || !path) return path;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    const removed = pruned.get(out.join('/'));
    if (removed && /^\d+$/.test(segment)) {
      let index = Number(segment);
      for (const r of removed) if (r <= index) index++;
      out.push(String(index));
    } else out.push(segment);
  }
  return out.join('/');
}

/**
 * All the problems of a story, field by field; empty when it is clean. Never
 * throws and never runs anything from the value: it is read as data only.
 */
export function checkStory(json: unknown, opts: CheckOptions = {}): Problem[] {
  const sheet = opts.style ?? deskStyle;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return [NOT_A_STORY];
  let shape: v.SafeParseResult<typeof StoryShape>;
  try {
    shape = v.safeParse(StoryShape, json);
  } catch (error) {
    return [
      {
        path: '',
        rule: 'schema',
        message: {
          en: `cannot be read as a story (${cut(String(error))})`,
          it: `non si legge come una storia (${cut(String(error))})`,
        },
      },
    ];
  }
  const problems: Problem[] = [];
  let filled: string[] = [];
  let pruned: Pruned = new Map();
  if (!shape.success) {
    const found = shape.issues.map(schemaProblem);
    // A text not yet translated (the editor is typing it) does not hide the other rules: the
    // check goes on with the other language in its place and says nothing more of that text.
    // An item the schema cannot read (an empty new document, a figure typed as words) is set
    // aside, and the rest of the story is still checked: one open mistake hides no other.
    const broken = shape.issues.filter((_, i) => found[i].rule !== 'translation');
    const items = broken.map((issue) => brokenItem(issue));
    if (items.some((item) => item === undefined)) return found;
    filled = found.filter((p) => p.rule === 'translation').map((p) => p.path.replace(/\/(it|en)$/, ''));
    const copy = structuredClone(json) as Record<string, unknown>;
    for (const path of filled) {
      const pair = path.split('/').reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], copy) as Bilingual;
      const text = pair.it || pair.en || '…';
      pair.it ||= text;
      pair.en ||= text;
    }
    pruned = prune(copy, items as Array<{ list: string[]; index: number }>);
    const again = v.safeParse(StoryShape, copy);
    if (!again.success) return found;
    problems.push(...found);
    shape = again;
  }
  const story = shape.output;
  const rest: Problem[] = [];
  for (const p of crossReferenceProblems(story)) {
    if (p.kind === 'derive' && p.derive)
      rest.push({ path: p.path, rule: 'derived', message: deriveWords(p.derive, p.message) });
    else rest.push({ path: p.path, rule: 'reference', message: { en: p.message, it: REFERENCE_IT[p.kind](p.args) } });
  }
  const documents = opts.documents ?? {};
  rest.push(...quoteProblems(story, documents));
  rest.push(...figureProblems(story));
  rest.push(...dayProblems(story, opts.today ?? new Date().toISOString().slice(0, 10)));
  rest.push(...textProblems(story));
  rest.push(...unitProblems(story), ...eventFigureProblems(story));
  rest.push(...badgeFindings(story, sheet).map(fromFinding('evidence')));
  rest.push(...dateFindings(story).map(fromFinding('date')));
  const texts = dataTexts(story);
  rest.push(...termFindings(texts, sheet).map(fromFinding('term')));
  rest.push(...voiceFindings(story, sheet).map(fromFinding('voice')));
  rest.push(...referentFindings(texts, sheet).map(fromFinding('referent')));
  rest.push(...headingFindings(story, sheet).map(fromFinding('heading')));
  const pairs = localizedPairs(story);
  rest.push(...glossaryFindings(pairs, sheet).map(fromFinding('glossary')));
  // A pair whose English is its Italian, word for word, was not translated ("CNN" in both is a name, not a sentence).
  for (const { where, it, en } of pairs) {
    if (it === en && (it.match(/\p{L}+/gu) ?? []).length >= 3) {
      rest.push({
        path: `${where.replaceAll('.', '/')}/en`,
        rule: 'translation',
        message: {
          en: 'the English text is the Italian one: translate it',
          it: 'il testo inglese è uguale a quello italiano: va tradotto',
        },
      });
    }
  }
  // Once an update rests on a dated report, the as-of line gives that report's day (src/base/story-element.ts), not the
  // article's undated day, and the story card's note on the date (asOfNote) names the report.
  const report = latestReport(story);
  for (const lang of report ? (['it', 'en'] as const) : []) {
    const note = story.asOfNote[lang];
    if (!note.includes(report!.outlet)) {
      rest.push({
        path: `asOfNote/${lang}`,
        rule: 'as-of',
        message: {
          en: `the note on the date must name ${report!.outlet}, whose report of ${report!.date} dates the data now`,
          it: `la nota sulla data deve nominare ${report!.outlet}, il cui testo del ${report!.date} ora data i dati`,
        },
      });
    }
  }
  if (documents.article !== undefined && !report)
    rest.push(...asOfFindings(asOfLines(story), sheet, documents.article).map(fromFinding('as-of')));
  const skip = (path: string) => filled.some((f) => path === f || path.startsWith(`${f}/`));
  // With items set aside, what depends on other items (references, differences, documents, the as-of) is not
  // said: it could only be about what is missing. The rest is said at its place in the editor's file.
  const partial = pruned.size > 0 ? new Set(['reference', 'derived', 'document', 'as-of']) : new Set<string>();
  for (const p of rest) {
    if (partial.has(p.rule)) continue;
    const path = unprune(p.path, pruned);
    if (!skip(path)) problems.push({ ...p, path });
  }
  return problems;
}
