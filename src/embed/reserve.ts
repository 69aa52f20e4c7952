import type { EmbedTag } from './elements.js';

/**
 * Height to reserve for each card before its script runs, in CSS pixels: the
 * card's height in a 640 px column (a common article width), rounded up with
 * room for a longer translation. Cards are taller in narrower columns: set
 * your own `min-height` there (README, "Reserve the space"). A card that
 * grows past its reserve fails tests/embed/layout.test.ts: re-measure then.
 */
export const RESERVE_PX: Record<EmbedTag, number> = {
  'dprk-russia-tally': 800,
  'ceasefire-status': 1330,
  'dprk-russia-arms': 1050,
  'dprk-russia-exchange': 1440,
  'dprk-russia-timeline': 1980,
  'dprk-russia-story': 7100,
};

/**
 * The snippet CSS that holds a widget's space: before the element is defined,
 * while its data loads and when its chart arrives. It applies after the upgrade
 * too, so the box never changes height as long as the card fits in it.
 */
export function reserveCss(tags: readonly string[] = Object.keys(RESERVE_PX)): string {
  return tags
    .map((tag) => {
      const px = (RESERVE_PX as Record<string, number | undefined>)[tag];
      return px ? `${tag}{display:block;min-height:${px}px}` : `${tag}{display:block}`;
    })
    .join('');
}
