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
import { deriveFigures, resolveStory } from './derive.js';
import { ARM_KINDS, ARM_STATUSES, CERTAINTIES, EVENT_STATUSES, FLOW_DIRECTIONS, FLOW_KINDS, QUALIFIERS, TRUCE_STATES, UNITS } from './vocabulary.js';

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
} as const;

const Text = v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(DATA_LIMITS.text, `must be at most ${DATA_LIMITS.text} characters`));
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
/** The figures `<dprk-russia-tally>` (and the fallback snippets) must find. */
export const REQUIRED_FIGURES = ['troops-total', 'troops-latest', 'troops-earlier', 'casualties'] as const;
/** ISO day, as `2025-03-28`. */
const IsoDay = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'));
/** A day: `2025-03-25`, or `--03-25` where the article gives no year. */
const Day = v.union([IsoDay, v.pipe(v.string(), v.regex(MONTH_DAY, 'must be YYYY-MM-DD, or --MM-DD where the article gives no year'))]);
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
  quote: Text,
  /** Further verbatim sentences of the article the item also rests on (optional). */
  quotes: v.optional(v.pipe(list(Text, DATA_LIMITS.sublist), v.minLength(1))),
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
});

export const EditorNoteSchema = v.strictObject({
  id: Id,
  /** Ids of the items the note corrects or qualifies. */
  about: v.pipe(list(Id, DATA_LIMITS.sublist), v.minLength(1)),
  text: LocalizedSchema,
  /**
   * The correction in a few words, shown where the claim stands ("2023,
   * secondo l'articolo; il trattato è del 19 giugno 2024"): `{date}` in `text` is `date`.
   */
  atClaim: v.optional(v.strictObject({ date: IsoDay, text: LocalizedSchema })),
});

const StoryShape = v.strictObject({
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
});

type StoryShapeOutput = v.InferOutput<typeof StoryShape>;
/** The story as stored (derived figures without values). */
export type StoryInput = StoryShapeOutput;
export type FigureInput = v.InferOutput<typeof FigureSchema>;

/** Cross-references a JSON Schema cannot express: ids unique, references resolve, dates not after `asOf`. */
function crossReferenceProblems(story: StoryShapeOutput): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(story.sources.map((s) => s.id));
  const figureIds = new Set(story.figures.map((f) => f.id));
  const seen = new Set<string>();
  const items: Array<{ id: string; where: string }> = [
    ...story.sources.map((s) => ({ id: s.id, where: 'sources' })),
    ...story.figures.map((f) => ({ id: f.id, where: 'figures' })),
    ...story.truce.strands.map((s) => ({ id: s.id, where: 'truce.strands' })),
    ...story.arms.map((a) => ({ id: a.id, where: 'arms' })),
    ...story.flows.map((f) => ({ id: f.id, where: 'flows' })),
    ...story.events.map((e) => ({ id: e.id, where: 'events' })),
    ...story.notes.map((n) => ({ id: n.id, where: 'notes' })),
  ];
  for (const { id, where } of items) {
    if (seen.has(id)) problems.push(`${where}: id "${id}" is used twice`);
    seen.add(id);
  }
  const sourced: Array<{ id: string; source?: string }> = [
    ...story.figures,
    ...story.arms,
    ...story.flows,
    ...story.events,
    ...story.truce.strands.flatMap((s) => s.facts.map((f) => ({ id: s.id, source: f.source }))),
  ];
  for (const item of sourced) {
    if (item.source !== undefined && !sourceIds.has(item.source)) problems.push(`"${item.id}" names unknown source "${item.source}"`);
  }
  for (const figure of story.figures) {
    for (const from of figure.derived?.from ?? []) {
      if (!figureIds.has(from)) problems.push(`figure "${figure.id}" is derived from unknown figure "${from}"`);
    }
  }
  for (const id of REQUIRED_FIGURES) {
    if (!figureIds.has(id)) problems.push(`figures: "${id}" is required (the troops card shows it)`);
  }
  problems.push(...deriveFigures(story.figures).problems);
  for (const strand of story.truce.strands) {
    for (const id of strand.figures ?? []) {
      if (!figureIds.has(id)) problems.push(`strand "${strand.id}" names unknown figure "${id}"`);
    }
    if (strand.since && onAsOfYear(strand.since, story.asOf) > story.asOf) problems.push(`strand "${strand.id}" starts after asOf`);
  }
  for (const event of story.events) {
    if (event.date && onAsOfYear(event.date, story.asOf) > story.asOf) problems.push(`event "${event.id}" is dated after asOf`);
    for (const id of event.figures ?? []) {
      if (!figureIds.has(id)) problems.push(`event "${event.id}" names unknown figure "${id}"`);
    }
  }
  for (const note of story.notes) {
    for (const about of note.about) if (!seen.has(about)) problems.push(`note "${note.id}" is about unknown item "${about}"`);
  }
  for (const figure of story.figures) {
    if (figure.derived && figure.source !== undefined) problems.push(`figure "${figure.id}" is derived: its source is the editors' calculation, not "${figure.source}"`);
    if (!figure.derived && figure.source === undefined) problems.push(`figure "${figure.id}" needs a source`);
  }
  const withEvidence = [...story.truce.strands.map((s) => ({ ...s, quotes: s.facts.flatMap((f) => [f.quote, ...(f.quotes ?? [])]) })), ...story.arms, ...story.flows, ...story.events];
  for (const item of withEvidence) {
    const quotes = 'quote' in item ? [item.quote, ...(item.quotes ?? [])] : item.quotes ?? [];
    if (item.evidence && !quotes.some((q) => q.includes(item.evidence!))) problems.push(`"${item.id}": its evidence is not words of its quote`);
  }
  return problems;
}

export const StorySchema = v.pipe(
  StoryShape,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const message of crossReferenceProblems(dataset.value)) addIssue({ message });
  }),
  v.transform((story) => resolveStory(story)),
);

export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];
export type Unit = (typeof UNITS)[number];
export type TruceState = (typeof TRUCE_STATES)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type Source = v.InferOutput<typeof SourceSchema>;
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
