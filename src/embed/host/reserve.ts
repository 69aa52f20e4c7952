import { WIDGETS, widget, type WidgetTag } from '../../widgets.js';

/**
 * The snippet CSS that holds a widget's space (the registry's `reservePx`):
 * before the element is defined, while its data loads and when its chart
 * arrives. It applies after the upgrade too, so the box never changes height
 * as long as the card fits in it. Built into dist/reserve.css for every widget.
 */
export function reserveCss(tags: readonly WidgetTag[] = WIDGETS.map((w) => w.tag)): string {
  return tags
    .map((tag) => `${tag}{display:block;min-height:${widget(tag).reservePx}px}`)
    .join('');
}
