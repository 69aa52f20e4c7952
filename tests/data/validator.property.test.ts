import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DATA_LIMITS, validateStory, type Story, type ValidationResult } from '../../src/data/schema.js';
import { storyCopy } from '../helpers.js';

/** Modest, so the suite stays fast in three browsers. */
const RUNS = 250;

type Path = Array<string | number>;

/** Every path into a JSON value (objects' keys and arrays' indexes), the root excluded. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...paths(item, [...prefix, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...paths(item, [...prefix, key])]);
  }
  return [];
}

const storyPaths = paths(storyCopy());

/** A copy of the story with the value at `path` deleted (replacement omitted) or replaced. */
function mutate(path: Path, replace: { value: unknown } | null): unknown {
  const story = storyCopy() as unknown as Record<string | number, unknown>;
  let parent = story;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replace) parent[last] = replace.value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return story;
}

/** Either a story or readable messages: what the data controller relies on to never break a page. */
function expectWellFormed(result: ValidationResult): void {
  if (result.ok) {
    expect(result.story).to.be.an('object');
    return;
  }
  expect(result.errors).to.be.an('array').that.is.not.empty;
  for (const error of result.errors) expect(error).to.be.a('string').and.not.equal('');
}

/** Runs the validator on `input`, failing the property if it throws. */
function check(input: unknown): ValidationResult {
  let result: ValidationResult | undefined;
  expect(() => (result = validateStory(input)), 'validateStory threw').not.to.throw();
  expectWellFormed(result!);
  return result!;
}

describe('the story validator (property-based)', () => {
  it('answers any JSON value with a story or non-empty error messages, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = check(value);
        // Random JSON is never a whole story.
        expect(result.ok).to.equal(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers any value a JSON parser can return (strings, numbers, nested arrays and objects) without throwing', () => {
    const parsedJson = fc
      .anything({ withNullPrototype: false, withObjectString: false, withBoxedValues: false })
      .filter((value) => {
        try {
          return JSON.stringify(value) !== undefined;
        } catch {
          return false;
        }
      })
      .map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    fc.assert(
      fc.property(parsedJson, (value) => void check(value)),
      { numRuns: RUNS },
    );
  });

  it('answers the real story with a random part deleted without throwing, naming what is wrong when invalid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...storyPaths), (path) => void check(mutate(path, null))),
      { numRuns: RUNS },
    );
  });

  it('answers the real story with a random part replaced by random JSON without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...storyPaths), fc.jsonValue(), (path, value) => void check(mutate(path, { value }))),
      { numRuns: RUNS },
    );
  });

  it('rejects a figure whose value is negative, fractional, over ten million, not a number or not finite, naming the field', () => {
    const story = storyCopy();
    const bad = fc.oneof(
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.double({ min: DATA_LIMITS.figure + 1, noNaN: true }),
      fc.double({ min: 0, max: DATA_LIMITS.figure, noNaN: true }).filter((n) => !Number.isInteger(n)),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308),
      fc.string(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.nat(story.figures.length - 1), bad, (index, value) => {
        const result = check(mutate(['figures', index, 'value'], { value }));
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.errors.join('\n')).to.include(`figures.${index}.value`);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the story valid when a stated figure changes to any whole number up to ten million, re-deriving the computed one', () => {
    const story = storyCopy();
    const stated = story.figures.flatMap((f, i) => (f.derived ? [] : [i]));
    const at = (s: Story, id: string) => s.figures.find((f) => f.id === id)!;
    fc.assert(
      fc.property(fc.constantFrom(...stated), fc.integer({ min: 0, max: DATA_LIMITS.figure }), (index, value) => {
        const input = mutate(['figures', index, 'value'], { value }) as Story;
        const total = at(input, 'troops-total').value;
        const latest = at(input, 'troops-latest').value;
        const result = check(input);
        // Data that contradicts itself (more in the latest wave than in all) is refused, never shown.
        expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.equal(total >= latest);
        if (result.ok) {
          expect(result.story.figures[index].value).to.equal(value);
          expect(at(result.story, 'troops-earlier').value).to.equal(total - latest);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the story valid when a figure label changes to any non-empty string', () => {
    const story = storyCopy();
    fc.assert(
      fc.property(
        fc.nat(story.figures.length - 1),
        fc.constantFrom('it', 'en'),
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (index, lang, text) => {
          const result = check(mutate(['figures', index, 'label', lang], { value: text }));
          expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.equal(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
