// The iframe embed page's script (dist/embed.html loads it as embed/embed-page.js): every widget, one of them shown.
import '../../index.js';
import { startEmbedPage } from './embed-page.js';

startEmbedPage(document.querySelector<HTMLElement>('#embed-root')!);
