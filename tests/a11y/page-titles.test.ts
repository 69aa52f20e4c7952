import { expect } from '@open-wc/testing';
import { bundledStory } from '../../src/data/story.js';
import { WIDGETS } from '../../src/widgets.js';
import { bothLanguages } from '../helpers.js';
import { nextEvent, waitFor } from '../embed/embed-helpers.js';

await bothLanguages();

const LANGUAGE = { it: 'in italiano', en: 'in English' } as const;

/** A built page as the static host serves it, parsed (nothing in it runs). */
async function page(path: string): Promise<Document> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

describe('page titles and the story page’s h1', () => {
  it('gives each pre-rendered embed page a title naming its widget and language, none the same', async () => {
    const titles = new Set<string>();
    for (const { tag, title } of WIDGETS) {
      for (const lang of ['it', 'en'] as const) {
        const doc = await page(`/dist/embed/${tag}.${lang}.light.html`);
        expect(doc.title, `${tag} ${lang}`).to.include(title(bundledStory, lang)).and.include(LANGUAGE[lang]);
        titles.add(doc.title);
      }
    }
    expect(titles.size).to.equal(WIDGETS.length * 2);
  });

  for (const [tag, lang] of [
    ['dprk-russia-exchange', 'en'],
    ['ceasefire-status', 'it'],
  ] as const) {
    it(`embed.html?el=${tag}&lang=${lang} is titled by the widget it shows and its language`, async () => {
      const f = document.createElement('iframe');
      f.src = `/dist/embed.html?el=${tag}&lang=${lang}&id=t`;
      document.body.append(f);
      try {
        await nextEvent(f, 'load');
        const wanted = WIDGETS.find((w) => w.tag === tag)!.title(bundledStory, lang);
        await waitFor(() => f.contentDocument!.title.includes(wanted), `the title of ${tag}`);
        expect(f.contentDocument!.title).to.include(LANGUAGE[lang]);
      } finally {
        f.remove();
      }
    });
  }

  for (const path of ['/demo/story.html', '/dist/demo/story.html']) {
    it(`${path} has one h1 a reader finds, in the page’s language, above the story`, async () => {
      const f = document.createElement('iframe');
      f.src = path;
      f.style.cssText = 'width: 800px; height: 600px';
      document.body.append(f);
      try {
        await nextEvent(f, 'load');
        const doc = f.contentDocument!;
        const shown = () => [...doc.querySelectorAll('h1')].filter((h) => h.getClientRects().length > 0);
        expect(shown().length).to.equal(1);
        expect(shown()[0].lang).to.equal(doc.documentElement.lang);
        const story = doc.querySelector('dprk-russia-story')!;
        expect(shown()[0].compareDocumentPosition(story) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      } finally {
        f.remove();
      }
    });
  }
});
