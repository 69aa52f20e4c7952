/**
 * The one safe-URL rule. Every URL that reaches `href` or `src`, that is
 * fetched, or that the schema accepts passes through here: web URLs only
 * (`http:` / `https:`, absolute, protocol-relative or relative to the page).
 * `javascript:`, `data:`, `vbscript:`, `file:` and the rest never get through,
 * however they are spelt (case, tabs, new lines, leading spaces: the browser's
 * own URL parser decides, as it would at the click).
 */
export const SAFE_PROTOCOLS: readonly string[] = ['http:', 'https:'];
/** Longer than any real link; a longer one is junk or an attack. */
export const MAX_URL_LENGTH = 2048;
/** Resolves relative URLs when no page is at hand (the schema, Node). */
const NEUTRAL_BASE = 'https://base.invalid/';

function baseUri(): string {
  return typeof document !== 'undefined' ? document.baseURI : NEUTRAL_BASE;
}

/**
 * The absolute URL `raw` points at when it is a web URL, else `null`.
 * Relative URLs resolve against `base` (default: the page's base URI).
 */
export function safeUrl(raw: unknown, base: string = baseUri()): URL | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim();
  if (value === '' || value.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.includes(url.protocol) ? url : null;
}

/** `safeUrl` as a string for a binding (`href=${safeHref(url)}`), or `undefined` to leave the attribute out. */
export function safeHref(raw: unknown, base?: string): string | undefined {
  const url = safeUrl(raw, base);
  if (!url) return undefined;
  // With no page to resolve against (server rendering), a relative link stays relative, as the
  // browser will read it on the page; resolved, it would point at the neutral base's made-up host.
  // Whether it is a web URL does not depend on the base: a link with no scheme takes the page's.
  if (base === undefined && typeof document === 'undefined') {
    const written = (raw as string).replace(/[\t\n\r]/g, '').trim();
    if (!/^[a-z][a-z0-9+.-]*:/i.test(written)) return written;
  }
  return url.href;
}

/** Whether `raw` passes the rule on its own, with no page (the schema's check). */
export function isSafeUrl(raw: unknown): boolean {
  return safeUrl(raw, NEUTRAL_BASE) !== null;
}
