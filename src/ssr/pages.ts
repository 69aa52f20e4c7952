/**
 * The pre-rendered pages the build writes into dist/ (scripts/prerender.mjs):
 * one static iframe embed page per widget, language and theme, and the
 * widgets of a page (the demo's story page) rendered in place.
 */
import { THEMES } from '../styles/theme-controller.js';
import { LANGS, t, type Lang } from '../i18n/i18n.js';
import { bundledStory } from '../data/story.js';
import { WIDGETS, isWidgetTag, widget, type WidgetTag } from '../widgets.js';
import { renderWidget, type RenderOptions } from './render.js';
import { escapeHtml } from '../guards/escape.js';

export type Theme = (typeof THEMES)[number];

/** Where the pre-rendered embed pages live in dist/, and their names. */
export const PRERENDERED_EMBED_DIR = 'embed/';
export const prerenderedEmbedFile = (tag: WidgetTag, lang: Lang, theme: Theme): string =>
  `${PRERENDERED_EMBED_DIR}${tag}.${lang}.${theme}.html`;

/** Every page the build writes: each widget × language × theme. */
export const EMBED_VARIANTS: { tag: WidgetTag; lang: Lang; theme: Theme }[] = WIDGETS.flatMap(({ tag }) =>
  LANGS.flatMap((lang) => THEMES.map((theme) => ({ tag, lang, theme }))),
);

/**
 * One static embed page (dist/embed/<tag>.<lang>.<theme>.html): the widget
 * pre-rendered, so its text paints before any script and the page has its
 * final height at once; embed-page.js then upgrades it, reads `src`,
 * `id` (and `refresh`, where the deployed page allows it) from the URL as
 * dist/embed.html does, and reports the
 * height to the resizer. No inline script or style: it runs under
 * `script-src 'self'; style-src 'self'`.
 */
export async function embedPage(tag: WidgetTag, lang: Lang, theme: Theme): Promise<string> {
  const markup = await renderWidget(tag, { lang, theme, assets: '../' });
  // Each page names its widget and language: a reader's list of tabs or frames tells them apart.
  const title = t(lang, 'embed.pageTitle', {
    title: widget(tag).title(bundledStory, lang),
    publisher: bundledStory.article.publisher,
  });
  // A fixed theme is the page's colour scheme too (no inline style needed); `auto` leaves it to the reader.
  const scheme = theme === 'auto' ? 'light dark' : theme;
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="${scheme}" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(title)}</title>
    <!-- Pre-rendered by dprk-russia-widgets (scripts/prerender.mjs). URL parameters read: src, id, and refresh where a <meta name="drw-allow-refresh" content="60"> here allows it (its minimum, in seconds). -->
    <link rel="stylesheet" href="./embed.css" />
    <script type="module" src="./embed-page.js"></script>
  </head>
  <body>
    <main id="embed-root" data-prerendered="${tag}">${markup}</main>
  </body>
</html>
`;
}

/**
 * A page with widgets written as empty elements (`<dprk-russia-story></dprk-russia-story>`),
 * each rendered in place. Only `lang`, `theme` and `heading-level` are read from
 * them; an element with any other attribute is left as it is.
 */
export async function prerenderPage(page: string, options: Pick<RenderOptions, 'assets'> = {}): Promise<string> {
  const pattern = /<([a-z][a-z0-9]*(?:-[a-z0-9]+)+)((?:\s+[a-z-]+="[^"<>]*")*)\s*><\/\1>/g;
  const found = [...page.matchAll(pattern)];
  let out = '';
  let at = 0;
  for (const match of found) {
    const [whole, tag, attrText] = match;
    if (!isWidgetTag(tag)) continue;
    const attrs = Object.fromEntries(
      [...attrText.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
    );
    if (Object.keys(attrs).some((name) => !['lang', 'theme', 'heading-level'].includes(name))) continue;
    const markup = await renderWidget(tag, {
      lang: attrs.lang,
      theme: attrs.theme,
      headingLevel: attrs['heading-level'],
      assets: options.assets,
    });
    out += page.slice(at, match.index) + markup;
    at = match.index! + whole.length;
  }
  return out + page.slice(at);
}
