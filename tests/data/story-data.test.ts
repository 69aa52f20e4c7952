import { expect } from '@open-wc/testing';
import { validateStory, type Story } from '../../src/data/schema.js';
// The story with its evidence (the cards load it without: scripts/lang-split.mjs).
import { deskStory as bundledStory } from '../../src/data/desk-story.js';
import { formatNumber } from '../../src/i18n/i18n.js';
import { bothLanguages, storyCopy } from '../helpers.js';

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

const article = await (await fetch(new URL('../../data/article-it.txt', import.meta.url))).text();

/** Every `quote` anywhere in the story, with where it sits. */
function quotes(value: unknown, path = ''): Array<{ path: string; quote: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotes(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'quote' && typeof v === 'string' ? [{ path: `${path}.${k}`, quote: v }] : quotes(v, `${path}.${k}`),
    );
  }
  return [];
}

describe('the story data', () => {
  it('matches the schema, as stored and as the widgets see it (derived figures worked out)', () => {
    for (const data of [storyCopy(), bundledStory]) {
      const result = validateStory(data);
      expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.equal(true);
    }
  });

  it('quotes every fact verbatim from the article', () => {
    const all = quotes(bundledStory);
    expect(all.length).to.be.greaterThan(20);
    const missing = all.filter(({ quote }) => !article.includes(quote)).map(({ path }) => path);
    expect(missing, `quotes not found in data/article-it.txt`).to.deep.equal([]);
  });

  it('puts every stated figure, as the article writes it, in its quote', () => {
    const spelled: Record<number, string> = { 9: 'nove' };
    for (const f of bundledStory.figures.filter((f) => !f.derived)) {
      const written = formatNumber('it', f.value);
      expect(
        f.quote.includes(written) || f.quote.includes(spelled[f.value] ?? '\u0000'),
        `${f.id}: ${written}`,
      ).to.equal(true);
    }
  });

  it('keeps the article’s qualifiers on its figures', () => {
    const words = { atLeast: 'almeno', about: 'circa' } as const;
    for (const f of bundledStory.figures.filter((f) => !f.derived)) {
      if (f.qualifier === 'atLeast' || f.qualifier === 'about') {
        expect(f.quote, f.id).to.include(words[f.qualifier]);
      }
    }
  });

  it('marks the figure it computes as derived, from figures it names', () => {
    const earlier = bundledStory.figures.find((f) => f.id === 'troops-earlier')!;
    const total = bundledStory.figures.find((f) => f.id === 'troops-total')!;
    const latest = bundledStory.figures.find((f) => f.id === 'troops-latest')!;
    expect(earlier.derived?.from).to.have.members(['troops-total', 'troops-latest']);
    expect(earlier.value).to.equal(total.value - latest.value);
    expect(earlier.qualifier).to.equal('atMost');
  });

  it('dates the data explicitly, and the editors’ note on the pact’s year gives no date the article does not give', () => {
    expect(bundledStory.asOf).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const pact = bundledStory.events.find((e) => e.id === 'defence-pact')!;
    expect(pact.date, 'the article’s claim is kept').to.equal('2023');
    const note = bundledStory.notes.find((n) => n.about.includes('defence-pact'))!;
    for (const lang of ['it', 'en'] as const) {
      expect(note.text[lang]).to.include('2023');
      expect(note.text[lang]).not.to.match(/\b(19|20)\d\d\b(?<!2023)/);
    }
  });

  it('gives no event a date the article does not give', () => {
    const dated = bundledStory.events.filter((e) => e.date).map((e) => e.id);
    expect(dated).to.have.members(['defence-pact', 'energy-halt']);
  });
});

describe('the story validator', () => {
  it('rejects a figure without a qualifier, with the path to it', () => {
    const broken = storyCopy() as unknown as { figures: Array<Record<string, unknown>> };
    delete broken.figures[0].qualifier;
    const result = validateStory(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors.join('\n')).to.match(/^figures\.0 \("troops-latest"\): needs a value and a qualifier/m);
  });

  it('rejects an unknown qualifier and a negative value', () => {
    const broken = storyCopy() as unknown as { figures: Array<Record<string, unknown>> };
    broken.figures[0].qualifier = 'roughly';
    broken.figures[1].value = -5;
    const result = validateStory(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors.some((e) => e.startsWith('figures.0.qualifier'))).to.equal(true);
      expect(result.errors.some((e) => e.startsWith('figures.1.value'))).to.equal(true);
    }
  });

  it('rejects a reference to a source that does not exist', () => {
    const broken: Story = storyCopy();
    broken.figures[0].source = 'nobody';
    const result = validateStory(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.join('\n')).to.include('unknown source "nobody"');
  });

  it('rejects an event dated after the as-of date', () => {
    const broken: Story = storyCopy();
    broken.events[0].date = '2030-01-01';
    const result = validateStory(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.join('\n')).to.include('dated after asOf');
  });

  it('rejects non-story values without throwing', () => {
    for (const value of [null, 42, 'story', [], { schemaVersion: 1 }, { ...storyCopy(), extra: true }]) {
      const result = validateStory(value);
      expect(result.ok, JSON.stringify(value).slice(0, 40)).to.equal(false);
      if (!result.ok) expect(result.errors.length).to.be.greaterThan(0);
    }
  });
});
