/** A chart's files, CSV or PNG, and how they reach the reader's downloads: loaded when a reader asks for one. */
import { qualifierWords, t, unitWords, type Lang } from '../i18n/i18n.js';
import type { ChartRow } from './chart-tools.js';

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
 * number), qualifier, unit, source, derived; then, after a blank line, the
 * credit (how the data is dated, whose texts it comes from), so the file
 * carries what the card says under its figures. Excel needs the byte-order
 * mark to read the file as UTF-8 (accents, curly apostrophes).
 */
export function toCsv(rows: readonly ChartRow[], lang: Lang, credit?: string): string {
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
  const footer = credit ? ['', cell(credit)] : [];
  return `\uFEFF${[header.join(','), ...lines, ...footer].join('\r\n')}\r\n`;
}

/** The rows as a CSV file. */
export function csv(rows: readonly ChartRow[], lang: Lang, credit?: string): Blob {
  return new Blob([toCsv(rows, lang, credit)], { type: 'text/csv;charset=utf-8' });
}

/** Hands a file to the browser's download through a temporary `a[download]`. */
export function saveFile(blob: Blob, filename: string, parent: ParentNode): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url; // safe-url: the blob: URL made just above
  link.download = filename;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Revoking at once cancels the download in some browsers; FileSaver.js waits 40 s too.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
