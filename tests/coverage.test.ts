/**
 * The article, the data and the widgets tell the same story:
 * (a) every factual sentence of the article is quoted by some data item;
 * (b) every quoting item is on screen in some widget, in Italian and in English;
 * (b') every clause of those sentences that carries a fact is on screen, its
 *      subject with it ("I rapporti tra Kim Jong Un e Vladimir Putin si stanno
 *      consolidando", not only the pact that follows);
 * (c) every number the widgets show is the article's, or a figure we derive
 *     from its numbers and say so, or an editors' note's; no card shows the
 *     year of the data's as-of date, which the article does not give.
 */
import { expect, fixture as owcFixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { StoryElement } from '../src/base/story-element.js';
import type { Localized, Story } from '../src/data/schema.js';
import { derivation } from '../src/data/story.js';
// The story with its evidence (the cards load it without: scripts/lang-split.mjs).
import { deskStory as bundledStory } from '../src/data/desk-story.js';
import type { Lang } from '../src/i18n/i18n.js';
import { WIDGETS } from '../src/widgets.js';
import { bothLanguages } from './helpers.js';
import { allowedNumbers, numbersIn } from './style/rules.js';

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

const article = await (await fetch(new URL('../data/article-it.txt', import.meta.url))).text();

/**
 * The article's sentences that state no fact of their own, each with why.
 * Everything else in data/article-it.txt must be quoted by the data.
 */
const NOT_FACTS: Record<string, string> = {
  "La Corea del Nord intensifica il supporto a Mosca con l'invio di soldati e armamenti La Corea del Nord intensifica il supporto a Mosca con l'invio di soldati e armamenti":
    'the headline twice more (page-scrape duplicate); the headline itself is quoted by article.title',
  "La Corea del Nord intensifica il supporto a Mosca con l'invio di soldati e armamenti - unita.tv":
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

/** Clauses of factual sentences that state no fact of their own, each with why. */
const NOT_FACT_CLAUSES: Record<string, string> = {
  'Questo supporto militare si accompagna a un bilancio pesante':
    'the article’s characterisation: the toll it calls heavy is the next clause, at least 4,000 killed and wounded, shown with its qualifier and source',
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
    ...story.figures.map((f) => ({
      id: f.id,
      quotes: q(f),
      texts: [f.derived ? { it: derivation(story, f, 'it'), en: derivation(story, f, 'en') } : f.label],
    })),
    ...story.truce.strands.flatMap((s) =>
      s.facts.map((f, i) => ({
        id: `${s.id}.facts[${i}]`,
        quotes: q(f),
        texts: [f.text, ...(f.then ? [f.then] : [])],
      })),
    ),
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

/**
 * The clauses of a sentence that carry a fact, each as the stems of its words
 * that must be on screen together in one widget (Italian). A sentence splits at
 * its commas, semicolons and "mentre"; a fragment of two words or fewer (an
 * apposition: "Andrey Rudenko") stays with the clause before it.
 */
function clauses(sentence: string): string[] {
  const out: string[] = [];
  for (const part of sentence.replace(/[.!?]$/, '').split(/,\s+|;\s+|\s+(?=mentre\s)/)) {
    if (out.length && part.split(/\s+/).length <= 2) out[out.length - 1] += `, ${part}`;
    else out.push(part);
  }
  return out;
}

/** Words that carry no fact of their own. */
const STOP = new Set([
  'stata',
  'della',
  'delle',
  'dalla',
  'dallo',
  'degli',
  'dello',
  'nella',
  'nelle',
  'sulla',
  'sulle',
  'questo',
  'questa',
  'questi',
  'anche',
  'inoltre',
  'tuttavia',
  'oltre',
  'secondo',
  'stati',
  'stanno',
  'sono',
  'hanno',
  'attualmente',
  'recenti',
  'specialmente',
  'entrambe',
  'rispettivi',
  'cui',
]);
/**
 * The article's word where the desk writes another for the same thing (data/style.json, terms), and "i due
 * Paesi" / "le due nazioni", which a card read alone names (data/style.json, referents): Russia is one of them.
 */
const SAME: Record<string, string> = {
  truppe: 'soldat',
  ulteriori: 'ultimo',
  rapporti: 'rapporti',
  paesi: 'russ',
  nazioni: 'russ',
};

function stems(clause: string): string[] {
  return [...clause.toLowerCase().matchAll(/\p{L}{5,}/gu)]
    .map((m) => m[0])
    .filter((w) => !STOP.has(w))
    .map((w) => SAME[w] ?? w.slice(0, 6));
}

function invented(text: string, allowed: Set<number>): number[] {
  return numbersIn(text).filter((n) => !allowed.has(n));
}

const TAGS = WIDGETS.map((w) => w.tag);

async function renderAll(lang: Lang): Promise<StoryElement[]> {
  const els: StoryElement[] = [];
  for (const tag of TAGS) {
    const el = await owcFixture<StoryElement>(
      html`${unsafeStatic(`<${tag} lang="${lang}" style="width:900px"></${tag}>`)}`,
    );
    await el.updateComplete;
    for (const inner of allElements(el.shadowRoot!))
      if ('updateComplete' in inner) await (inner as StoryElement).updateComplete;
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
      expect(
        quoted.some((q) => q.includes(sentence)),
        `excluded but quoted: ${sentence}`,
      ).to.equal(false);
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
      const unseen = all.filter(
        (item) => !screens.some((screen) => item.texts.every((t) => screen.includes(fold(t[lang])))),
      );
      expect(unseen.map((i) => i.id)).to.deep.equal([]);
    });

    it(`(c) shows no number the article does not give (or we derive and say so), in ${lang === 'it' ? 'Italian' : 'English'}`, async () => {
      const allowed = allowedNumbers(story, article);
      const dates = new Set([
        story.asOf,
        ...story.truce.strands.flatMap((s) => s.since ?? []),
        ...story.events.flatMap((e) => e.date ?? []),
      ]);
      for (const el of await renderAll(lang)) {
        expect(invented(readerText(el.shadowRoot!), allowed), `numbers in <${el.localName}>`).to.deep.equal([]);
        const times = allElements(el.shadowRoot!).filter((n): n is HTMLTimeElement => n.localName === 'time');
        for (const time of times)
          expect(dates.has(time.dateTime), `<${el.localName}> time ${time.dateTime}`).to.equal(true);
      }
    });
  }

  for (const lang of ['it'] as const) {
    it("(b') shows every clause of every factual sentence, in Italian, its subject with it", async () => {
      const screens = (await renderAll(lang)).map((el) => readerText(el.shadowRoot!).toLowerCase());
      const unseen = sentences(article)
        .filter((s) => !(s in NOT_FACTS))
        .flatMap(clauses)
        .filter((clause) => !(clause in NOT_FACT_CLAUSES))
        .filter((clause) => !screens.some((screen) => stems(clause).every((stem) => screen.includes(stem))));
      expect(unseen, 'clauses no widget shows').to.deep.equal([]);
    });
  }

  it("(b') keeps its list of non-factual clauses true to the article", () => {
    const said = sentences(article).flatMap(clauses);
    for (const [clause, why] of Object.entries(NOT_FACT_CLAUSES)) {
      expect(said, `not a clause of the article: ${clause}`).to.include(clause);
      expect(why.length, 'each exclusion says why').to.be.greaterThan(10);
    }
  });

  it("(b') would catch a clause dropped with its subject", () => {
    const shown =
      'il patto di difesa firmato nel 2023 prevede assistenza militare immediata in caso di attacco a una delle due nazioni';
    const said =
      'I rapporti tra Kim Jong Un e Vladimir Putin si stanno consolidando, specialmente dopo la firma di un patto di difesa nel 2023, che prevede assistenza militare immediata in caso di attacco a una delle due nazioni.';
    const missing = clauses(said).filter((c) => !stems(c).every((stem) => shown.includes(stem)));
    // And "una delle due nazioni" with neither named: a card read alone leaves the reader to guess which two.
    expect(missing).to.deep.equal([
      'I rapporti tra Kim Jong Un e Vladimir Putin si stanno consolidando',
      'che prevede assistenza militare immediata in caso di attacco a una delle due nazioni',
    ]);
  });

  it('(c) would catch an invented or altered number', () => {
    const allowed = allowedNumbers(story, article);
    expect(invented('almeno 3.000 soldati, circa 11.000 in tutto', allowed)).to.deep.equal([]);
    expect(invented('circa 12.000 soldati', allowed)).to.deep.equal([12000]);
    expect(invented('at least 4,001 killed and wounded', allowed)).to.deep.equal([4001]);
    expect(invented('since 26 March 2025', allowed)).to.deep.equal([26, 2025]);
    // A count to our own as-of day: the article gives neither the 3 nor the 28.
    expect(invented('3 giorni senza attacchi dal 25 marzo al 28 marzo', allowed)).to.deep.equal([3, 28]);
    expect(
      invented('almeno nove persone, almeno 9 persone; calcolo della redazione: fino a circa 8.000', allowed),
    ).to.deep.equal([]);
  });

  it('(b) would catch an item no widget shows', async () => {
    const changed = structuredClone(story) as Story;
    changed.arms[0].detail.en = 'A sentence no widget renders, because the widgets show the bundled data.';
    const screens = (await renderAll('en')).map((el) => readerText(el.shadowRoot!));
    const unseen = items(changed).filter(
      (item) => !screens.some((s) => item.texts.every((t) => s.includes(fold(t.en)))),
    );
    expect(unseen.map((i) => i.id)).to.deep.equal([changed.arms[0].id]);
  });
});
