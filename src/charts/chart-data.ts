import type { Qualifier, Unit } from '../data/schema.js';
import { formatNumber, qualifiedNumber, qualifierWords, t, unitWords, type Lang } from '../i18n/i18n.js';

/**
 * One value a chart draws, with everything a reader needs to trust it. The
 * same rows feed the chart's data table, its CSV, and what the keyboard
 * explorer announces, so the three never disagree.
 */
export interface ChartRow {
  /** What the value counts, in the reader's language. */
  label: string;
  value: number;
  qualifier: Qualifier;
  unit: Unit;
  /** Who reports it, in words ("South Korea’s Joint Chiefs of Staff, reported by CNN"). */
  source: string;
  /** True for a figure we computed ourselves rather than one reported. */
  derived: boolean;
  /** Where the value is drawn: the dataset and the index within it. */
  datasetIndex: number;
  index: number;
}

/** "almeno 3.000 soldati" / "at least 3,000 soldiers": qualifier and unit in words. */
export function valueWords(row: ChartRow, lang: Lang): string {
  return `${qualifiedNumber(lang, row.value, row.qualifier)} ${unitWords(lang, row.unit)}`;
}

/**
 * What a screen reader hears for one point: label, value with qualifier,
 * source (for a derived figure, the editors' calculation and its formula), position.
 */
export function describeRow(row: ChartRow, lang: Lang, position: number, total: number): string {
  return [
    `${row.label}: ${valueWords(row, lang)}.`,
    `${t(lang, 'sourceLabel')}: ${row.source}.`,
    t(lang, 'chart.position', { n: formatNumber(lang, position), total: formatNumber(lang, total) }),
  ].join(' ');
}

/**
 * A spreadsheet, not a formula: text cells that begin like a formula get a
 * leading apostrophe (OWASP "CSV injection"), since a story loaded from `src`
 * is not ours to trust.
 */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS = [
  'chart.col.label',
  'chart.col.value',
  'chart.col.qualifier',
  'chart.col.unit',
  'chart.col.source',
  'chart.col.derived',
] as const;

/**
 * The rows as CSV, headers in the reader's language: label, value (a plain
 * number), qualifier, unit, source, derived. Excel needs the byte-order mark
 * to read the file as UTF-8 (accents, curly apostrophes).
 */
export function toCsv(rows: readonly ChartRow[], lang: Lang): string {
  const header = CSV_COLUMNS.map((key) => cell(t(lang, key)));
  const lines = rows.map((row) =>
    [
      cell(row.label),
      String(row.value),
      cell(qualifierWords(lang, row.qualifier) || t(lang, 'chart.exact')),
      cell(unitWords(lang, row.unit)),
      cell(row.source),
      cell(t(lang, row.derived ? 'chart.yes' : 'chart.no')),
    ].join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
