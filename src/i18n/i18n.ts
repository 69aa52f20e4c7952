import type { Localized, Qualifier, Unit } from '../data/schema.js';
import { messages, type MessageKey } from './messages.js';

export const LANGS = ['it', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'it';

const LOCALES: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };

/** `en-US` → `en`; anything we do not translate → null. */
export function toLang(value: string | null | undefined): Lang | null {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : null;
}

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = messages[lang][key] ?? messages[DEFAULT_LANG][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const pick = (text: Localized, lang: Lang): string => text[lang];

const numberFormats = new Map<Lang, Intl.NumberFormat>();
/**
 * 11.000 in Italian, 11,000 in English. `useGrouping: 'always'` because CLDR's
 * Italian data leaves four-digit numbers ungrouped ("3000"), while the article
 * (and Italian newsrooms) write 3.000.
 */
export function formatNumber(lang: Lang, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { useGrouping: 'always', maximumFractionDigits: 1 } as Intl.NumberFormatOptions);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * Formats `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `--MM-DD` (day and month, as the
 * article gives "25 marzo") no more precisely than it is given.
 */
export function formatDate(lang: Lang, isoDate: string): string {
  if (isoDate.startsWith('--')) {
    const [month, day] = isoDate.slice(2).split('-').map(Number);
    // Any leap year, so 29 February formats; the year is not printed.
    const date = new Date(Date.UTC(2024, month - 1, day));
    const key = `${lang} day-month`;
    let format = dateFormats.get(key);
    if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', month: 'long', day: 'numeric' })));
    return format.format(date);
  }
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  // One formatter per language and precision: building one costs far more than using it.
  const key = `${lang} ${month ? 1 : 0}${day ? 1 : 0}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    format = new Intl.DateTimeFormat(LOCALES[lang], options);
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** Whole days from one ISO day to another, counted in UTC so no time zone shifts it. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function qualifierWords(lang: Lang, qualifier: Qualifier): string {
  return t(lang, `qualifier.${qualifier}`);
}

/** "almeno 3.000" / "at least 3,000": the qualifier always in words, never dropped. */
export function qualifiedNumber(lang: Lang, value: number, qualifier: Qualifier): string {
  const words = qualifierWords(lang, qualifier);
  const number = formatNumber(lang, value);
  return words ? `${words} ${number}` : number;
}

export function unitWords(lang: Lang, unit: Unit): string {
  return t(lang, `unit.${unit}`);
}
