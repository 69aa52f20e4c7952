import { isResizeMessage } from './protocol.js';

/**
 * Parent-page side of the iframe embed: sizes each of our iframes to the
 * height its content reports. A message counts only if it comes from that
 * iframe's window, from the origin of the iframe's `src`, has the expected
 * shape and, when the iframe carries `data-drw-id`, the same id.
 * Returns a function that stops listening.
 */
export function installIframeResizer(win: Window = window): () => void {
  const onMessage = (event: MessageEvent): void => {
    if (!isResizeMessage(event.data)) return;
    const iframe = [...win.document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
    if (!iframe) return;
    let origin: string;
    try {
      origin = new URL(iframe.src, win.document.baseURI).origin;
    } catch {
      return;
    }
    if (event.origin !== origin) return;
    const id = iframe.dataset.drwId;
    if (id !== undefined && id !== event.data.id) return;
    iframe.style.height = `${Math.ceil(event.data.height)}px`;
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
