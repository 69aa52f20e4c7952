// Dev-server routes for the pre-rendering tests (tests/ssr/*.test.ts): markup
// rendered in Node by src/ssr/ (the package's `dprk-russia-widgets/ssr`),
// served as a plain page. Node side only.
import { readFileSync } from 'node:fs';
import { importTs } from '../../scripts/registry.mjs';
import { STRICT_CSP } from '../embed/middleware.mjs';

let ssr = null;
const load = () => (ssr ??= importTs('src/ssr/index.ts'));

/** No script at all runs on the page: what a reader without JavaScript gets. */
export const NO_SCRIPT_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The story as a newsroom's server might have it: another total, and a label
 * that tries to close the inline JSON's script.
 */
export const HOSTILE_LABEL = 'Soldiers sent </script><img src=x onerror=alert(1)> so far';
function freshStory() {
  const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
  const total = story.figures.find((f) => f.id === 'troops-total');
  total.value = 12345;
  total.label.en = HOSTILE_LABEL;
  return JSON.stringify(story);
}

const escape = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * /__ssr/page.html?tags=a,b&lang=en&theme=dark&level=3&js=0|1&wait=1
 *   The pre-rendered widgets between two paragraphs of article text, and nothing
 *   to reserve their space. js=0: served with `script-src 'none'`. js=1: under the
 *   strict CSP with Trusted Types (tests/embed/middleware.mjs) with the widgets'
 *   script; with wait=1 that script is imported only when the test posts
 *   "upgrade" to the page, so the test can measure the markup before it.
 * /__ssr/css/<tag>.css: the stylesheet the shadow roots link (dist/css/ in the build).
 *   data=fresh: rendered with a story of the server's own (freshStory below), as inline JSON too.
 * /__ssr/render?tag=…&<option>=…: renderWidget's answer, or its error, as JSON (data=fresh as above).
 */
export const ssrTestMiddleware = [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__ssr/')) return next();
    const route = ctx.path.slice('/__ssr/'.length);
    ctx.set('Cache-Control', 'no-store');
    const { renderWidget, elementCss } = await load();
    const css = /^css\/([a-z-]+)\.css$/.exec(route);
    if (css) {
      ctx.type = 'text/css';
      ctx.body = elementCss(css[1]);
      return;
    }
    if (route === 'render') {
      const { tag, ...options } = ctx.query;
      if (options.data === 'fresh') options.data = freshStory();
      else if (typeof options.articleUrl === 'string') {
        // The bundled story with the article's link as the server's own data gives it (often relative).
        const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
        story.article.url = options.articleUrl;
        options.data = JSON.stringify(story);
        delete options.articleUrl;
      }
      ctx.type = 'application/json';
      try {
        ctx.body = JSON.stringify({ html: await renderWidget(tag, options) });
      } catch (error) {
        ctx.body = JSON.stringify({ error: String(error?.message ?? error) });
      }
      return;
    }
    if (route !== 'page.html') return next();
    const js = ctx.query.js === '1';
    const tags = String(ctx.query.tags ?? '').split(',');
    const options = { assets: '/__ssr/' };
    if (ctx.query.lang) options.lang = ctx.query.lang;
    if (ctx.query.theme) options.theme = ctx.query.theme;
    if (ctx.query.level) options.headingLevel = ctx.query.level;
    if (ctx.query.src) options.src = ctx.query.src;
    if (ctx.query.data === 'fresh') options.data = freshStory();
    const widgets = [];
    for (const tag of tags) widgets.push(await renderWidget(tag, options));
    const lang = ctx.query.lang === 'en' ? 'en' : 'it';
    const scripts = js
      ? '<script src="/tests/embed/fixtures/csp-violations.js"></script><script src="/tests/ssr/fixtures/record-shifts.js"></script>' +
        (ctx.query.wait === '1'
          ? `<script type="module" src="/tests/ssr/fixtures/upgrade-on-message.js"></script>`
          : `<script type="module" src="/src/index.ts"></script>`)
      : '';
    ctx.set('Content-Security-Policy', js ? STRICT_CSP : NO_SCRIPT_CSP);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pre-rendered: ${escape(tags.join(', '))}</title><link rel="stylesheet" href="/tests/ssr/fixtures/page.css">${scripts}</head>
<body><main><p id="before">Article text before the widget.</p>
${widgets.join('\n')}
<p id="after">Article text after the widget.</p></main></body></html>`;
  },
];
