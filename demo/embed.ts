// The iframe embed page (demo/embed.html): every element, one of them shown.
import '../src/index.js';
import { startEmbedPage } from '../src/embed/embed-page.js';

startEmbedPage(document.querySelector<HTMLElement>('#embed-root')!);
