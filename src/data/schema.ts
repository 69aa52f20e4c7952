/**
 * The story's data model: one valibot schema that gives the TypeScript types,
 * validates the bundled JSON in tests and validates data loaded at run time.
 *
 * Conventions every element relies on:
 * - every user-facing string is `Localized` ({ it, en }); Italian is the original;
 * - every fact carries `source` (an id into `sources`) and `quote`, the verbatim
 *   Italian sentence of the article it comes from;
 * - figures carry a `qualifier` (exact / about / at least / at most); numbers we
 *   compute ourselves carry `derived` and say how.
 */
import * as v from 'valibot';
import { MAX_URL_LENGTH, isSafeUrl } from '../guards/safe-url.js';
import { MONTH_DAY, onAsOfYear } from './dates.js';
import { deriveFigures, documentOf, latestReport, resolveStory, type DeriveProblem } from './derive.js';
import {
  ARM_KINDS,
  ARM_STATUSES,
  CERTAINTIES,
  EVENT_STATUSES,
  FLOW_DIRECTIONS,
  FLOW_KINDS,
  QUALIFIERS,
  REQUIRED_FIGURES,
  TRUCE_STATES,
  UNITS,
} from './vocabulary.js';

/**
 * Limits on size, so that no data file (however hostile) can freeze a page:
 * the longest text in the article's data is ~240 characters, the longest list 10 items.
 */
export const DATA_LIMITS = {
  text: 600,
  id: 64,
  /** Items in any one list (events, arms, flows, figures, sources, notes, strands). */
  list: 40,
  /** Facts in one truce strand, extra quotes on one item. */
  sublist: 12,
  /** The largest figure we print: ten million (the article's largest is 11,000). */
  figure: 10_000_000,
  /** Characters of one document's text (the article's is ~6,000). */
  document: 60_000,
} as const;

const Text = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.maxLength(DATA_LIMITS.text, `must be at most ${DATA_LIMITS.text} characters`),
);
const Id = v.pipe(
  v.string(),
  v.maxLength(DATA_LIMITS.id, `must be at most ${DATA_LIMITS.id} characters`),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
);
const list = <T extends v.GenericSchema>(item: T, max: number = DATA_LIMITS.list) =>
  v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} items`));
/** A web link: http(s) or relative, nothing a click could run (src/guards/safe-url.ts). */
const WebUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`),
  v.check((url: string) => isSafeUrl(url), 'must be an http(s) or relative URL'),
);
/** ISO day, as `2025-03-25`. */
const IsoDay = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'));
/** A day: `2025-03-25`, or `--03-25` where the article gives no year. */
const Day = v.union([
  IsoDay,
  v.pipe(v.string(), v.regex(MONTH_DAY, 'must be YYYY-MM-DD, or --MM-DD where the article gives no year')),
]);
/** A date no more precise than the article: `2023`, `2025-03`, `2025-03-25`, or `--03-25` (day and month, no year). */
const PartialDate = v.pipe(
  v.string(),
  v.regex(
    /^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$/,
    'must be YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD where the article gives no year',
  ),
);

export const LocalizedSchema = v.strictObject({ it: Text, en: Text });

// The closed vocabularies live in a module of their own, so cards can list
// them without loading this validator (only data an embedder supplies needs it).
export * from './vocabulary.js';

/** A fact as the article states it: who says it and the sentence that says it. */
const sourced = {
  source: Id,
  /**
   * The document (an id into `documents`) whose words `quote`, `quotes`,
   * `attributed` and `evidence` are, verbatim. Absent: its source's document,
   * else the article (`article`), so data written before documents existed is unchanged.
   */
  document: v.optional(Id),
  quote: Text,
  /** Further verbatim sentences of the article the item also rests on (optional). */
  quotes: v.optional(v.pipe(list(Text, DATA_LIMITS.sublist), v.minLength(1))),
  /**
   * The words of the quote the article puts in the source's mouth (verbatim,
   * after "ha confermato che", "Secondo …,"), where the source is someone the
   * article quotes: the item's text says no more than these words in its name.
   */
  attributed: v.optional(Text),
};
/**
 * The words of the item's quote its state or status rests on (verbatim, a part
 * of `quote` or `quotes`). data/style.json says what each state's evidence must
 * say, so a badge is never more certain or final than its sentence.
 */
const evidence = { evidence: v.optional(Text) };

export const SourceSchema = v.strictObject({
  id: Id,
  /** Who the article attributes the fact to. */
  name: LocalizedSchema,
  /** The outlet that carried it, where the article names one. */
  reportedBy: v.optional(LocalizedSchema),
  /**
   * The document the source speaks in, where it is not the article: every
   * item credited to the source quotes it, and the card's source line names it
   * ("…, {outlet}, {day}").
   */
  document: v.optional(Id),
});

/** The languages a document may be in: the ones the desk reads and checks. */
export const DOCUMENT_LANGS = ['it', 'en'] as const;

/**
 * A text the story quotes. The first is the unita.tv article (`article`), whose
 * text ships as data/article-it.txt; a later report carries its own text, which
 * the quotes are checked against (src/data/check.ts).
 */
export const DocumentSchema = v.strictObject({
  id: Id,
  /** Who published it: "unita.tv". */
  outlet: Text,
  /** Its headline, as published (in its own language). */
  title: Text,
  url: v.optional(WebUrl),
  /** The day it was published; absent for the article, which carries no date. */
  date: v.optional(IsoDay),
  lang: v.picklist(DOCUMENT_LANGS),
  /** Its text, verbatim. Absent only for the article (data/article-it.txt). */
  text: v.optional(
    v.pipe(
      v.string(),
      v.nonEmpty('must not be empty'),
      v.maxLength(DATA_LIMITS.document, `must be at most ${DATA_LIMITS.document} characters`),
    ),
  ),
});

export const FigureSchema = v.strictObject({
  id: Id,
  /** A count: a whole number from 0 to ten million (`-0` reads as 0). Absent on derived figures. */
  value: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number'),
      v.minValue(0, 'must not be negative'),
      v.maxValue(DATA_LIMITS.figure, `must be at most ${DATA_LIMITS.figure}`),
      v.transform((n) => n + 0),
    ),
  ),
  /** Absent on derived figures, whose qualifier follows from their inputs (src/data/derive.ts). */
  qualifier: v.optional(v.picklist(QUALIFIERS)),
  unit: v.picklist(UNITS),
  label: LocalizedSchema,
  ...sourced,
  /** Who the article credits. Absent on derived figures: their source is the editors' calculation. */
  source: v.optional(Id),
  /**
   * Present when we compute the figure from others (it is then not in the
   * article): `from[0] − from[1]`, worked out whenever data loads. `method`
   * explains it; `{a}`, `{b}` and `{result}` stand for the numbers with their qualifiers.
   */
  derived: v.optional(
    v.strictObject({
      op: v.literal('difference'),
      from: v.pipe(v.tuple([Id, Id])),
      method: LocalizedSchema,
    }),
  ),
});

export const FactSchema = v.strictObject({
  text: LocalizedSchema,
  ...sourced,
  /**
   * What the article adds in its own voice after the source's words, in the same
   * sentence ("e di conseguenza, Kiev non ha condotto attacchi simili"): shown
   * after the source's line, so the line credits the source with `text` only.
   */
  then: v.optional(LocalizedSchema),
});

export const StrandSchema = v.strictObject({
  id: Id,
  state: v.picklist(TRUCE_STATES),
  title: LocalizedSchema,
  /** Day the strand's state began, when the article gives one (`--03-25` where it gives no year). */
  since: v.optional(Day),
  ...evidence,
  facts: v.pipe(list(FactSchema, DATA_LIMITS.sublist), v.minLength(1)),
  /** Figures (ids) that belong to this strand. */
  figures: v.optional(list(Id, DATA_LIMITS.sublist)),
});

export const ArmSchema = v.strictObject({
  id: Id,
  kind: v.picklist(ARM_KINDS),
  status: v.picklist(ARM_STATUSES),
  ...evidence,
  name: LocalizedSchema,
  detail: LocalizedSchema,
  ...sourced,
});

export const FlowSchema = v.strictObject({
  id: Id,
  direction: v.picklist(FLOW_DIRECTIONS),
  kind: v.picklist(FLOW_KINDS),
  /** Whether the flow is reported as happening, feared or possible. */
  certainty: v.picklist(CERTAINTIES),
  ...evidence,
  label: LocalizedSchema,
  detail: LocalizedSchema,
  ...sourced,
});

export const EventSchema = v.strictObject({
  id: Id,
  /** As precise as the article allows; `null` when it gives no date. */
  date: v.nullable(PartialDate),
  status: v.picklist(EVENT_STATUSES),
  ...evidence,
  title: LocalizedSchema,
  detail: LocalizedSchema,
  ...sourced,
  /** Figures (ids) the event is about, shown with it. */
  figures: v.optional(list(Id, DATA_LIMITS.sublist)),
  /** What the article adds in its own voice after the source's words, shown after the source's line (as for a fact). */
  then: v.optional(LocalizedSchema),
});

export const EditorNoteSchema = v.strictObject({
  id: Id,
  /** Ids of the items the note corrects or qualifies. */
  about: v.pipe(list(Id, DATA_LIMITS.sublist), v.minLength(1)),
  text: LocalizedSchema,
  /**
   * The correction in a few words, shown where the claim stands, as "{the article's claim}, secondo
   * l'articolo; nota della redazione: {the correction}": `{date}` in `text` is `date`, the corrected
   * date as the document that corrects it gives it.
   */
  atClaim: v.optional(v.strictObject({ date: IsoDay, text: LocalizedSchema })),
});

/**
 * One published change, shown to readers on the cards whose facts it touched
 * ("Aggiornato il {day}: …"), as wire services log theirs.
 */
export const UpdateSchema = v.strictObject({
  /** The day the change was published. */
  date: IsoDay,
  /** What changed, in a sentence. */
  what: LocalizedSchema,
  /** Why: the new report, the error found. */
  why: LocalizedSchema,
  /** A correction of something we had wrong, said as one. */
  correction: v.optional(v.boolean()),
  /** The document (an id into `documents`) the change rests on; the latest one's date is the data's as-of. */
  document: v.optional(Id),
  /** Ids of the facts it changed (figures, strands, arms, flows, events, notes); absent: the whole story. */
  changes: v.optional(v.pipe(list(Id, DATA_LIMITS.sublist), v.minLength(1))),
});

/** The story's shape, without the cross-references (`StorySchema` adds them): the check reports both, field by field. */
export const StoryShape = v.strictObject({
  schemaVersion: v.literal(1),
  /** The day the data describes; every "days since" counts to it, never to today. */
  asOf: IsoDay,
  /** Why `asOf` is what it is (the article carries no date). */
  asOfNote: LocalizedSchema,
  article: v.strictObject({
    publisher: Text,
    title: LocalizedSchema,
    standfirst: LocalizedSchema,
    url: v.optional(WebUrl),
  }),
  /** The texts the quotes come from: the article first, later reports after it. Absent: the article alone. */
  documents: v.optional(v.pipe(list(DocumentSchema, DATA_LIMITS.sublist), v.minLength(1))),
  sources: v.pipe(list(SourceSchema), v.minLength(1)),
  figures: list(FigureSchema),
  truce: v.strictObject({
    title: LocalizedSchema,
    strands: v.pipe(list(StrandSchema), v.minLength(1)),
  }),
  arms: list(ArmSchema),
  flows: list(FlowSchema),
  events: list(EventSchema),
  notes: list(EditorNoteSchema),
  /** The changes published since the story first went out, each shown on the cards it touched. Absent or empty: none. */
  updates: v.optional(list(UpdateSchema)),
});

type StoryShapeOutput = v.InferOutput<typeof StoryShape>;
/** The story as stored (derived figures without values). */
export type StoryInput = StoryShapeOutput;
export type FigureInput = v.InferOutput<typeof FigureSchema>;

/**
 * What the cross-reference check can find, in English: `validateStory` prints
 * these; the check (src/data/check.ts) has the same kinds in Italian, so the
 * validator that cards load for an embedder's data carries one language only.
 */
export const REFERENCE_MESSAGES = {
  twice: (a: { id: string; where: string }) => `${a.where}: id "${a.id}" is used twice`,
  source: (a: { id: string; ref: string }) => `"${a.id}" names unknown source "${a.ref}"`,
  from: (a: { id: string; ref: string }) => `figure "${a.id}" is derived from unknown figure "${a.ref}"`,
  required: (a: { id: string }) => `figures: "${a.id}" is required (the tally card shows it)`,
  strandFigure: (a: { id: string; ref: string }) => `strand "${a.id}" names unknown figure "${a.ref}"`,
  since: (a: { id: string }) => `strand "${a.id}" starts after asOf`,
  date: (a: { id: string }) => `event "${a.id}" is dated after asOf`,
  eventFigure: (a: { id: string; ref: string }) => `event "${a.id}" names unknown figure "${a.ref}"`,
  about: (a: { id: string; ref: string }) => `note "${a.id}" is about unknown item "${a.ref}"`,
  derivedSource: (a: { id: string; ref: string }) =>
    `figure "${a.id}" is derived: its source is the editors' calculation, not "${a.ref}"`,
  needsSource: (a: { id: string }) => `figure "${a.id}" needs a source`,
  evidence: (a: { id: string }) => `"${a.id}": its evidence is not words of its quote`,
  document: (a: { id: string; ref: string }) => `"${a.id}" names unknown document "${a.ref}"`,
  documentTwice: (a: { id: string }) => `documents: id "${a.id}" is used twice`,
  documentText: (a: { id: string }) =>
    `document "${a.id}" needs its text (only the article's ships apart, as data/article-it.txt)`,
  otherDocument: (a: { id: string; ref: string; where?: string }) =>
    `"${a.id}" quotes document "${a.ref}", but its source speaks in "${a.where}" (the card credits the source: give it that document)`,
  updateDocument: (a: { id: string; ref: string }) => `update of ${a.id} names unknown document "${a.ref}"`,
  updateChanges: (a: { id: string; ref: string }) => `update of ${a.id} changes unknown item "${a.ref}"`,
  updateEarly: (a: { id: string; ref: string }) =>
    `update of ${a.id} is dated before its document "${a.ref}" was published`,
  asOfReport: (a: { id: string; ref: string }) =>
    `asOf must be ${a.ref}, the date of the latest document an update rests on ("${a.id}")`,
} as const;
export type ReferenceKind = keyof typeof REFERENCE_MESSAGES;
/** One cross-reference problem: where (a path into the story), which kind, and the ids it names. */
export interface ReferenceProblem {
  path: string;
  kind: ReferenceKind | 'derive';
  args: { id: string; where?: string; ref?: string };
  /** The English line. */
  message: string;
  /** For `derive`: what went wrong (src/data/derive.ts). */
  derive?: DeriveProblem;
}

/** Cross-references a JSON Schema cannot express: ids unique, references resolve, dates not after `asOf`. */
export function crossReferenceProblems(story: StoryShapeOutput): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const add = <K extends ReferenceKind>(path: string, kind: K, args: Parameters<(typeof REFERENCE_MESSAGES)[K]>[0]) =>
    problems.push({ path, kind, args, message: (REFERENCE_MESSAGES[kind] as (a: typeof args) => string)(args) });
  const sourceIds = new Set(story.sources.map((s) => s.id));
  const figureIds = new Set(story.figures.map((f) => f.id));
  const seen = new Set<string>();
  const items: Array<{ id: string; where: string; path: string }> = [
    ...story.sources.map((s, i) => ({ id: s.id, where: 'sources', path: `sources/${i}/id` })),
    ...story.figures.map((f, i) => ({ id: f.id, where: 'figures', path: `figures/${i}/id` })),
    ...story.truce.strands.map((s, i) => ({ id: s.id, where: 'truce.strands', path: `truce/strands/${i}/id` })),
    ...story.arms.map((a, i) => ({ id: a.id, where: 'arms', path: `arms/${i}/id` })),
    ...story.flows.map((f, i) => ({ id: f.id, where: 'flows', path: `flows/${i}/id` })),
    ...story.events.map((e, i) => ({ id: e.id, where: 'events', path: `events/${i}/id` })),
    ...story.notes.map((n, i) => ({ id: n.id, where: 'notes', path: `notes/${i}/id` })),
  ];
  for (const { id, where, path } of items) {
    if (seen.has(id)) add(path, 'twice', { id, where });
    seen.add(id);
  }
  const sourced: Array<{ id: string; source?: string; document?: string; path: string }> = [
    ...story.figures.map((f, i) => ({ ...f, path: `figures/${i}` })),
    ...story.arms.map((a, i) => ({ ...a, path: `arms/${i}` })),
    ...story.flows.map((f, i) => ({ ...f, path: `flows/${i}` })),
    ...story.events.map((e, i) => ({ ...e, path: `events/${i}` })),
    ...story.truce.strands.flatMap((s, j) =>
      s.facts.map((f, i) => ({
        id: s.id,
        source: f.source,
        document: f.document,
        path: `truce/strands/${j}/facts/${i}`,
      })),
    ),
  ];
  for (const item of sourced) {
    if (item.source !== undefined && !sourceIds.has(item.source))
      add(`${item.path}/source`, 'source', { id: item.id, ref: item.source });
  }
  story.figures.forEach((figure, i) => {
    for (const from of figure.derived?.from ?? []) {
      if (!figureIds.has(from)) add(`figures/${i}/derived/from`, 'from', { id: figure.id, ref: from });
    }
  });
  for (const id of REQUIRED_FIGURES) {
    if (!figureIds.has(id)) add('figures', 'required', { id });
  }
  for (const derive of deriveFigures(story.figures).problems) {
    problems.push({
      path: `figures/${derive.index}`,
      kind: 'derive',
      args: { id: story.figures[derive.index].id },
      message: derive.message,
      derive,
    });
  }
  story.truce.strands.forEach((strand, i) => {
    for (const id of strand.figures ?? []) {
      if (!figureIds.has(id)) add(`truce/strands/${i}/figures`, 'strandFigure', { id: strand.id, ref: id });
    }
    if (strand.since && onAsOfYear(strand.since, story.asOf) > story.asOf)
      add(`truce/strands/${i}/since`, 'since', { id: strand.id });
  });
  story.events.forEach((event, i) => {
    if (event.date && onAsOfYear(event.date, story.asOf) > story.asOf)
      add(`events/${i}/date`, 'date', { id: event.id });
    for (const id of event.figures ?? []) {
      if (!figureIds.has(id)) add(`events/${i}/figures`, 'eventFigure', { id: event.id, ref: id });
    }
  });
  story.notes.forEach((note, i) => {
    for (const about of note.about) if (!seen.has(about)) add(`notes/${i}/about`, 'about', { id: note.id, ref: about });
  });
  story.figures.forEach((figure, i) => {
    if (figure.derived && figure.source !== undefined)
      add(`figures/${i}/source`, 'derivedSource', { id: figure.id, ref: figure.source });
    if (!figure.derived && figure.source === undefined) add(`figures/${i}/source`, 'needsSource', { id: figure.id });
  });
  const withEvidence = [
    ...story.truce.strands.map((s, i) => ({
      ...s,
      path: `truce/strands/${i}`,
      quotes: s.facts.flatMap((f) => [f.quote, ...(f.quotes ?? [])]),
    })),
    ...story.arms.map((a, i) => ({ ...a, path: `arms/${i}` })),
    ...story.flows.map((f, i) => ({ ...f, path: `flows/${i}` })),
    ...story.events.map((e, i) => ({ ...e, path: `events/${i}` })),
  ];
  for (const item of withEvidence) {
    const quotes = 'quote' in item ? [item.quote, ...(item.quotes ?? [])] : (item.quotes ?? []);
    if (item.evidence && !quotes.some((q) => q.includes(item.evidence!)))
      add(`${item.path}/evidence`, 'evidence', { id: item.id });
  }
  const documentIds = new Set<string>(['article']);
  const listed = new Set<string>();
  (story.documents ?? []).forEach((doc, i) => {
    if (listed.has(doc.id)) add(`documents/${i}/id`, 'documentTwice', { id: doc.id });
    listed.add(doc.id);
    documentIds.add(doc.id);
    if (doc.id !== 'article' && doc.text === undefined) add(`documents/${i}/text`, 'documentText', { id: doc.id });
  });
  story.sources.forEach((s, i) => {
    if (s.document !== undefined && !documentIds.has(s.document))
      add(`sources/${i}/document`, 'document', { id: s.id, ref: s.document });
  });
  for (const item of sourced) {
    const own = item.document;
    if (own === undefined) continue;
    if (!documentIds.has(own)) add(`${item.path}/document`, 'document', { id: item.id, ref: own });
    // The card credits the source, so the source names the report: an item quoting a report its source does not speak in would be credited to the article.
    const spoken = story.sources.find((s) => s.id === item.source)?.document ?? 'article';
    if (item.source !== undefined && spoken !== own)
      add(`${item.path}/document`, 'otherDocument', { id: item.id, ref: own, where: spoken });
  }
  (story.updates ?? []).forEach((update, i) => {
    const doc = update.document === undefined ? undefined : story.documents?.find((d) => d.id === update.document);
    if (update.document !== undefined && !documentIds.has(update.document))
      add(`updates/${i}/document`, 'updateDocument', { id: update.date, ref: update.document });
    if (doc?.date && update.date < doc.date) add(`updates/${i}/date`, 'updateEarly', { id: update.date, ref: doc.id });
    for (const id of update.changes ?? [])
      if (!seen.has(id)) add(`updates/${i}/changes`, 'updateChanges', { id: update.date, ref: id });
  });
  const report = latestReport(story);
  if (report && report.date !== story.asOf) add('asOf', 'asOfReport', { id: report.id, ref: report.date });
  return problems;
}

export { documentOf };

export const StorySchema = v.pipe(
  StoryShape,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const { message } of crossReferenceProblems(dataset.value)) addIssue({ message });
  }),
  v.transform((story) => resolveStory(story)),
);

export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];
export type Unit = (typeof UNITS)[number];
export type TruceState = (typeof TRUCE_STATES)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type Source = v.InferOutput<typeof SourceSchema>;
export type StoryDocument = v.InferOutput<typeof DocumentSchema>;
export type StoryUpdate = v.InferOutput<typeof UpdateSchema>;
/** A figure as the widgets see it: derived ones have their value and qualifier worked out. */
export type Figure = FigureInput & { value: number; qualifier: Qualifier };
export type Fact = v.InferOutput<typeof FactSchema>;
export type Strand = v.InferOutput<typeof StrandSchema>;
export type Arm = v.InferOutput<typeof ArmSchema>;
export type Flow = v.InferOutput<typeof FlowSchema>;
export type StoryEvent = v.InferOutput<typeof EventSchema>;
export type EditorNote = v.InferOutput<typeof EditorNoteSchema>;
/** The story as the widgets see it: every figure with its value and qualifier. */
export type Story = Omit<StoryInput, 'figures'> & { figures: Figure[] };

export type ValidationResult = { ok: true; story: Story } | { ok: false; errors: string[] };

/**
 * Validates any value as a story. Never throws: any input, however broken,
 * gives either the typed story or readable messages with the path to the problem.
 */
export function validateStory(input: unknown): ValidationResult {
  let result: v.SafeParseResult<typeof StorySchema>;
  try {
    result = v.safeParse(StorySchema, input);
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
  if (result.success) return { ok: true, story: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
