/**
 * Dates as precise as the article: a day it gives without a year ("25 marzo")
 * is stored as `--03-25`. No valibot here, so elements can use it without the validator.
 */

/** Day and month without a year (`--03-25`, ISO 8601's yearless form). */
export const MONTH_DAY = /^--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/**
 * A yearless day (`--03-25`) as the latest such day on or before `asOf`, to
 * compare and count with; other dates as they are. The year it gets is only
 * for ordering (the article gives none) and is never shown.
 */
export function onAsOfYear(date: string, asOf: string): string {
  if (!MONTH_DAY.test(date)) return date;
  const year = Number(asOf.slice(0, 4));
  const same = `${year}${date.slice(1)}`;
  return same <= asOf ? same : `${year - 1}${date.slice(1)}`;
}
