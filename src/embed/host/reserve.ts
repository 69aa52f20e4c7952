import { WIDGETS, widget, type WidgetTag } from '../../widgets.js';
import HEIGHTS from './heights.json' with { type: 'json' };

/** For one language, `[from width, height]` steps in CSS pixels, widths ascending (the first from 0). */
export type ReserveSteps = readonly (readonly [number, number])[];

/**
 * Each widget's real height by the width of its column, per language:
 * measured from the built widgets in Chromium and Firefox by
 * scripts/measure-heights.mjs (the registry's tags; the tallest of the two
 * browsers; a step holds while the height varies by at most 10 px).
 * tests/embed/reserve.test.ts fails when a card outgrows it.
 */
export const RESERVE_STEPS = HEIGHTS as unknown as Record<WidgetTag, Record<'it' | 'en', ReserveSteps>>;

/** The height reserved for `tag` in a column `width` px wide, in `lang`. */
export function reservedHeight(tag: WidgetTag, lang: 'it' | 'en', width: number): number {
  const steps = RESERVE_STEPS[tag]?.[lang];
  if (!steps?.length) return widget(tag).reservePx;
  let height = steps[0][1];
  for (const [from, h] of steps) if (width >= from) height = h;
  return height;
}

/**
 * The snippet CSS that holds a widget's space before its script runs, while
 * its data loads and when its chart arrives: exactly the card's height at the
 * width it is shown, in its language. The element is the query container; a
 * zero-width float (its `::before`) as tall as the card holds the space, and
 * `@container` rules pick that height by the element's own width, so the
 * reserve follows the column, not the viewport. Italian is the default;
 * `:lang(en)` (the element's or the page's) takes the English heights. It
 * applies after the upgrade too, so the box never shrinks while a card is
 * in it. Built into dist/reserve.css for every widget, and inlined by the
 * one-line snippet for its one widget.
 */
export function reserveCss(tags: readonly WidgetTag[] = WIDGETS.map((w) => w.tag)): string {
  return tags
    .map((tag) => {
      const steps = RESERVE_STEPS[tag];
      const first = steps?.it?.[0]?.[1] ?? widget(tag).reservePx;
      // The 10 ms animation when the element upgrades does nothing visible: it makes WebKit,
      // which otherwise keeps the pseudo-element's pre-layout container-query result
      // once a shadow root is attached, look at the element's width again.
      const head = `${tag}{display:flow-root;container:drw-reserve/inline-size}${tag}::before{content:"";float:left;width:0;height:${first}px}${tag}:defined::before{animation:drw-reserve .01s}@keyframes drw-reserve{to{width:0}}`;
      if (!steps) return head;
      const rules = (['it', 'en'] as const).flatMap((lang) => {
        const selector = lang === 'it' ? `${tag}::before` : `${tag}:lang(en)::before`;
        return steps[lang]
          .filter(([from], i) => lang === 'en' || i > 0 || from > 0)
          .map(([from, h]) => (from === 0 ? `${selector}{height:${h}px}` : `@container drw-reserve (width>=${from}px){${selector}{height:${h}px}}`));
      });
      return head + rules.join('');
    })
    .join('');
}
