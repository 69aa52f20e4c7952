import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, LANGS } from '../../src/i18n/i18n.js';

/**
 * The numbers and dates a reader sees are written out by hand (no Intl formatter
 * on the first render's path, see src/i18n/i18n.ts): they must read exactly as
 * the platform's Italian and British formats write them.
 */
const LOCALES = { it: 'it-IT', en: 'en-GB' } as const;

describe('numbers and dates, written out as it-IT and en-GB write them', () => {
  const numbers = [
    0,
    -0,
    1,
    9,
    12,
    999,
    1000,
    3000,
    8000,
    11000,
    12345,
    100000,
    999999,
    1234567,
    2 ** 31,
    9007199254740991,
    1e20,
    -3000,
    -0.04,
    0.05,
    0.15,
    0.25,
    1.05,
    1.25,
    2.5,
    3.14159,
    1234.56,
    99.95,
    999.96,
    1e-7,
    Infinity,
    -Infinity,
    NaN,
    1e21,
    1.5e300,
  ];
  for (const lang of LANGS) {
    it(`numbers in ${lang}: grouping, one decimal, sign, the edges`, () => {
      const intl = new Intl.NumberFormat(LOCALES[lang], {
        useGrouping: 'always',
        maximumFractionDigits: 1,
      } as Intl.NumberFormatOptions);
      const random = Array.from({ length: 400 }, (_, i) => Math.round(Math.sin(i * 7.3) * 10 ** (i % 9) * 100) / 100);
      for (const n of [...numbers, ...random]) expect(formatNumber(lang, n), String(n)).to.equal(intl.format(n));
    });

    it(`dates in ${lang}: every day of a leap year, yearless days, months and years`, () => {
      const f = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options });
      const full = f({ year: 'numeric', month: 'long', day: 'numeric' });
      const dayMonth = f({ month: 'long', day: 'numeric' });
      const monthYear = f({ year: 'numeric', month: 'long' });
      for (let d = 0; d < 366; d++) {
        const date = new Date(Date.UTC(2024, 0, 1 + d));
        const iso = date.toISOString().slice(0, 10);
        expect(formatDate(lang, iso), iso).to.equal(full.format(date));
        expect(formatDate(lang, `--${iso.slice(5)}`), `--${iso.slice(5)}`).to.equal(dayMonth.format(date));
        if (date.getUTCDate() === 1) expect(formatDate(lang, iso.slice(0, 7))).to.equal(monthYear.format(date));
      }
      expect(formatDate(lang, '2025')).to.equal('2025');
    });
  }
  it('reads as the article writes: 3.000 and 25 marzo; 3,000 and 25 March', () => {
    expect(formatNumber('it', 3000)).to.equal('3.000');
    expect(formatNumber('en', 11000)).to.equal('11,000');
    expect(formatDate('it', '--03-25')).to.equal('25 marzo');
    expect(formatDate('en', '2025-03-28')).to.equal('28 March 2025');
  });
});
