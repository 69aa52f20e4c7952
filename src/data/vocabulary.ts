/**
 * The closed lists the story's data uses (qualifiers, units, states, kinds).
 * Plain data with no validator attached: the cards import them from here (or
 * through `schema.ts`, which re-exports them) without pulling in valibot.
 */
export const QUALIFIERS = ['exact', 'about', 'atLeast', 'atMost'] as const;
export const UNITS = ['soldiers', 'people'] as const;
export const TRUCE_STATES = ['holding', 'agreed', 'negotiating', 'conditions', 'opposed', 'fighting'] as const;
export const ARM_STATUSES = ['supplied', 'developing', 'feared'] as const;
export const ARM_KINDS = ['missile', 'artillery', 'rocket', 'drone', 'technology'] as const;
export const FLOW_DIRECTIONS = ['toRussia', 'toNorthKorea', 'mutual'] as const;
export const FLOW_KINDS = ['troops', 'arms', 'care', 'resources', 'technology', 'education', 'pact'] as const;
export const EVENT_STATUSES = ['happened', 'ongoing', 'possible'] as const;
/** How sure the article is that a thing happens: it reports it, someone fears it, or it is possible. Pictures draw each differently. */
export const CERTAINTIES = ['reported', 'possible', 'feared'] as const;
/** The figures `<dprk-russia-tally>` (and the fallback snippets) must find. */
export const REQUIRED_FIGURES = ['troops-total', 'troops-latest', 'troops-earlier', 'casualties'] as const;
