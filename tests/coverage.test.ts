/**
 * The article, the data and the widgets tell the same story:
 * (a) every factual sentence of the article is quoted by some data item;
 * (b) every quoting item is on screen in some widget, in Italian and in English;
 * (c) every number and date the widgets show comes from the data.
 */
import { expect, fixture as owcFixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { StoryElement } from '../src/base/story-element.js';
import type { Localized, Story } from '../src/data/schema.js';
import { bundledStory, derivation } from '../src/data/story.js';
import { daysBetween, type Lang } from '../src/i18n/i18n.js';
import { WIDGETS } from '../src/widgets.js';
import { bothLanguages } from './helpers.js';

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

const article = await (await fetch(new URL('../data/article-it.txt', import.meta.url))).text();

/**
 * The article's sentences that state no fact of their own, each with why.
 * Everything else in data/article-it.txt must be quoted by the data.
 */
const NOT_FACTS: Record<string, string> = {
  'La Corea del Nord intensifica il supporto a Mosca con l\'invio di soldati e armamenti La Corea del Nord intensifica il supporto a Mosca con l\'invio di soldati e armamenti':
    'the headline twice more (page-scrape duplicate); the headline itself is quoted by article.title',
  'La Corea del Nord intensifica il supporto a Mosca con l\'invio di soldati e armamenti - unita.tv':
    'the headline with the site name: unita.tv page-title boilerplate',
  'L’invio di soldati nordcoreani in Russia': 'section heading',
  'Le trattative di pace e le condizioni russe': 'section heading',
  'La cooperazione tra Corea del Nord e Russia': 'section heading',
  'La situazione energetica e le dichiarazioni russe': 'section heading',
  'Il conflitto tra Russia e Ucraina continua a influenzare le dinamiche geopolitiche, con la Corea del Nord che riafferma il proprio sostegno a Mosca.':
    'framing: opens the story; the support it mentions is what the quoted sentences after it report',
  'La situazione è complessa e in continua evoluzione, con implicazioni significative per la sicurezza regionale e globale.':
    'commentary: no checkable fact',
  'Le relazioni tra Corea del Nord e Russia non si limitano solo all’ambito militare.':
    'framing: introduces the non-military ties of the next sentences, which are quoted',
};

function sentences(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Ý])/));
}

interface Item {
  id: string;
  quotes: string[];
  /** What a reader sees of the item; all of it must be on screen in one widget. */
  texts: Localized[];
}

/** Every data item that quotes the article, with the text that stands for it on screen. */
function items(story: Story): Item[] {
  const q = (x: { quote: string; quotes?: string[] }) => [x.quote, ...(x.quotes ?? [])];
  return [
    { id: 'article.title', quotes: [story.article.title.it], texts: [story.article.title] },
    { id: 'article.standfirst', quotes: [story.article.standfirst.it], texts: [story.article.standfirst] },
    ...story.figures.map((f) => ({ id: f.id, quotes: q(f), texts: [f.derived ? { it: derivation(story, f, 'it'), en: derivation(story, f, 'en') } : f.label] })),
    ...story.truce.strands.flatMap((s) => s.facts.map((f, i) => ({ id: `${s.id}.facts[${i}]`, quotes: q(f), texts: [f.text] }))),
    ...story.arms.map((a) => ({ id: a.id, quotes: q(a), texts: [a.name, a.detail] })),
    ...story.flows.map((f) => ({ id: f.id, quotes: q(f), texts: [f.label, f.detail] })),
    ...story.events.map((e) => ({ id: e.id, quotes: q(e), texts: [e.title, e.detail] })),
  ];
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text a reader gets from an element: its text through every shadow root, plus accessible names. */
function readerText(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (!(n instanceof Element) && !(n instanceof ShadowRoot) && !(n instanceof DocumentFragment)) return;
    if (n instanceof Element) {
      if (n.localName === 'style' || n.localName === 'script') return;
      for (const attr of ['aria-label', 'title', 'alt']) {
        const value = n.getAttribute(attr);
        if (value) parts.push(` ${value} `);
      }
      if (n.shadowRoot) visit(n.shadowRoot);
    }
    n.childNodes.forEach(visit);
  };
  visit(node);
  return fold(parts.join(''));
}

function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? allElements(el.shadowRoot) : [])]);
}

/** Numbers as written in either language: 11.000 / 11,000 / 25 / 2025. */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+/g)].map((m) => Number(m[0].replace(/[.,]/g, '')));
}

/** Every number the data holds or lets us compute: values, numbers in its strings, date parts, days since. */
function numbersInData(story: Story): Set<number> {
  const found = new Set<number>();
  const walk = (v: unknown) => {
    if (typeof v === 'number') found.add(v);
    else if (typeof v === 'string') numbersIn(v).forEach((n) => found.add(n));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(story);
  for (const strand of story.truce.strands) if (strand.since) found.add(daysBetween(strand.since, story.asOf));
  return found;
}

function invented(text: string, allowed: Set<number>): number[] {
  return numbersIn(text).filter((n) => !allowed.has(n));
}

const TAGS = WIDGETS.map((w) => w.tag);

async function renderAll(lang: Lang): Promise<StoryElement[]> {
  const els: StoryElement[] = [];
  for (const tag of TAGS) {
    const el = await owcFixture<StoryElement>(html`${unsafeStatic(`<${tag} lang="${lang}" style="width:900px"></${tag}>`)}`);
    await el.updateComplete;
    for (const inner of allElements(el.shadowRoot!)) if ('updateComplete' in inner) await (inner as StoryElement).updateComplete;
    els.push(el);
  }
  return els;
}

describe('coverage: article ↔ data ↔ widgets', () => {
  const story = bundledStory;
  const all = items(story);

  it('quotes only sentences that are in the article, verbatim', () => {
    const missing = all.flatMap((item) => item.quotes.filter((q) => !article.includes(q)).map(() => item.id));
    expect(missing).to.deep.equal([]);
  });

  it('keeps its list of non-factual sentences true to the article, and quotes none of them', () => {
    const said = new Set(sentences(article));
    const quoted = all.flatMap((i) => i.quotes);
    for (const [sentence, why] of Object.entries(NOT_FACTS)) {
      expect(said.has(sentence), `not a sentence of the article: ${sentence}`).to.equal(true);
      expect(why.length, 'each exclusion says why').to.be.greaterThan(10);
      expect(quoted.some((q) => q.includes(sentence)), `excluded but quoted: ${sentence}`).to.equal(false);
    }
  });

  it('(a) quotes every factual sentence of the article in some data item', () => {
    const said = sentences(article);
    expect(said.length).to.be.greaterThan(30);
    const quoted = all.flatMap((i) => i.quotes);
    const unquoted = said.filter((s) => !(s in NOT_FACTS) && !quoted.some((q) => q.includes(s)));
    expect(unquoted, 'factual sentences no data item quotes').to.deep.equal([]);
  });

  for (const lang of ['it', 'en'] as const) {
    it(`(b) shows every quoting item in some widget, in ${lang === 'it' ? 'Italian' : 'English'}`, async () => {
      const screens = (await renderAll(lang)).map((el) => readerText(el.shadowRoot!));
      const unseen = all.filter((item) => !screens.some((screen) => item.texts.every((t) => screen.includes(fold(t[lang])))));
      expect(unseen.map((i) => i.id)).to.deep.equal([]);
    });

    it(`(c) shows no number and no date that is not in the data, in ${lang === 'it' ? 'Italian' : 'English'}`, async () => {
      const allowed = numbersInData(story);
      const dates = new Set([story.asOf, ...story.truce.strands.flatMap((s) => s.since ?? []), ...story.events.flatMap((e) => e.date ?? [])]);
      for (const el of await renderAll(lang)) {
        expect(invented(readerText(el.shadowRoot!), allowed), `numbers in <${el.localName}>`).to.deep.equal([]);
        const times = allElements(el.shadowRoot!).filter((n): n is HTMLTimeElement => n.localName === 'time');
        for (const time of times) expect(dates.has(time.dateTime), `<${el.localName}> time ${time.dateTime}`).to.equal(true);
      }
    });
  }

  it('(c) would catch an invented or altered number', () => {
    const allowed = numbersInData(story);
    expect(invented('almeno 3.000 soldati, circa 11.000 in tutto', allowed)).to.deep.equal([]);
    expect(invented('circa 12.000 soldati', allowed)).to.deep.equal([12000]);
    expect(invented('at least 4,001 killed and wounded', allowed)).to.deep.equal([4001]);
    expect(invented('since 26 March 2025', allowed)).to.deep.equal([26]);
  });

  it('(b) would catch an item no widget shows', async () => {
    const changed = structuredClone(story) as Story;
    changed.arms[0].detail.en = 'A sentence no widget renders, because the widgets show the bundled data.';
    const screens = (await renderAll('en')).map((el) => readerText(el.shadowRoot!));
    const unseen = items(changed).filter((item) => !screens.some((s) => item.texts.every((t) => s.includes(fold(t.en)))));
    expect(unseen.map((i) => i.id)).to.deep.equal([changed.arms[0].id]);
  });
});
