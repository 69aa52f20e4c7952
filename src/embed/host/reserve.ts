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
 * A staircase of heights as one CSS length: the first height, plus each
 * step's change from its width up. A step is `clamp(0px, (100cqw − from +
 * 0.01px) × 10⁵, 1px) × change`: 0 below `from`, the whole change from it (the
 * width is the element's own, `100cqw`; the 0.01 px of slack takes a width an
 * engine rounds to just under a whole pixel, as Firefox does). One
 * declaration per widget and language, instead of one `@container` rule per
 * step: a smaller sheet that parses and styles faster (the bench measures it).
 * The steps go in sums of 25: Chromium drops a calc() of about a hundred terms
 * in one sum.
 */
function staircase(steps: ReserveSteps): string {
  const terms = steps.slice(1).flatMap(([from, h], i) => {
    const change = h - steps[i][1];
    return change ? [`clamp(0px,(100cqw - ${from}px)*1e5 + 1000px,1px)*${change}`] : [];
  });
  if (!terms.length) return `${steps[0][1]}px`;
  const sums: string[] = [];
  for (let i = 0; i < terms.length; i += 25) sums.push(`(${terms.slice(i, i + 25).join(' + ')})`);
  return `calc(${steps[0][1]}px + ${sums.join(' + ')})`;
}

/**
 * The snippet CSS that holds a widget's space before its script runs, while
 * its data loads and when its chart arrives: exactly the card's height at the
 * width it is shown, in its language. The element is a size container; a
 * zero-width float (its `::before`) as tall as the card holds the space, its
 * height the staircase of the element's own width ({@link staircase}), so the
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
      const it = steps?.it?.length ? staircase(steps.it) : `${widget(tag).reservePx}px`;
      // The short animation when the element upgrades does nothing visible: it makes WebKit,
      // which otherwise keeps the pseudo-element's pre-layout container size (a query's result, a unit's length)
      // once a shadow root is attached, look at the element's width again.
      const head = `${tag}{display:flow-root;container:drw-reserve/inline-size}${tag}::before{content:"";float:left;width:0;height:${it}}${tag}:defined::before{animation:drw-reserve .01s}@keyframes drw-reserve{to{width:0}}`;
      return steps?.en?.length ? `${head}${tag}:lang(en)::before{height:${staircase(steps.en)}}` : head;
    })
    .join('');
}

/** Where a reserve stylesheet lives in dist/: one widget's own, or every widget's. */
export const reserveFileName = (tag?: WidgetTag): string => (tag ? `reserve/${tag}.css` : 'reserve.css');

/** Every reserve stylesheet the build writes (scripts/build.mjs), by its path in dist/: every widget's, then each widget's own. */
export function reserveFiles(): Record<string, string> {
  return Object.fromEntries([
    [reserveFileName(), reserveCss()],
    ...WIDGETS.map((w) => [reserveFileName(w.tag), reserveCss([w.tag])]),
  ]);
}
