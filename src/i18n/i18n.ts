import type { Localized, Qualifier, Unit } from '../data/schema.js';
import { messages, type MessageKey } from './messages.js';

import { DEFAULT_LANG, LANGS, LOCALES, type Lang } from './langs.js';

export { DEFAULT_LANG, LANGS, LOCALES, type Lang };

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

/**
 * Separators as Italian and British newsrooms write numbers: 11.000 and 3,5 in
 * Italian, 11,000 and 3.5 in English. Written out rather than asked of
 * `Intl.NumberFormat`: building the first formatter loads the locale's data,
 * a visible cost on a phone's main thread before the first card shows, for two
 * separators. tests/i18n/format.test.ts holds these to `Intl`'s output.
 */
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  it: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * 11.000 in Italian, 11,000 in English, one decimal at most. Four-digit numbers
 * are grouped too (3.000): CLDR's Italian data leaves them ungrouped ("3000"),
 * while the article (and Italian newsrooms) write 3.000.
 */
export function formatNumber(lang: Lang, value: number): string {
  // Beyond what a story's figures reach (and non-finite values): the platform's formatter.
  if (!(Math.abs(value) < 1e21))
    return new Intl.NumberFormat(LOCALES[lang], {
      useGrouping: 'always',
      maximumFractionDigits: 1,
    } as Intl.NumberFormatOptions).format(value);
  const { group, decimal } = SEPARATORS[lang];
  // Rounded half away from zero on the number's shortest decimal form, as Intl does (0.15 → 0.2).
  const [int, fraction = ''] = (Math.abs(value) < 1e-6 ? '0' : String(Math.abs(value))).split('.');
  let tenths = int + (fraction[0] ?? '0');
  if (fraction[1] >= '5')
    tenths = tenths.replace(
      /(\d)(9*)$/,
      (_, digit: string, nines: string) => `${Number(digit) + 1}${'0'.repeat(nines.length)}`,
    );
  const whole = tenths.slice(0, -1) || '0';
  const tenth = tenths.slice(-1);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${tenth === '0' ? '' : decimal + tenth}`;
}

/** Month names as the two languages write them in a date ("25 marzo 2025", "25 March 2025"). */
export const MONTHS: Record<Lang, readonly string[]> = {
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * Formats `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `--MM-DD` (day and month, as the
 * article gives "25 marzo") no more precisely than it is given: "25 marzo 2025",
 * "marzo 2025", "2025", "25 marzo" (day first in both languages, as it-IT and
 * en-GB write it). Written out, not `Intl.DateTimeFormat`, for the reason above.
 */
export function formatDate(lang: Lang, isoDate: string): string {
  // `--03-25` has no year: its fields are month and day.
  const [year, month, day] = isoDate.startsWith('--')
    ? [undefined, ...isoDate.slice(2).split('-').map(Number)]
    : isoDate.split('-').map(Number);
  const parts = [day ? String(day) : '', month ? MONTHS[lang][month - 1] : '', year ? String(year) : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * The as-of line's parts: the day as the article gives it ("25 marzo", from
 * `03-25` or a full date). The article gives no year, and the line says so
 * rather than show ours.
 */
export function asOfParams(lang: Lang, day: string, publisher: string): { date: string; publisher: string } {
  return { date: formatDate(lang, `--${day.slice(-5)}`), publisher };
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
