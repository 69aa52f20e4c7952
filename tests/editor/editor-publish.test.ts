// An editor adds a later report (TEST DATA, tests/data/fixtures/later-report.json:
// a made-up report, never shipped) and the figure it gives, publishes with a log
// entry, sees what readers will see change, and the published file, loaded into
// a widget through `src`, shows the new figure, its source and the update line.
import { expect } from '@open-wc/testing';
import report from '../data/fixtures/later-report.json' with { type: 'json' };
import {
  control,
  messageAt,
  openEditor,
  previewCard,
  shadowText,
  type,
  typeInto,
  waitFor,
  type Editor,
} from './editor-helpers.js';

const click = (ed: Editor, selector: string) => (ed.doc.querySelector(selector) as HTMLButtonElement).click();
const listLength = (ed: Editor, key: string) => (ed.win.drwEditor.story()[key] as unknown[]).length;

/** Clicks the "Add" button of the section whose heading has `id`; returns the new item's index. */
function addItem(ed: Editor, headingId: string, key: string): number {
  click(ed, `section[aria-labelledby="${headingId}"] > button.add`);
  return listLength(ed, key) - 1;
}

/** Adds the optional field `key` to the item at `path` through its "Optional field" control. */
function addField(ed: Editor, path: string, key: string): void {
  const select = ed.doc.getElementById(`add-field-${path.replace(/[^\w-]/g, '_')}`) as HTMLSelectElement;
  select.value = key;
  (select.nextElementSibling as HTMLButtonElement).click();
}

/**
 * Points an item of `list` at the report: drops the article's further quotes and attribution (the
 * article's words, not the report's) through their "remove" buttons; returns the item's index.
 */
async function toReport(ed: Editor, list: string, id: string): Promise<number> {
  const items = () => ed.win.drwEditor.story()[list] as Array<Record<string, unknown>>;
  const i = items().findIndex((x) => x.id === id);
  if ('quotes' in items()[i]) {
    click(
      ed,
      `#${CSS.escape(`f-${list}_${i}_quotes`)} ~ button.drop-field, #${CSS.escape(`f-${list}_${i}_quotes`)} > button.drop-field`,
    );
    await waitFor(() => !('quotes' in items()[i]), `the further quotes of ${id} to go`, 5000);
  }
  if ('attributed' in items()[i]) {
    (
      control(ed, `${list}.${i}.attributed`).closest('.field')!.querySelector('button.drop-field') as HTMLButtonElement
    ).click();
    await waitFor(() => !('attributed' in items()[i]), `the attribution of ${id} to go`, 5000);
  }
  return i;
}

describe('the desk editor, publishing a later report (TEST DATA)', function () {
  this.timeout(90_000);
  let ed: Editor;
  before(async () => {
    ed = await openEditor();
  });
  after(() => ed.frame.remove());

  it('adds the report and the figure it gives, checked at each field', async () => {
    const doc = addItem(ed, 'h-documents', 'documents');
    const { document: d, source: s } = report;
    type(ed, `documents.${doc}.id`, d.id);
    type(ed, `documents.${doc}.outlet`, d.outlet);
    type(ed, `documents.${doc}.title`, d.title);
    type(ed, `documents.${doc}.url`, d.url);
    type(ed, `documents.${doc}.date`, d.date);
    type(ed, `documents.${doc}.text`, d.text);

    const src = addItem(ed, 'h-sources', 'sources');
    type(ed, `sources.${src}.id`, s.id);
    type(ed, `sources.${src}.name.it`, s.name.it);
    type(ed, `sources.${src}.name.en`, s.name.en);
    addField(ed, `sources.${src}`, 'document');
    type(ed, `sources.${src}.document`, s.document);

    const [latest, total] = report.figures;
    const i = await toReport(ed, 'figures', latest.id);
    type(ed, `figures.${i}.source`, latest.source);
    // A quote the report does not hold is refused; the report's own words pass.
    type(ed, `figures.${i}.quote`, 'La TEST DATA Agenzia scrive che almeno 5.000 soldati sono arrivati.');
    await waitFor(() => messageAt(ed, `figures.${i}.quote`) !== '', 'the made-up quote to be refused', 5000);
    type(ed, `figures.${i}.quote`, latest.quote);
    type(ed, `figures.${i}.value`, String(latest.value));
    // The report's latest deployment minus the article's total is a number neither text gives: refused.
    const problems = () => [...ed.doc.querySelectorAll('.problems li')].map((li) => li.textContent).join(' | ');
    await waitFor(() => problems().includes('stesso testo'), 'the mixed difference to be refused', 10_000);
    const j = await toReport(ed, 'figures', total.id);
    type(ed, `figures.${j}.source`, total.source);
    type(ed, `figures.${j}.quote`, total.quote);
    type(ed, `figures.${j}.value`, String(total.value));
    // The event that told the article's figures now shows the report's under it: refused until it is retold from the report.
    await waitFor(() => problems().includes('riscrivete l’evento'), 'the event to be flagged', 10_000);
    // The event and the exchange are retold from the report's words (the exchange's old numbers are flagged as stale too).
    for (const { list, id, ...item } of report.items) {
      const k = await toReport(ed, list, id);
      type(ed, `${list}.${k}.source`, item.source);
      type(ed, `${list}.${k}.quote`, item.quote);
      type(ed, `${list}.${k}.evidence`, item.evidence);
      type(ed, `${list}.${k}.detail.it`, item.detail.it);
      type(ed, `${list}.${k}.detail.en`, item.detail.en);
    }
    await waitFor(
      () => /Nessun problema/.test(ed.doc.querySelector('.problems .count')!.textContent ?? ''),
      'every check to pass',
      10_000,
    ).catch(() => {
      throw new Error(
        `still flagged: ${[...ed.doc.querySelectorAll('.problems li')].map((li) => li.textContent).join(' | ')}`,
      );
    });
    // No text of ours still states an old figure (the exchange and the event said 3.000 and 11.000).
    expect(ed.doc.getElementById('stale-notice'), 'no stale text').to.equal(null);
    // The preview follows: 4.500 in the latest deployment, 12.500 in all, 8.000 before it.
    const tally = previewCard(ed, 'dprk-russia-tally', 'it');
    await waitFor(
      () => ['4.500', '12.500', '8.000'].every((n) => shadowText(tally).includes(n)),
      'the preview to show 4.500, 12.500 and 8.000',
      10_000,
    );
  });

  it('publishes only with a log entry, shows what readers will see change, and writes a story a widget loads', async () => {
    click(ed, '#publish');
    await waitFor(
      () => /Compila la voce del registro/.test(ed.doc.getElementById('publish-status')!.textContent ?? ''),
      'the log entry to be asked for',
      5000,
    );
    expect(ed.doc.getElementById('publish-download')).to.equal(null);
    const u = report.update;
    // The entry rests on the report, which now dates the data: the note on the date must say so, at its field.
    const documentSelect = ed.doc.getElementById('log-document') as HTMLSelectElement;
    documentSelect.value = u.document;
    documentSelect.dispatchEvent(new ed.win.Event('change'));
    await waitFor(() => messageAt(ed, 'asOfNote.it') !== '', 'the as-of note to be flagged', 5000);
    expect(messageAt(ed, 'asOfNote.it')).to.include('TEST DATA Agenzia');
    type(ed, 'asOfNote.it', report.asOfNote.it);
    type(ed, 'asOfNote.en', report.asOfNote.en);
    await waitFor(
      () => /Nessun problema/.test(ed.doc.querySelector('.problems .count')!.textContent ?? ''),
      'every check to pass again',
      10_000,
    ).catch(() => {
      throw new Error(
        `still flagged: ${[...ed.doc.querySelectorAll('.problems li')].map((li) => li.textContent).join(' | ')}`,
      );
    });
    // The preview shows the update line before publishing.
    await waitFor(
      () => shadowText(previewCard(ed, 'dprk-russia-tally', 'en')).includes('Updated 2 April 2025'),
      'the preview’s update line',
      10_000,
    );
    typeInto(ed, 'log-date', u.date);
    typeInto(ed, 'log-what-it', u.what.it);
    typeInto(ed, 'log-what-en', u.what.en);
    typeInto(ed, 'log-why-it', u.why.it);
    typeInto(ed, 'log-why-en', u.why.en);
    click(ed, '#publish');
    await waitFor(() => !!ed.doc.getElementById('publish-download'), 'the file to be written', 10_000).catch(() => {
      throw new Error(`not published: ${ed.doc.getElementById('publish-status')!.textContent}`);
    });
    expect(ed.doc.getElementById('publish-status')!.textContent).to.include('troops-latest');
    expect(ed.doc.getElementById('publish-status')!.textContent).to.include('1 voce di registro');
    // The log form starts empty for the next change: no old words, no document left chosen out of sight.
    for (const id of ['log-date', 'log-what-it', 'log-what-en', 'log-why-it', 'log-why-en', 'log-document'])
      expect((ed.doc.getElementById(id) as HTMLInputElement).value, id).to.equal('');

    // The diff: the tally's lines as readers read them, before and after, in both languages.
    await waitFor(
      () => !!ed.doc.querySelector('.diff-card[data-tag="dprk-russia-tally"][data-lang="en"]'),
      'the diff',
      20_000,
    );
    const it = ed.doc.querySelector('.diff-card[data-tag="dprk-russia-tally"][data-lang="it"]')!;
    expect(it.querySelector('.removed')!.textContent).to.include('3.000');
    expect(it.querySelector('.added')!.textContent).to.include('4.500').and.include('Aggiornato il');
    expect(
      ed.doc.querySelector('.diff-card[data-tag="dprk-russia-tally"][data-lang="en"] .added')!.textContent,
    ).to.include('4,500');

    // The whole update log, as readers will read it, in both languages.
    const log = ed.doc.querySelector('#publish-diff .diff-log')!;
    expect(log.querySelector('ul[lang="it"]')!.textContent).to.include(u.what.it);
    expect(log.querySelector('ul[lang="en"]')!.textContent).to.include(u.what.en);
    const link = ed.doc.getElementById('publish-download') as HTMLAnchorElement;
    expect(link.download).to.equal('story.json');
    const text = await (await fetch(link.href)).text();
    const published = JSON.parse(text);
    expect(published.updates).to.deep.equal([{ ...u }]);
    // The data's day is now the report's.
    expect(published.asOf).to.equal(report.asOf);

    // Loaded into a widget through `src`, as an embedder would, from the shipped bundle.
    await import(/* @vite-ignore */ `${location.origin}/dist/dprk-russia-widgets.js`);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    for (const [lang, line, figure, outlet] of [
      ['it', 'Aggiornato il 2 aprile 2025', '4.500', 'TEST DATA Agenzia'],
      ['en', 'Updated 2 April 2025', '4,500', 'TEST DATA Agency'],
    ]) {
      const card = document.createElement('dprk-russia-tally');
      card.setAttribute('lang', lang);
      card.setAttribute('src', url);
      document.body.append(card);
      await waitFor(() => shadowText(card).includes(figure), `the ${lang} card to load the published story`, 10_000);
      const updates = [...card.shadowRoot!.querySelectorAll('.update')].map((p) => p.textContent!.replace(/\s+/g, ' '));
      expect(updates.join(' '), lang)
        .to.include(line)
        .and.include(lang === 'it' ? u.what.it : u.what.en);
      expect(shadowText(card)).to.include(outlet);
      card.remove();
    }
    URL.revokeObjectURL(url);
  });
});
