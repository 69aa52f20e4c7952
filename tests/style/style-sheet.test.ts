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
import { badgeProblems, dataTexts, dateProblems, restsProblems, style, termProblems, vocabularyProblems, type StyleSheet } from './rules.js';

const article = await (await fetch(new URL('../../data/article-it.txt', import.meta.url))).text();
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
    expect(restsProblems(broken, article)).to.deep.equal(['"tally.title" rests on “ha inviato 3.000 soldati”, which the article does not say']);
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
      'strand "broader-deal": “Mosca ha posto condizioni severe per un’intesa più ampia” does not say “Regge”',
      'arm "howitzers": names no evidence for "arms.status.supplied"',
      'event "kim-visit": “ha accennato a una possibile visita di Kim Jong Un in Russia” is hedged, but “Avvenuto” says it is so',
      'flow "flow-technology": “temono che la Russia possa trasferire tecnologia avanzata alla Corea del Nord” does not say “Riportato”',
      'flow "flow-technology": “temono che la Russia possa trasferire tecnologia avanzata alla Corea del Nord” is hedged, but “Riportato” says it is so',
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
      ...(['it', 'en'] as const).flatMap((lang) => Object.entries(messages[lang]).map(([key, text]) => ({ where: `messages.${key}`, lang, text }))),
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
      'summary (en) says “wave”: the desk writes “latest deployment”',
      'summary (it) says “ondata”: the desk writes “ultimo invio”',
      'label (en) says “wave”: the desk writes “latest deployment”',
      'summary (it) says “dato calcolato”: the desk writes “calcolo della redazione”',
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
    expect(!result.ok && result.errors.join(' ')).to.include('its source is the editors\' calculation');
  });
});
