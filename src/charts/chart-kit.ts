/**
 * The lazily loaded chart chunk: Chart.js with only the parts our charts use
 * registered (never Chart.js's everything-included auto entry), and `Chart.defaults` left untouched,
 * since a host page may run its own charts on the same Chart.js.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import { tooltipPlugin } from './chart-tooltip.js';

// No Legend plugin: the legend is HTML next to the canvas (translatable, readable by
// screen readers, wraps at 280 px). No Tooltip plugin either: ours (chart-tooltip.ts) draws
// the one line our bars need. Both keep this chunk inside its 40 KB budget.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Our plugins go to each chart (`plugins: [...]`), not into the shared registry a host page's charts use too. */
export const plugins: Plugin[] = [tooltipPlugin];

export { Chart };
