/**
 * The whole story switching language: the story and every card in it show
 * one language in every frame, the old one until the new one's text is in.
 * A fresh page: no language loaded before this file's widgets ask.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/dprk-russia-story/define.js';
import type { DprkRussiaStory } from '../../src/elements/dprk-russia-story/dprk-russia-story.js';
import story from '../../data/story.json' with { type: 'json' };
import style from '../../data/style.json' with { type: 'json' };
import { hasLang } from '../../src/i18n/text.js';
import { frames } from './lang-split-helpers.js';

type Titled = { it: string; en: string };
const TITLES: Titled[] = [
  story.article.title,
  story.truce.title,
  ...(['tally.title', 'arms.title', 'exchange.title', 'timeline.title'] as const).map(
    (key) => style.labels[key] as Titled,
  ),
];

/** `it` or `en` when the story's heading and every card's heading are in that language, and every card has rendered; else what is wrong. */
function storySpeaks(el: DprkRussiaStory): string {
  const cards = [...(el.shadowRoot?.querySelectorAll<HTMLElement & { hasUpdated: boolean }>('.cards > *') ?? [])];
  if (!cards.length || !cards.every((c) => c.hasUpdated)) return 'cards not rendered';
  const headings = [el, ...cards].map((e) => e.shadowRoot?.querySelector('#title')?.textContent?.trim() ?? '');
  for (const lang of ['it', 'en'] as const) {
    if (headings.every((h) => TITLES.some((t) => t[lang] === h && t.it !== t.en))) return lang;
  }
  return `mixed: ${headings.join(' | ')}`;
}

describe('<dprk-russia-story> switching language', () => {
  it('shows the story and all its cards in Italian in every frame until they all show English', async () => {
    const el = document.createElement('dprk-russia-story') as DprkRussiaStory;
    el.setAttribute('lang', 'it');
    document.body.append(el);
    await el.updateComplete;
    for (let i = 0; i < 100 && storySpeaks(el) !== 'it'; i++) await frames(1);
    expect(storySpeaks(el)).to.equal('it');
    expect(hasLang('en')).to.equal(false);

    el.setAttribute('lang', 'en');
    const seen: string[] = [];
    for (let i = 0; i < 200; i++) {
      seen.push(storySpeaks(el));
      if (seen.at(-1) === 'en') break;
      await frames(1);
    }
    expect(seen.at(-1)).to.equal('en');
    expect(
      seen.every((s) => s === 'it' || s === 'en'),
      `frames: ${seen.join(', ')}`,
    ).to.equal(true);
    el.remove();
  });
});
