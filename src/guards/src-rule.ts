import { safeUrl } from './safe-url.js';

/**
 * Where a data file (`src`) may come from, as a publisher writes it: an origin
 * (`https://data.example.org`: anything on it), or an origin with a folder
 * (`https://bucket.example/publisher-data/`: only what lies under that path),
 * for a shared host where others' files sit beside the publisher's.
 */
export interface SrcRule {
  /** `https://bucket.example` */
  readonly origin: string;
  /** The folder `src` must stay under, ending in `/`; `/` is the whole origin. */
  readonly path: string;
}

/**
 * Percent-encoded `.`, `/`, `\` and `%` in a path: a server that decodes them
 * after the browser has resolved the dot-segments could still climb out of the
 * folder (`..%2f`), or decode twice (`%252e`). No data file needs them.
 */
const ENCODED_TRICK = /%(?:2e|2f|5c|25)/i;

/** A rule from one entry of the publisher's list, or null for anything that is not an http(s) URL. */
export function srcRule(entry: string): SrcRule | null {
  if (!/^https?:\/\//i.test(entry)) return null;
  const url = safeUrl(entry, 'https://base.invalid/');
  if (!url || url.username || url.password || ENCODED_TRICK.test(url.pathname) || url.pathname.includes('//'))
    return null;
  // A folder written without its final slash is still that folder: `/publisher-data` must not let in `/publisher-data-evil/`.
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { origin: url.origin, path };
}

/**
 * The URL to load for `raw` (resolved against `base`) when it is a web URL
 * inside one of `rules` after the browser's own normalisation (`..`, `%2e%2e`
 * and backslashes resolved, as the request will be sent), else null. Encoded
 * slashes, dots and backslashes, empty path segments and credentials are
 * refused outright rather than interpreted.
 */
export function allowedSrcUrl(raw: string, base: string, rules: readonly SrcRule[]): URL | null {
  const url = safeUrl(raw, base);
  if (!url || url.username || url.password) return null;
  // The path as written, before the parser resolved what it could: `%2e%2e` is refused even where it resolves harmlessly.
  const writtenPath = raw.replace(/[\t\n\r]/g, '').split(/[?#]/, 1)[0];
  if (ENCODED_TRICK.test(writtenPath) || ENCODED_TRICK.test(url.pathname) || url.pathname.includes('//')) return null;
  return rules.some((rule) => url.origin === rule.origin && url.pathname.startsWith(rule.path)) ? url : null;
}
