// Issue #13, "only what the page needs", against the built dist/ on a static
// host: a page loads the text of the language its widgets render in, and the
// other language only when a widget switches to it.
import { expect } from '@open-wc/testing';
import story from '../../data/story.json' with { type: 'json' };
import style from '../../data/style.json' with { type: 'json' };
import { BASE, paste, renderedHeading, waitFor, type Pasted } from './dist-helpers.js';

/** The text chunks the pasted page has requested so far, by language. */
function textRequests(win: Window): { it: number; en: number } {
  const names = win.performance.getEntriesByType('resource').map((e) => e.name);
  return {
    it: names.filter((n) => /\/chunks\/text-it-[^/]+\.js$/.test(n)).length,
    en: names.filter((n) => /\/chunks\/text-en-[^/]+\.js$/.test(n)).length,
  };
}

const heading = (pasted: Pasted, tag: string) => renderedHeading(pasted.doc.querySelector(tag)!, 10_000);

describe('dist/ loads only the language a page shows', function () {
  this.timeout(30_000);

  it('a page with only English widgets (on an Italian page) never requests the Italian text, from a widget’s own entry', async () => {
    const pasted = await paste(`<script type="module" src="${BASE}ceasefire-status.js"></script><ceasefire-status lang="en"><p>The truce, point by point.</p></ceasefire-status>`);
    try {
      expect(pasted.doc.documentElement.lang).to.equal('it');
      expect(await heading(pasted, 'ceasefire-status')).to.equal(story.truce.title.en);
      expect(textRequests(pasted.win)).to.deep.equal({ it: 0, en: 1 });
    } finally {
      pasted.frame.remove();
    }
  });

  it('a page with only Italian widgets never requests the English text, from the one-script embed', async () => {
    const pasted = await paste(`<script type="module" src="${BASE}dprk-russia-widgets.js"></script><div lang="it"><dprk-russia-timeline></dprk-russia-timeline><ceasefire-status></ceasefire-status></div>`);
    try {
      expect(await heading(pasted, 'dprk-russia-timeline')).to.equal(style.labels['timeline.title'].it);
      expect(await heading(pasted, 'ceasefire-status')).to.equal(story.truce.title.it);
      expect(textRequests(pasted.win)).to.deep.equal({ it: 1, en: 0 });
    } finally {
      pasted.frame.remove();
    }
  });

  it('the whole story in English, its cards inside it, requests the English text once and never the Italian', async () => {
    const pasted = await paste(`<script type="module" src="${BASE}dprk-russia-story.js"></script><dprk-russia-story lang="en"></dprk-russia-story>`, 900);
    try {
      expect(await heading(pasted, 'dprk-russia-story')).to.equal(story.article.title.en);
      const cards = () => [...pasted.doc.querySelector('dprk-russia-story')!.shadowRoot!.querySelectorAll<HTMLElement & { hasUpdated: boolean }>('.cards > *')];
      await waitFor(() => cards().length > 0 && cards().every((c) => c.hasUpdated), 'the cards to render', 10_000);
      expect(textRequests(pasted.win)).to.deep.equal({ it: 0, en: 1 });
    } finally {
      pasted.frame.remove();
    }
  });

  it('loads the other language when a widget switches to it, and shows it once loaded', async () => {
    const pasted = await paste(`<script type="module" src="${BASE}ceasefire-status.js"></script><ceasefire-status lang="en"></ceasefire-status>`);
    try {
      const el = pasted.doc.querySelector('ceasefire-status')!;
      expect(await heading(pasted, 'ceasefire-status')).to.equal(story.truce.title.en);
      expect(textRequests(pasted.win).it).to.equal(0);
      el.setAttribute('lang', 'it');
      await waitFor(() => el.shadowRoot!.querySelector('#title')!.textContent!.trim() === story.truce.title.it, 'the Italian title', 10_000);
      expect(textRequests(pasted.win)).to.deep.equal({ it: 1, en: 1 });
    } finally {
      pasted.frame.remove();
    }
  });
});
