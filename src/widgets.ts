/**
 * The registry of widgets: the one list every other list follows.
 *
 * Each entry names a folder, `src/elements/<tag>/`, holding the element's class
 * and its registration module (`define.ts`). From this list come:
 * - the build's entry files and Rollup inputs (rollup.config.mjs), the
 *   all-in-one module (`src/elements/index.ts`) and package.json's `exports`
 *   and `sideEffects`: `npm run sync` writes them, the build fails when they drift;
 * - the heading each card shows and the no-JavaScript fallback a snippet
 *   carries (the same function, so they cannot disagree);
 * - the space `reserve.css` and the snippets hold (`reservePx`);
 * - the cards `<dprk-russia-story>` composes, in this order (`story`);
 * - the generator's list, the embed page's whitelist and the tests' tag lists.
 *
 * Adding a widget: `npm run new-widget <tag>`, then `npm run sync` (CONTRIBUTING.md).
 * tests/registry.test.ts fails when anything derived from this list drifts.
 *
 * Data only (no element classes), so Node tools can read it too.
 */
import type { Localized, Story } from './data/schema.js';
import { pick, t, type Lang } from './i18n/i18n.js';
import type { Topic } from './i18n/messages.js';

export interface WidgetSpec {
  /** The custom element's tag, and the name of its folder, entry file and package export. */
  readonly tag: string;
  /** How the generator lists it. */
  readonly name: Localized;
  /** The card's heading (also the bold first line of its no-JavaScript fallback). */
  readonly title: (story: Story, lang: Lang) => string;
  /** The fact the no-JavaScript fallback states under the title, if any. */
  readonly headline: 'troops-total' | 'first-truce-strand' | null;
  /**
   * The card's height in a 640 px column (a common article width), in CSS
   * pixels, either language: the iframe snippet's starting height, and the
   * reserve where the measured table is missing. The reserve at every width
   * and language is measured from these tags by scripts/measure-heights.mjs
   * into src/embed/host/heights.json (kept out of this module, which every
   * element imports). tests/embed/layout.test.ts and reserve.test.ts fail when a card outgrows either.
   */
  readonly reservePx: number;
  /**
   * The card's height at its narrowest in the same table, either language: the
   * most it takes. A card a script adds with no content, before it is first
   * laid out away from the viewport, holds this much (src/styles/card.styles.ts):
   * never less than its text needs, so nothing of it lies outside its own box.
   * Copied from the table rather than imported, which would put every widget's
   * steps in every bundle: `npm run sync` writes it, the build fails when it differs.
   */
  readonly maxPx: number;
  /** Whether `<dprk-russia-story>` composes it, and across how many of its columns. */
  readonly story: 'card' | 'wide' | null;
  /** The topic its kicker names (data/style.json, `kicker.<topic>`): one kicker per topic. */
  readonly topic: Topic;
}

export const WIDGETS = [
  {
    tag: 'dprk-russia-tally',
    name: { it: 'Soldati inviati, morti e feriti (con grafico)', en: 'Soldiers sent, killed and wounded (with chart)' },
    title: (_story, lang) => t(lang, 'tally.title'),
    headline: 'troops-total',
    reservePx: 840,
    maxPx: 1404,
    topic: 'dprk-russia',
    story: 'card',
  },
  {
    tag: 'ceasefire-status',
    name: { it: 'Accordi e trattative Russia–Ucraina', en: 'Russia–Ukraine agreements and talks' },
    title: (story, lang) => pick(story.truce.title, lang),
    headline: 'first-truce-strand',
    reservePx: 1320,
    maxPx: 2937,
    topic: 'russia-ukraine',
    story: 'card',
  },
  {
    tag: 'dprk-russia-arms',
    name: { it: 'Armi e tecnologia', en: 'Arms and technology' },
    title: (_story, lang) => t(lang, 'arms.title'),
    headline: null,
    reservePx: 930,
    maxPx: 2036,
    topic: 'dprk-russia',
    story: 'wide',
  },
  {
    tag: 'dprk-russia-exchange',
    name: { it: 'Tra Pyongyang e Mosca', en: 'Between Pyongyang and Moscow' },
    title: (_story, lang) => t(lang, 'exchange.title'),
    headline: null,
    reservePx: 1420,
    maxPx: 2800,
    topic: 'dprk-russia',
    story: 'wide',
  },
  {
    tag: 'dprk-russia-timeline',
    name: { it: 'Cronologia', en: 'Timeline' },
    title: (_story, lang) => t(lang, 'timeline.title'),
    headline: null,
    reservePx: 2030,
    maxPx: 4415,
    topic: 'all',
    story: 'wide',
  },
  {
    tag: 'dprk-russia-story',
    name: { it: 'Tutta la storia', en: 'The whole story' },
    title: (story, lang) => pick(story.article.title, lang),
    headline: 'troops-total',
    reservePx: 7020,
    maxPx: 14594,
    topic: 'all',
    story: null,
  },
] as const satisfies readonly WidgetSpec[];

export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/** What the generator and the embed page show when nothing else is chosen. */
export const DEFAULT_TAG: WidgetTag = WIDGETS[0].tag;

/** Whether `value` names one of our widgets (the whitelist for URL parameters). */
export function isWidgetTag(value: string | null | undefined): value is WidgetTag {
  return WIDGETS.some((w) => w.tag === value);
}

/** The registry entry of a tag. */
export function widget(tag: WidgetTag): WidgetSpec {
  return WIDGETS.find((w) => w.tag === tag)!;
}

/** The cards `<dprk-russia-story>` composes, in order. */
export const STORY_CARDS: readonly WidgetSpec[] = WIDGETS.filter((w) => w.story !== null);
