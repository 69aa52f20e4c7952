import { safeUrl } from '../../guards/safe-url.js';
import { HELLO_TYPE, clampHeight, isResizeMessage, type HelloMessage } from '../protocol.js';

/**
 * Whether the publisher opted this iframe in to resizing, and from which
 * origin its messages must come: only an iframe they marked with
 * `data-drw-id`, over http(s). A file name proves nothing (anyone can serve a
 * page at `/embed.html`), so a frame without the attribute is never greeted
 * or resized. `srcdoc`, `data:`, `blob:` and `about:` frames never qualify (a
 * `srcdoc` frame shares the host page's origin, so its origin proves nothing).
 */
function embedOrigin(iframe: HTMLIFrameElement, base: string): string | null {
  if (iframe.hasAttribute('srcdoc') || iframe.dataset.drwId === undefined) return null;
  const url = safeUrl(iframe.getAttribute('src'), base);
  return url ? url.origin : null;
}

/**
 * Parent-page side of the iframe embed: sizes each of our iframes to the
 * height its content reports. A message counts only if it comes from an
 * iframe that opted in (above), from that iframe's own window, from the origin
 * of its `src` (never `null`), has the expected shape and the iframe's
 * `data-drw-id` as its id. Heights are clamped to 40–20,000 px.
 *
 * When it starts it asks every such iframe for its height (`drw:hello`), so
 * a resizer script that loads after the iframes still fits them.
 * Returns a function that stops listening.
 */
export function installIframeResizer(win: Window = window): () => void {
  const doc = win.document;
  const onMessage = (event: MessageEvent): void => {
    if (event.origin === 'null' || !isResizeMessage(event.data)) return;
    const iframe = [...doc.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
    if (!iframe || embedOrigin(iframe, doc.baseURI) !== event.origin) return;
    if (iframe.dataset.drwId !== event.data.id) return;
    iframe.style.height = `${clampHeight(event.data.height)}px`;
  };
  win.addEventListener('message', onMessage);

  const hello: HelloMessage = { type: HELLO_TYPE };
  for (const iframe of doc.querySelectorAll('iframe')) {
    const origin = embedOrigin(iframe, doc.baseURI);
    // Addressed to the expected origin: a frame that navigated elsewhere never hears it.
    if (origin) iframe.contentWindow?.postMessage(hello, origin);
  }
  return () => win.removeEventListener('message', onMessage);
}
