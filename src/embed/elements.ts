import type { Lang } from '../i18n/i18n.js';

/** The elements an embed code can name, in the order the generator lists them. */
export const EMBED_ELEMENTS = [
  { tag: 'dprk-russia-tally', name: { it: 'Soldati e perdite (con grafico)', en: 'Troops and losses (with chart)' } },
  { tag: 'ceasefire-status', name: { it: 'La tregua parziale', en: 'The partial truce' } },
  { tag: 'dprk-russia-arms', name: { it: 'Armi e tecnologia', en: 'Arms and technology' } },
  { tag: 'dprk-russia-exchange', name: { it: 'Scambi tra Pyongyang e Mosca', en: 'Pyongyang–Moscow exchange' } },
  { tag: 'dprk-russia-timeline', name: { it: 'Cronologia', en: 'Timeline' } },
  { tag: 'dprk-russia-story', name: { it: 'Tutta la storia', en: 'The whole story' } },
] as const satisfies readonly { tag: string; name: Record<Lang, string> }[];

export type EmbedTag = (typeof EMBED_ELEMENTS)[number]['tag'];
export const DEFAULT_TAG: EmbedTag = 'dprk-russia-tally';

/** Whether `value` names one of our elements (the whitelist for URL parameters). */
export function isEmbedTag(value: string | null | undefined): value is EmbedTag {
  return EMBED_ELEMENTS.some((e) => e.tag === value);
}

/** The listed elements this page has defined (a build may not carry them all). */
export function definedEmbedElements(): (typeof EMBED_ELEMENTS)[number][] {
  return EMBED_ELEMENTS.filter((e) => customElements.get(e.tag));
}
