/**
 * The lazily loaded chart chunk: Chart.js with only the parts our charts use
 * registered (never Chart.js's everything-included auto entry), and `Chart.defaults` left untouched,
 * since a host page may run its own charts on the same Chart.js.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
