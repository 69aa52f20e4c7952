import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { DataErrorReason } from '../../src/data/events.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import type { Story } from '../../src/data/schema.js';
import { storyCopy, waitFor } from '../helpers.js';

const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`; // the same test server under another origin
const numbers = (el: DprkRussiaTally) =>
  [...el.shadowRoot!.querySelectorAll('.figure .number')].map((n) => n.textContent!.trim());
const notice = (el: Element) => el.shadowRoot!.querySelector('.notice')?.textContent?.replace(/\s+/g, ' ') ?? '';

interface Outcome {
  el: DprkRussiaTally;
  reason: DataErrorReason | 'loaded';
  warnings: string[];
}

/** A tally given data by `src` or inline JSON; resolves once the data was applied or refused. */
async function attempt(data: { src?: string; inline?: string }): Promise<Outcome> {
  const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
  el.setAttribute('lang', 'en');
  if (data.src) el.setAttribute('src', data.src);
  if (data.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = data.inline;
    el.append(script);
  }
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  let reason: Outcome['reason'] | null = null;
  el.addEventListener('drw-data-error', (e) => (reason = e.reason));
  el.addEventListener('drw-data-load', () => (reason = 'loaded'));
  document.body.append(el);
  try {
    await waitFor(() => reason !== null, 'the data to be applied or refused', 8000);
  } finally {
    console.warn = warn;
  }
  await el.updateComplete;
  return { el, reason: reason!, warnings };
}

/** The refusal a reader and a developer must see: the article's figures stay, a notice and a warning say why. */
function expectRefused({ el, reason, warnings }: Outcome, expected: DataErrorReason): void {
  expect(reason).to.equal(expected);
  expect(numbers(el)).to.deep.equal(['11,000', '3,000', '4,000']);
  expect(notice(el)).to.include('could not be used');
  expect(warnings.join('\n')).to.include(`(${expected})`);
  el.remove();
}

const json = (story: unknown) => JSON.stringify(story);

describe('bounded data: nothing freezes, nothing absurd is shown', function () {
  this.timeout(20_000);

  it('refuses a 5 MB inline JSON before parsing it', async () => {
    const story = storyCopy();
    story.article.standfirst.en = 'x'.repeat(5 * 1024 * 1024);
    expectRefused(await attempt({ inline: json(story) }), 'size');
  });

  it('refuses a src body over the cap, announced by Content-Length or not', async () => {
    expectRefused(await attempt({ src: '/__sec/big?bytes=600000' }), 'size');
    expectRefused(await attempt({ src: '/__sec/big?bytes=600000&chunked=1' }), 'size');
  });

  it('refuses a 500 KB string inside an otherwise valid story (no 14 s render)', async () => {
    const story = storyCopy();
    story.figures[0].label.en = 'y'.repeat(480_000); // under the 512 KB cap with the rest of the story
    expectRefused(await attempt({ inline: json(story) }), 'invalid');
  });

  it('refuses 50,000 events (by size) and 41 (by count) instead of drawing a 6-million-pixel timeline', async () => {
    const story = storyCopy();
    const event = story.events[0];
    story.events = Array.from({ length: 50_000 }, (_, i) => ({ ...event, id: `e-${i}` }));
    expectRefused(await attempt({ inline: json(story) }), 'size');
    story.events = Array.from({ length: 41 }, (_, i) => ({ ...event, id: `e-${i}` }));
    expectRefused(await attempt({ inline: json(story) }), 'invalid');
  });

  for (const [what, edit] of [
    ['a 309-digit figure (1e308)', (s: Story) => (s.figures[1].value = 1e308)],
    ['a fractional figure', (s: Story) => (s.figures[1].value = 11000.5)],
    ['no figures at all', (s: Story) => (s.figures = [])],
    ['a figure the card needs removed', (s: Story) => (s.figures = s.figures.filter((f) => f.id !== 'casualties'))],
    [
      'a latest deployment larger than the total',
      (s: Story) => (s.figures.find((f) => f.id === 'troops-latest')!.value = 20_000),
    ],
    [
      'a stored derived value that contradicts its inputs',
      (s: Story) => (s.figures.find((f) => f.id === 'troops-earlier')!.value = 8000 + 1),
    ],
  ] as const) {
    it(`refuses ${what}, keeping the article's figures`, async () => {
      const story = storyCopy();
      edit(story);
      expectRefused(await attempt({ inline: json(story) }), 'invalid');
    });
  }

  it('shows -0 as 0', async () => {
    const story = storyCopy();
    story.figures.find((f) => f.id === 'casualties')!.value = -0;
    const { el, reason } = await attempt({ inline: json(story).replace('"value":0', '"value":-0') });
    expect(reason).to.equal('loaded');
    expect(numbers(el)[2]).to.equal('0');
    el.remove();
  });

  it('recomputes the derived figure when the total is edited: headline, chart and note agree', async () => {
    const story = storyCopy();
    story.figures.find((f) => f.id === 'troops-total')!.value = 12_000;
    const { el, reason } = await attempt({ inline: json(story) });
    expect(reason).to.equal('loaded');
    expect(numbers(el)[0]).to.equal('12,000');
    const rows = el.chartRows();
    expect(rows.find((r) => r.label.includes('before'))!.value).to.equal(9000);
    expect(el.shadowRoot!.querySelector('p.derived')!.textContent)
      .to.include('about 12,000')
      .and.include('up to about 9,000');
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.include('up to about 9,000');
    el.remove();
  });
});

describe('where src may come from', function () {
  this.timeout(20_000);

  it('refuses a src that is not a web URL', async () => {
    expectRefused(await attempt({ src: 'javascript:alert(1)' }), 'url');
    expectRefused(await attempt({ src: 'data:application/json,{}' }), 'url');
  });

  it('refuses a body not served as JSON (an HTML error page, text/plain)', async () => {
    expectRefused(await attempt({ src: '/__sec/typed?type=text/html' }), 'type');
    expectRefused(await attempt({ src: '/__sec/typed?type=text/plain' }), 'type');
  });

  it('refuses a redirect to another origin', async () => {
    expectRefused(
      await attempt({ src: `/__sec/redirect?to=${encodeURIComponent(`${OTHER_ORIGIN}/__sec/typed`)}` }),
      'redirect',
    );
  });

  // Issue 23, row 8: fetch shows only the last hop, so a chain through another site back to the
  // origin looks like a redirect within it. No redirect is followed: the data's URL answers itself.
  it('refuses a redirect chain that leaves the origin and comes back, and any redirect at all', async () => {
    const back = `${location.origin}/__sec/typed`;
    const out = `${OTHER_ORIGIN}/__sec/redirect?to=${encodeURIComponent(back)}`;
    expectRefused(await attempt({ src: `/__sec/redirect?to=${encodeURIComponent(out)}` }), 'redirect');
    expectRefused(
      await attempt({
        src: `${OTHER_ORIGIN}/__sec/redirect?to=${encodeURIComponent(`${location.origin}/__sec/redirect?to=${encodeURIComponent(`${OTHER_ORIGIN}/__sec/typed`)}`)}`,
      }),
      'redirect',
    );
    expectRefused(await attempt({ src: `/__sec/redirect?to=${encodeURIComponent(back)}` }), 'redirect');
  });

  it('loads JSON from another origin that allows it (CORS), as the publisher chose by writing src', async () => {
    const other = await attempt({ src: `${OTHER_ORIGIN}/__sec/typed?type=application/json;charset=utf-8` });
    expect(other.reason).to.equal('loaded');
    other.el.remove();
  });
});
