/**
 * Every number a stranger can hand in (an attribute, a URL parameter, a
 * message, a data file) is parsed here, against limits named beside it.
 * Anything that is not a finite number inside its range falls back to the
 * default, and the caller shows a notice: no `Infinity`, no `1e309`, no
 * delay that overflows the browser's 32-bit timers (2^31 ms ≈ 24.8 days).
 */
export interface Limit {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
  /** Used when the value is unset or rejected; `null` means "off". */
  readonly fallback: number | null;
  /** A value that explicitly means "off" (e.g. `refresh="0"`). */
  readonly off?: number;
}

export const LIMITS = {
  /** Seconds between fetches of `src`: at most one a second, at least one a day; unset or 0: fetch once. */
  refresh: { min: 1, max: 86_400, fallback: null, off: 0 },
  /** Milliseconds to wait for `src`: a tenth of a second to one minute; default 8 s. */
  srcTimeout: { min: 100, max: 60_000, fallback: 8_000, off: 0 },
  /** The card heading's level: `<h2>` to `<h6>`. */
  headingLevel: { min: 2, max: 6, integer: true, fallback: 2 },
  /** Height an iframe may be given, in CSS pixels (the whole story at 280 px is ~12,000). */
  frameHeight: { min: 40, max: 20_000, fallback: null },
} as const satisfies Record<string, Limit>;

/** The largest story JSON (from `src` or inline) read, in bytes; the bundled one is ~30 KB. */
export const MAX_JSON_BYTES = 512 * 1024;
/** Characters of an embed page `id` (echoed in its messages). */
export const MAX_ID_LENGTH = 64;

export interface Bounded {
  /** The value to use: the given one when it is valid, else the fallback. */
  value: number | null;
  /** The value as given, when it was rejected (for the notice); `null` when it was accepted or unset. */
  rejected: string | null;
}

/** Parses `raw` (an attribute's string, a property's number, a URL parameter) against `limit`. */
export function bounded(raw: unknown, limit: Limit): Bounded {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return { value: limit.fallback, rejected: null };
  }
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
  if (limit.off !== undefined && n === limit.off) return { value: limit.fallback, rejected: null };
  const ok = Number.isFinite(n) && n >= limit.min && n <= limit.max && (!limit.integer || Number.isInteger(n));
  if (ok) return { value: n, rejected: null };
  const shown = typeof raw === 'string' ? raw : String(raw);
  return { value: limit.fallback, rejected: shown.length > 40 ? `${shown.slice(0, 40)}…` : shown };
}

/** What a notice says the accepted range is: "1–86400". */
export function rangeText(limit: Limit): string {
  return `${limit.min}–${limit.max}`;
}
