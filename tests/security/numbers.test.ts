import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { captureWarnings } from '../helpers.js';
import { LIMITS, bounded } from '../../src/guards/limits.js';
import { readEmbedParams } from '../../src/embed/page/embed-page.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const unique = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const counted = async (key: string): Promise<number> =>
  (await fetch(`/__sec/counted/${key}`)).json() as Promise<number>;
const notice = (el: StoryElement) => el.shadowRoot!.querySelector('.notice')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Delays that overflow the browser's 32-bit timers, or are no delay at all. */
const FLOODS = ['Infinity', '1e309', '2147484', '4294967.296', '-1', '0.001', 'NaN', 'abc', '86401'];

async function make(attrs: Record<string, string>): Promise<StoryElement> {
  const el = document.createElement('dprk-russia-tally') as StoryElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('bounded numbers on every attribute', () => {
  for (const value of FLOODS) {
    it(`refresh="${value}" fetches src once, with a notice and a warning, instead of flooding`, async () => {
      const key = unique('flood');
      const warnings = captureWarnings();
      const el = await make({ lang: 'en', src: `/__sec/count/${key}.json`, refresh: value });
      try {
        await sleep(1500);
        expect(await counted(key), 'requests in 1.5 s').to.equal(1);
        expect(notice(el)).to.include('refresh').and.include('1–86400').and.include('none');
        expect(warnings.messages.join('\n')).to.include(`refresh="${value}"`);
      } finally {
        warnings.restore();
        el.remove();
      }
    });
  }

  it('still refreshes at a sane interval (so the check above can fail)', async () => {
    const key = unique('sane');
    const el = await make({ lang: 'en', src: `/__sec/count/${key}.json`, refresh: '1' });
    try {
      await sleep(2300);
      expect(await counted(key)).to.be.within(2, 4);
      expect(notice(el)).to.equal('');
    } finally {
      el.remove();
    }
  });

  for (const value of ['Infinity', '1e309', '4294967.296', '-5', '60001']) {
    it(`src-timeout="${value}" waits the default 8 s instead of failing at once, with a notice`, async () => {
      const warnings = captureWarnings();
      const errors: string[] = [];
      const el = await make({ lang: 'en', src: '/__test/slow', 'src-timeout': value });
      el.addEventListener('drw-data-error', (e) => errors.push(e.reason));
      try {
        await sleep(600);
        expect(errors, 'no timeout after 0.6 s').to.deep.equal([]);
        expect(notice(el)).to.include('src-timeout').and.include('100–60000').and.include('8000');
        expect(warnings.messages.join('\n')).to.include('src-timeout');
      } finally {
        warnings.restore();
        el.remove();
      }
    });
  }

  for (const value of ['1', '7', '2.5', '99999999999', 'Infinity', 'h1']) {
    it(`heading-level="${value}" keeps an <h2>, with a notice`, async () => {
      const warnings = captureWarnings();
      const el = await make({ lang: 'it', 'heading-level': value });
      try {
        expect(el.shadowRoot!.querySelector('#title')!.localName).to.equal('h2');
        expect(notice(el)).to.include('heading-level').and.include('2–6');
      } finally {
        warnings.restore();
        el.remove();
      }
    });
  }

  it('takes an in-range heading-level with no notice', async () => {
    const el = await make({ lang: 'it', 'heading-level': '4' });
    expect(el.shadowRoot!.querySelector('#title')!.localName).to.equal('h4');
    expect(notice(el)).to.equal('');
    el.remove();
  });

  // Issue 23, row 8: a number is written in decimal digits and nothing else; `Number()` would read
  // "0x10" as 16, "1e3" as 1000 and " +16 " as 16, so a link could slip past a check on its text.
  const NOT_DIGITS = [
    '0x10',
    '0X10',
    '0b1000',
    '0o20',
    '1e3',
    '1E1',
    ' 16',
    '16 ',
    '+16',
    '-0',
    '16.0',
    '16.',
    '.5',
    '1_000',
    '16\n',
    '１６',
    '٠١٦',
  ];

  it('parses every numeric value strictly as decimal digits', () => {
    for (const raw of NOT_DIGITS) {
      for (const limit of [LIMITS.refresh, LIMITS.srcTimeout, LIMITS.headingLevel]) {
        const parsed = bounded(raw, limit);
        expect(parsed.value, JSON.stringify(raw)).to.equal(limit.fallback);
        expect(parsed.rejected, JSON.stringify(raw)).to.not.equal(null);
      }
    }
    expect(bounded('16', LIMITS.refresh).value).to.equal(16);
    expect(bounded('016', LIMITS.refresh).value).to.equal(16);
    expect(bounded(16, LIMITS.refresh).value).to.equal(16);
    expect(bounded(16.5, LIMITS.refresh).value).to.equal(null);
    expect(bounded('0', LIMITS.refresh)).to.deep.equal({ value: null, rejected: null });
  });

  for (const raw of ['0x10', '1e3', '+16', '16.0']) {
    it(`refresh="${raw}" on an element fetches once, with a notice`, async () => {
      const key = unique('strict');
      const warnings = captureWarnings();
      const el = await make({ lang: 'en', src: `/__sec/count/${key}.json`, refresh: raw });
      try {
        await sleep(1500);
        expect(await counted(key)).to.equal(1);
        expect(notice(el)).to.include('“refresh”').and.include('1–86400');
        expect(el.refreshSeconds).to.equal(null);
      } finally {
        warnings.restore();
        el.remove();
      }
    });
  }

  it('reads refresh=0x10 in an embed page’s URL as not a number', () => {
    const read = readEmbedParams('?src=data.json&refresh=0x10', 'https://news.example/embed.html', undefined, 1);
    expect(read.refresh).to.equal(null);
    expect(read.rejected.map((r) => r.param)).to.deep.equal(['refresh']);
    expect(
      readEmbedParams('?src=data.json&refresh=16', 'https://news.example/embed.html', undefined, 1).refresh,
    ).to.equal(16);
  });

  for (const raw of ['0x5', '4.0', '+4', '4e0']) {
    it(`heading-level="${raw}" keeps an <h2>`, async () => {
      const warnings = captureWarnings();
      const el = await make({ lang: 'it', 'heading-level': raw });
      try {
        expect(el.shadowRoot!.querySelector('#title')!.localName).to.equal('h2');
        expect(notice(el)).to.include('heading-level');
      } finally {
        warnings.restore();
        el.remove();
      }
    });
  }
});
