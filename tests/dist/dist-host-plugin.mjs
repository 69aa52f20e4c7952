// Test-runner side of tests/dist/: where the static host serves dist/, a page
// to paste snippets into, and a look inside cross-origin frames. Node side only.

/** The sub-path the static host serves dist/ under, as a newsroom might (any path works). */
export const DIST_MOUNT = '/newsroom/widgets/';

/**
 * Commands:
 * - `dist-host` → `{ base, npmApp }`: the URL of the hosted dist/ folder (another origin than the
 *   tests), and of the fresh project scripts/pack-check.mjs installed the tarball into (or null).
 * - `frame-eval` `{ url, expression }` → `{ value }`, the value of `expression` (JSON-able) in the
 *   frame whose URL starts with `url`, or `{ missing: true }`. Cross-origin frames are
 *   closed to the test page, as to any host page; the launcher (Puppeteer, in
 *   Chromium and Firefox) can still read them, as a reader's eyes would.
 *
 * (pasteMiddleware) Route `/__paste/page.html?html=…` (or `?key=…` for a snippet stored by
 * `POST /__paste/store`): a plain page (same origin as the tests) whose body is the given HTML,
 * verbatim, as an editor pastes a snippet into a CMS.
 */
export function distHostPlugin(origin, npmAppOrigin) {
  return {
    name: 'dist-host',
    async executeCommand({ command, payload, session }) {
      if (command === 'dist-host') return { base: `${origin}${DIST_MOUNT}`, npmApp: npmAppOrigin ? `${npmAppOrigin}/` : null };
      if (command !== 'frame-eval') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error(`frame-eval needs a Puppeteer-driven browser, not ${session.browser.type}`);
      const frames = page.frames().filter((f) => !f.detached && f.url().startsWith(payload.url));
      if (!frames.length) return { missing: true, frames: page.frames().map((f) => f.url()) };
      for (const frame of frames.reverse()) {
        try {
          // Wrapped: a command that returns undefined counts as not handled.
          return { value: (await frame.evaluate(payload.expression)) ?? null };
        } catch {
          // A frame being removed or navigated (e.g. a preview replaced): the caller retries.
        }
      }
      return { missing: true };
    },
  };
}

/** Snippets too long for a URL (a pre-rendered story is ~33 KB), stored by `POST /__paste/store` and named by `key`. */
const stored = new Map();

/** The paste page (see above), for the test runner's `middleware`. */
export async function pasteMiddleware(ctx, next) {
  if (ctx.path === '/__paste/store' && ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    const key = String(stored.size + 1);
    stored.set(key, body);
    ctx.type = 'text/plain';
    ctx.body = key;
    return;
  }
  if (ctx.path !== '/__paste/page.html') return next();
  const width = Math.min(Number(ctx.query.width) || 640, 2000);
  ctx.type = 'text/html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = `<!doctype html><html lang="${ctx.query.lang === 'en' ? 'en' : 'it'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Pasted snippet</title></head>
<body style="margin:0;font:16px/1.5 Georgia,serif"><main style="max-width:${width}px;margin:0 auto;padding:8px">
<p>Article text before the widget.</p>${ctx.query.key ? (stored.get(String(ctx.query.key)) ?? '') : String(ctx.query.html ?? '')}<p>Article text after the widget.</p></main></body></html>`;
}
