// Dev-server routes for the client-side attack tests (resizer, generator). Node side only.
// Every route answers this machine's test server; nothing reaches another host.

/** A frame from someone else whose path happens to end in /embed.html: echoes `post` payloads, reports whatever else it hears. */
const THIRD_PARTY = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Someone else's frame</title>
<script>
addEventListener('message', (event) => {
  if (event.data && typeof event.data === 'object' && 'post' in event.data) parent.postMessage(event.data.post, '*');
  else parent.postMessage({ heard: event.data }, '*');
});
parent.postMessage({ posterReady: true }, '*');
</script></html>`;

/**
 * A hostile "pre-rendered page" at any path: the shape the build writes
 * (<main id="embed-root" data-prerendered="<tag>">), with markup of its own in it.
 */
const hostilePage = (tag) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Not ours</title><body>` +
  `<main id="embed-root" data-prerendered="${tag}"><${tag} lang="en"><img src="x" onerror="window.__drwPwned = 'img'">` +
  `<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="../css/${tag}.css">` +
  `<script>window.__drwPwned = 'script'</script><article class="card" onclick="window.__drwPwned = 'click'">` +
  `<a href="javascript:window.__drwPwned='link'">UFFICIALE: 50.000 soldati</a></article></template></${tag}></main></body></html>`;

export const clientTestMiddleware = [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__client/')) return next();
    const route = ctx.path.slice('/__client/'.length);
    ctx.set('Cache-Control', 'no-store');
    if (route === 'third-party/embed.html') {
      ctx.type = 'html';
      ctx.body = THIRD_PARTY;
      return;
    }
    // A host an editor might type into the generator: every file it is asked for answers, readable from any origin.
    if (route.startsWith('hostile/')) {
      ctx.set('Access-Control-Allow-Origin', '*');
      const page = /\/([a-z-]+)\.(?:it|en)\.(?:auto|light|dark)\.html$/.exec(route);
      if (page) {
        ctx.type = 'html';
        ctx.body = hostilePage(page[1]);
      } else if (route.endsWith('.js')) {
        ctx.type = 'text/javascript';
        ctx.body = "window.__drwPwned = 'module';";
      } else if (route.endsWith('.css')) {
        ctx.type = 'text/css';
        ctx.body = '';
      } else return next();
      return;
    }
    return next();
  },
];
