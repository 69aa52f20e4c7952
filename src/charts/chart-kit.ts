/**
 * The lazily loaded chart chunk: Chart.js with only the parts our charts use
 * registered (never Chart.js's everything-included auto entry), and `Chart.defaults` left untouched,
 * since a host page may run its own charts on the same Chart.js.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

// No Legend plugin: the legend is HTML next to the canvas (translatable, readable by
// screen readers, wraps at 280 px), which also keeps this chunk inside its 45 KB budget.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
