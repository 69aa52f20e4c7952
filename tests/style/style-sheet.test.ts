/**
 * The desk's style sheet (data/style.json) against the data and the article:
 * each rule holds for the story we ship, and fails for a copy broken on purpose.
 */
import { expect } from '@open-wc/testing';
import type { StoryInput } from '../../src/data/schema.js';
import { validateStory } from '../../src/data/schema.js';
import { messages } from '../../src/i18n/messages.js';
import { WIDGETS } from '../../src/widgets.js';
import { storyCopy } from '../helpers.js';
import chrome from '../../data/chrome.json' with { type: 'json' };
import {
  agreementProblems,
  badgeProblems,
  dataTexts,
  dateProblems,
  glossaryProblems,
  headingProblems,
  localizedPairs,
  referentProblems,
  restsProblems,
  style,
  termProblems,
  vocabularyProblems,
  voiceProblems,
  type Langs,
  type StyleSheet,
} from './rules.js';

const read = async (path: string) => (await fetch(new URL(path, import.meta.url))).text();
const article = await read('../../data/article-it.txt');
const input = (): StoryInput => storyCopy() as unknown as StoryInput;
const topics = [...new Set(WIDGETS.map((w) => w.topic))];
const sheetCopy = (): StyleSheet => structuredClone(style);

describe('the style sheet for the data’s language (data/style.json)', () => {
  it('has a word in Italian and English for every state, status, certainty, qualifier, unit and topic', () => {
    expect(vocabularyProblems(style, topics)).to.deep.equal([]);
    const broken = sheetCopy();
    delete broken.labels['state.conditions'];
    broken.labels['kicker.russia-ukraine'].en = '';
    broken.labels['event.possible'].certainty = 'likely';
    expect(vocabularyProblems(broken, topics)).to.deep.equal([
      'style sheet has no "state.conditions"',
      '"kicker.russia-ukraine" is empty in one language only',
      'badge "event.possible" must say its certainty',
    ]);
  });

  it('rests the words it says rest on the article on the article’s own words', () => {
    expect(restsProblems(style, article)).to.deep.equal([]);
    const broken = sheetCopy();
    broken.labels['tally.title'].rests = ['ha inviato 3.000 soldati'];
    expect(restsProblems(broken, article)).to.deep.equal([
      '"tally.title" rests on “ha inviato 3.000 soldati”, which the article does not say',
    ]);
  });

  it('gives no badge more certainty or finality than the sentence it rests on', () => {
    expect(badgeProblems(input(), style)).to.deep.equal([]);
    const story = input();
    const strand = (id: string) => story.truce.strands.find((s) => s.id === id)!;
    // What the first round showed: "Bloccato" for "ha posto condizioni", "In trattativa" for "hanno portato a un accordo".
    strand('broader-deal').state = 'holding';
    strand('black-sea').state = 'negotiating';
    story.events.find((e) => e.id === 'kim-visit')!.status = 'happened';
    story.flows.find((f) => f.id === 'flow-technology')!.certainty = 'reported';
    delete story.arms.find((a) => a.id === 'howitzers')!.evidence;
    expect(badgeProblems(story, style)).to.deep.equal([
      'strand "black-sea": “hanno portato a un accordo per fermare gli attacchi nel Mar Nero” does not say “In trattativa”',
      'strand "broader-deal": “Mosca ha posto condizioni severe per un’intesa più ampia” does not say “Nessun impianto colpito”',
      'arm "howitzers": names no evidence for "arms.status.supplied"',
      'event "kim-visit": “ha accennato a una possibile visita di Kim Jong Un in Russia” is hedged, but “Fatto riportato” says it is so',
      'flow "flow-technology": “temono che la Russia possa trasferire tecnologia avanzata alla Corea del Nord” does not say “Fatto riportato”',
      'flow "flow-technology": “temono che la Russia possa trasferire tecnologia avanzata alla Corea del Nord” is hedged, but “Fatto riportato” says it is so',
    ]);
  });

  it('dates nothing more precisely than the article: no year where it gives “25 marzo”', () => {
    expect(dateProblems(input())).to.deep.equal([]);
    const story = input();
    story.events.find((e) => e.id === 'energy-halt')!.date = '2025-03-25';
    story.truce.strands.find((s) => s.id === 'energy')!.since = '2025-03-26';
    expect(dateProblems(story)).to.deep.equal([
      'event "energy-halt": the year 2025 is not in its sentences (show the date without it)',
      'strand "energy": the year 2025 is not in its sentences (show the date without it)',
      'strand "energy": the day 2025-03-26 is not in its sentences',
    ]);
  });

  it('keeps one term per thing in each language, in the data and in every interface string', () => {
    const texts = [
      ...dataTexts(input()),
      ...(['it', 'en'] as const).flatMap((lang) =>
        Object.entries(messages[lang]).map(([key, text]) => ({ where: `messages.${key}`, lang, text })),
      ),
    ];
    expect(termProblems(texts, style)).to.deep.equal([]);
    expect(
      termProblems(
        [
          { where: 'summary', lang: 'en', text: 'at least 3,000 of them in the latest wave' },
          { where: 'summary', lang: 'it', text: 'di cui almeno 3.000 nell’ultima ondata (dato calcolato)' },
          { where: 'label', lang: 'en', text: 'Soldiers (a wavelength is not a wave)' },
        ],
        style,
      ),
    ).to.deep.equal([
      'summary (en): the desk writes “latest deployment”, not “wave”',
      'summary (it): the desk writes “ultimo invio”, not “ondata”',
      'label (en): the desk writes “latest deployment”, not “wave”',
      'summary (it): the desk writes “calcolo della redazione”, not “dato calcolato”',
    ]);
  });

  it('credits a computed figure to the editors’ calculation, never to the source of its inputs', () => {
    const earlier = input().figures.find((f) => f.id === 'troops-earlier')!;
    expect(earlier.derived).to.not.equal(undefined);
    expect(earlier.source).to.equal(undefined);
    const story = input();
    story.figures.find((f) => f.id === 'troops-earlier')!.source = 'jcs';
    const result = validateStory(story);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.errors.join(' ')).to.include("its source is the editors' calculation");
  });

  it('credits to a source only the words the article gives it, and the article’s own voice to the article', () => {
    expect(voiceProblems(input(), style)).to.deep.equal([]);
    const story = input();
    // What the issue found: the official made to say the article's "e di conseguenza" clause; the experts and the
    // United States credited with the article's sentences about them; CNN credited with the 11,000.
    const energy = story.truce.strands.find((s) => s.id === 'energy')!;
    energy.facts[1].text.it =
      'Un alto funzionario ucraino ha confermato che non ci sono stati attacchi diretti russi al settore energetico e che, di conseguenza, Kiev non ne ha condotti.';
    story.truce.strands.find((s) => s.id === 'peacekeepers')!.facts[0].then = {
      it: 'Londra e Parigi hanno risposto.',
      en: 'London and Paris replied.',
    };
    story.sources.push({
      id: 'experts',
      name: { it: 'Esperti russi e americani', en: 'Russian and American experts' },
    });
    story.events.find((e) => e.id === 'black-sea-talks')!.source = 'experts';
    story.figures.find((f) => f.id === 'troops-total')!.source = 'jcs-cnn';
    expect(voiceProblems(story, style)).to.deep.equal([
      'figure "troops-total": credited “reported by CNN”, but its sentences do not say CNN reported it',
      'strand "energy" fact 1: credits to “Un alto funzionario ucraino” what the article says after their words (conseguenza, kiev)',
      'strand "peacekeepers" fact 0: what it shows after the source\'s line is not what the article adds after their words (londra, parigi, hanno, risposto)',
      'event "black-sea-talks": credited to “Esperti russi e americani”, but names no words the article gives them (the article\'s own voice is "article")',
    ]);
  });

  it('names the conflict and the two countries wherever a card says them, in the data, the style sheet and the interface', () => {
    const texts = (story: StoryInput) => [
      ...dataTexts(story),
      ...localizedPairs(style.labels, 'style').flatMap(({ where, it, en }) => [
        { where, lang: 'it' as Langs, text: it },
        { where, lang: 'en' as Langs, text: en },
      ]),
      ...localizedPairs(chrome, 'chrome').flatMap(({ where, it, en }) => [
        { where, lang: 'it' as Langs, text: it },
        { where, lang: 'en' as Langs, text: en },
      ]),
    ];
    expect(referentProblems(texts(input()), style)).to.deep.equal([]);
    // The copy as it was: "dall'inizio del conflitto" on the North Korea – Russia tally, "tra le delegazioni dei due
    // Paesi" on a Russia – Ukraine card (the article means Russia and the US), "tra i due Paesi" for Russia and North Korea.
    const story = input();
    story.figures.find((f) => f.id === 'troops-total')!.label = {
      it: 'Soldati inviati dall’inizio del conflitto',
      en: 'Soldiers sent since the start of the conflict',
    };
    story.truce.strands.find((s) => s.id === 'black-sea')!.facts[1].text = {
      it: 'Gli esperti russi e americani stanno discutendo di un nuovo accordo per il Mar Nero, con consultazioni che continueranno tra le delegazioni dei due Paesi.',
      en: 'Russian and American experts are discussing a new agreement for the Black Sea, with consultations between the two countries’ delegations to continue.',
    };
    story.events.find((e) => e.id === 'lavrov-visit')!.detail.it =
      'Rudenko ha menzionato la possibilità di un incontro con il ministro degli Esteri russo, Sergei Lavrov, a Pyongyang, per rafforzare il dialogo strategico tra i due Paesi.';
    expect(referentProblems(texts(story), style)).to.deep.equal([
      'figures.1.label (it): “conflitto” does not say which conflict',
      'figures.1.label (en): “conflict” does not say which conflict',
      'truce.strands.1.facts.1.text (it): “due Paesi” does not name the two countries',
      'truce.strands.1.facts.1.text (en): “two countries” does not name the two countries',
      'events.5.detail (it): “due Paesi” does not name the two countries',
    ]);
  });

  it('gives no Italian badge a word that must agree with the items it labels', () => {
    expect(agreementProblems(style)).to.deep.equal([]);
    const broken = sheetCopy();
    broken.labels['arms.status.supplied'].it = 'Fornito alla Russia';
    broken.labels['certainty.feared'].it = 'Temuto';
    broken.labels['event.possible'].it = 'Possibile';
    expect(agreementProblems(broken).map((p) => p.split(':')[0])).to.deep.equal([
      'badge "arms.status.supplied"',
      'badge "certainty.feared"',
      'badge "event.possible"',
    ]);
  });

  it('says a hedge once (badge or title), and keeps in a heading the qualifier its line keeps', () => {
    expect(headingProblems(input(), style)).to.deep.equal([]);
    const story = input();
    story.events.find((e) => e.id === 'kim-visit')!.title = {
      it: 'Possibile visita di Kim in Russia',
      en: 'A possible Kim visit to Russia',
    };
    story.arms.find((a) => a.id === 'ballistic-missiles')!.name.it = 'Missili balistici';
    expect(headingProblems(story, style)).to.deep.equal([
      'arm "ballistic-missiles": “Missili balistici” drops “a corto raggio”, which its line keeps',
      'event "kim-visit": “Possibilità” and “Possibile visita di Kim in Russia” say the hedge twice',
      'event "kim-visit": “Possible” and “A possible Kim visit to Russia” say the hedge twice',
    ]);
  });

  it('gives each phrase of the article one translation across the data, the style sheet, the interface and the demo', async () => {
    const pairs = [
      ...localizedPairs(input()),
      ...localizedPairs(style.labels, 'style'),
      ...localizedPairs(chrome, 'chrome'),
      ...demoPairs(await read('../../demo/index.html')),
    ];
    expect(pairs.length).to.be.greaterThan(100);
    expect(glossaryProblems(pairs, style)).to.deep.equal([]);
    expect(
      glossaryProblems(
        [
          {
            where: 'demo',
            it: 'mentre si intensificano le relazioni tra Pyongyang e Mosca',
            en: 'as ties between Pyongyang and Moscow deepen',
          },
          { where: 'flow', it: 'Una notevole quantità di armamenti', en: 'A substantial quantity of weapons' },
          {
            where: 'drones',
            it: 'un’arma chiave nel conflitto russo-ucraino',
            en: 'a key weapon in the Russia–Ukraine war',
          },
        ],
        style,
      ).map((p) => p.split(':')[0]),
    ).to.deep.equal(['demo', 'flow', 'drones']);
  });

  it('holds the public prose to the same terms: package description, element docs, demo pages', async () => {
    const pkg = JSON.parse(await read('../../package.json')) as { description: string };
    const manifest = JSON.parse(await read('../../custom-elements.json')) as unknown;
    const docs: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [key, child] of Object.entries(v)) {
          if ((key === 'description' || key === 'summary') && typeof child === 'string') docs.push(child);
          else walk(child);
        }
      }
    };
    // What npm and IDEs show of the elements: each custom element's summary, description and those of its attributes, members, parts, properties and events.
    for (const mod of (manifest as { modules: Array<{ declarations?: Array<{ customElement?: boolean }> }> }).modules) {
      for (const declaration of mod.declarations ?? []) if (declaration.customElement) walk(declaration);
    }
    expect(docs.length, 'descriptions in custom-elements.json (run the build first)').to.be.greaterThan(20);
    const pages = await Promise.all(['../../demo/index.html', '../../demo/story.html'].map(read));
    const texts = [
      { where: 'package.json description', lang: 'en' as Langs, text: pkg.description },
      ...docs.map((text) => ({ where: 'custom-elements.json', lang: 'en' as Langs, text })),
      ...pages.flatMap((page, i) => demoTexts(page).map(({ lang, text }) => ({ where: `demo page ${i}`, lang, text }))),
    ];
    expect(termProblems(texts, style)).to.deep.equal([]);
    expect(
      termProblems(
        [
          {
            where: 'package.json description',
            lang: 'en',
            text: 'North Korean troops in Russia and the partial Russia–Ukraine truce',
          },
          { where: 'csspart', lang: 'en', text: "Sources, editor's notes and as-of date." },
        ],
        style,
      ),
    ).to.deep.equal([
      'package.json description (en): the desk writes “soldiers”, not “troops”',
      "csspart (en): the desk writes “editors’ note”, not “editor's notes”",
      'package.json description (en): the desk writes “agreement to halt attacks”, not “partial Russia–Ukraine truce”',
    ]);
  });
});

/** A demo page's text in each language: elements marked lang="it"/"en", the article's own sentences taken out (they are its words, not ours). */
function demoTexts(page: string): Array<{ lang: Langs; text: string }> {
  const doc = new DOMParser().parseFromString(page, 'text/html');
  const out: Array<{ lang: Langs; text: string }> = [];
  for (const el of doc.querySelectorAll('[lang="it"], [lang="en"]')) {
    if (el === doc.documentElement) continue;
    let text = el.textContent ?? '';
    for (const sentence of text.split(/(?<=[.!?])\s+/))
      if (article.includes(sentence.trim().replace(/'/g, '’'))) text = text.replace(sentence, ' ');
    out.push({ lang: el.getAttribute('lang') as Langs, text });
  }
  // Bilingual text with no lang of its own (headings, meta description, the title): checked as English and Italian.
  const rest = [
    doc.title,
    doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    ...[...doc.body.querySelectorAll('h2, p, label, option')]
      .filter((el) => el.closest('[lang]') === doc.documentElement)
      .map((el) => el.textContent ?? ''),
  ];
  for (const text of rest) out.push({ lang: 'en', text });
  return out;
}

/** The demo's paired paragraphs: each lang="it" element followed by its lang="en" twin. */
function demoPairs(page: string): Array<{ where: string; it: string; en: string }> {
  const doc = new DOMParser().parseFromString(page, 'text/html');
  return [...doc.querySelectorAll('.l10n[lang="it"]')].flatMap((it, i) => {
    const en = it.nextElementSibling;
    return en?.getAttribute('lang') === 'en'
      ? [{ where: `demo paragraph ${i}`, it: it.textContent ?? '', en: en.textContent ?? '' }]
      : [];
  });
}
