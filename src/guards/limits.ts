/**
 * Every number a stranger can hand in (an attribute, a URL parameter, a
 * message, a data file) is parsed here, against limits named beside it.
 * Anything that is not a whole number, written in decimal digits, inside its
 * range falls back to the default, and the caller shows a notice: no
 * `Infinity`, no `1e309`, no `0x10`, no delay that overflows the browser's
 * 32-bit timers (2^31 ms ≈ 24.8 days).
 */
export interface Limit {
  readonly min: number;
  readonly max: number;
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
  headingLevel: { min: 2, max: 6, fallback: 2 },
  /** Height an iframe may be given, in CSS pixels (the whole story at 280 px is ~12,000). */
  frameHeight: { min: 40, max: 20_000, fallback: null },
} as const satisfies Record<string, Limit>;

/**
 * The longest wait between two fetches of `src` while it keeps failing (network, timeout,
 * HTTP error): the interval doubles after each failure up to this, or up to `refresh` if longer.
 */
export const MAX_REFRESH_BACKOFF_S = 3_600;

/** The largest story JSON (from `src` or inline) read, in bytes: many times the bundled story's size. */
export const MAX_JSON_BYTES = 512 * 1024;
/** Characters of an embed page `id` (echoed in its messages). */
export const MAX_ID_LENGTH = 64;

export interface Bounded {
  /** The value to use: the given one when it is valid, else the fallback. */
  value: number | null;
  /** The value as given, when it was rejected (for the console warning; never shown); `null` when it was accepted or unset. */
  rejected: string | null;
}

/**
 * How a number is written wherever a stranger can write one: decimal digits
 * only, at most 12 of them. `Number()` alone would also read "0x10", "1e3",
 * " +16 ", "16.0" and "" (as 16, 1000, 16, 16, 0): a value that reads one way
 * to a person checking the link and another to the page is refused.
 */
export const DIGITS = /^[0-9]{1,12}$/;

/** Parses `raw` (an attribute's string, a property's number, a URL parameter) against `limit`. */
export function bounded(raw: unknown, limit: Limit): Bounded {
  // Unset, or an attribute written with no value (`refresh=""`): the default, no notice.
  if (raw === null || raw === undefined || raw === '') return { value: limit.fallback, rejected: null };
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && DIGITS.test(raw) ? Number(raw) : NaN;
  if (limit.off !== undefined && n === limit.off) return { value: limit.fallback, rejected: null };
  // Whole numbers: seconds, milliseconds, heading levels and pixels need no fractions.
  if (Number.isInteger(n) && n >= limit.min && n <= limit.max) return { value: n, rejected: null };
  return { value: limit.fallback, rejected: typeof raw === 'string' ? raw : String(raw) };
}

/** What a notice says the accepted range is: "1–86400". */
export function rangeText(limit: Limit): string {
  return `${limit.min}–${limit.max}`;
}
