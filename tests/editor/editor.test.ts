// The desk editor (dist/editor.html), worked as an editor would: change a figure
// and watch the preview, paste a quote the article does not hold, publish.
import { expect } from '@open-wc/testing';
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

/** The index of the item with `id` in the story's list at `list`. */
function indexOf(ed: Editor, list: string, id: string): number {
  let node: unknown = ed.win.drwEditor.story();
  for (const key of list.split('.')) node = (node as Record<string, unknown>)[key];
  const i = (node as Array<{ id: string }>).findIndex((x) => x.id === id);
  if (i < 0) throw new Error(`no ${id} in ${list}`);
  return i;
}

describe('the desk editor', function () {
  this.timeout(60_000);
  let ed: Editor;
  beforeEach(async () => {
    ed = await openEditor();
  });
  afterEach(() => ed.frame.remove());

  it('opens on the bundled story with no problem, every card previewed in both languages', async () => {
    await waitFor(
      () => /Nessun problema/.test(ed.doc.querySelector('.problems .count')?.textContent ?? ''),
      'the check to pass',
      10_000,
    );
    for (const lang of ['it', 'en'] as const) {
      const tally = previewCard(ed, 'dprk-russia-tally', lang);
      await waitFor(() => shadowText(tally).length > 80, `the ${lang} tally to render`, 10_000);
      expect(tally.getAttribute('lang')).to.equal(lang);
    }
    // Both languages of a text side by side, each marked with its language.
    expect(control(ed, 'figures.0.label.it').lang).to.equal('it');
    expect(control(ed, 'figures.0.label.en').lang).to.equal('en');
  });

  it('moves the chart, the derived figure and its note in the preview when the troop total changes', async () => {
    const total = indexOf(ed, 'figures', 'troops-total');
    const tally = previewCard(ed, 'dprk-russia-tally', 'it');
    const tallyEn = previewCard(ed, 'dprk-russia-tally', 'en');
    await waitFor(() => shadowText(tally).includes('8.000'), 'the tally to show the derived 8.000', 10_000);
    type(ed, `figures.${total}.value`, '12000');
    // 12,000 in all minus at least 3,000 in the latest: up to about 9,000 before it, in the card and in its note.
    await waitFor(
      () => shadowText(tally).includes('12.000') && shadowText(tally).includes('9.000'),
      'the Italian card to show 12.000 and 9.000',
      10_000,
    );
    await waitFor(
      () => shadowText(tallyEn).includes('12,000') && shadowText(tallyEn).includes('9,000'),
      'the English card to show 12,000 and 9,000',
      10_000,
    );
    expect(shadowText(tally)).not.to.include('11.000');
    // The bars follow: the latest deployment's bar is now 3,000 of 12,000, a quarter of the total's.
    const share = () => {
      const [all, latest] = [...tally.shadowRoot!.querySelectorAll('[part="bar"]')].map(
        (bar) => bar.getBoundingClientRect().width,
      );
      return all ? latest / all : 0;
    };
    await waitFor(
      () => Math.abs(share() - 3000 / 12000) < 0.02,
      'the chart to draw the latest deployment as a quarter of 12,000',
      10_000,
    );
    // The preview follows, but the field says what a reader would be told without a source: the quote does not give 12,000.
    expect(messageAt(ed, `figures.${total}.value`)).to.include('12.000 non è un numero che la sua citazione riporta');
  });

  it('says at the field when the derived figure no longer adds up, and keeps the last good preview', async () => {
    const total = indexOf(ed, 'figures', 'troops-total');
    type(ed, `figures.${total}.value`, '2000');
    await waitFor(
      () => control(ed, `figures.${total}.value`).getAttribute('aria-invalid') === 'true',
      'the total to be marked',
      5000,
    );
    expect(messageAt(ed, `figures.${total}.value`)).to.match(/il calcolo non torna/i);
    await waitFor(
      () => !(ed.doc.querySelector('.preview .notice') as HTMLElement).hidden,
      'the preview to say it is stale',
      5000,
    );
    expect(shadowText(previewCard(ed, 'dprk-russia-tally', 'it'))).to.include('11.000');
  });

  it('refuses a pasted quote that is not in the article, at its field, and will not publish', async () => {
    const arm = indexOf(ed, 'arms', 'howitzers');
    const path = `arms.${arm}.quote`;
    expect(control(ed, path).getAttribute('aria-invalid')).to.equal(null);
    type(ed, path, 'La Corea del Nord ha fornito alla Russia mille obici semoventi.');
    await waitFor(
      () => control(ed, path).getAttribute('aria-invalid') === 'true',
      'the quote field to be marked',
      5000,
    );
    expect(messageAt(ed, path)).to.match(/non è nell’articolo parola per parola/);
    // The field's message is what a screen reader reads with it.
    const describedBy = control(ed, path).getAttribute('aria-describedby')!;
    expect(ed.doc.getElementById(describedBy)!.textContent).to.match(/parola per parola/);
    // The summary names the item by its id and takes the keyboard to the field.
    const item = [...ed.doc.querySelectorAll('.problems li')].find(
      (li) => li.querySelector('.where')!.textContent === 'arms › howitzers › quote',
    )!;
    expect(item, 'a summary line for the quote').to.exist;
    (item.querySelector('button') as HTMLButtonElement).click();
    expect(ed.doc.activeElement).to.equal(control(ed, path));
    // Publishing is refused while the problem stands.
    typeInto(ed, 'log-date', '2025-03-26');
    for (const id of ['log-what-it', 'log-what-en', 'log-why-it', 'log-why-en']) typeInto(ed, id, 'Prova');
    (ed.doc.getElementById('publish') as HTMLButtonElement).click();
    await waitFor(
      () => /sistema i problemi/.test(ed.doc.getElementById('publish-status')!.textContent ?? ''),
      'publishing to be refused',
      5000,
    );
    expect(ed.doc.getElementById('publish-download')).to.equal(null);
  });

  it('says when a badge word is stronger than its evidence, and when a translation is missing', async () => {
    const flow = indexOf(ed, 'flows', 'flow-technology');
    // "Reported" on words that only say the US fears it.
    type(ed, `flows.${flow}.certainty`, 'reported');
    await waitFor(() => messageAt(ed, `flows.${flow}.evidence`) !== '', 'the evidence to be flagged', 5000);
    expect(messageAt(ed, `flows.${flow}.evidence`)).to.match(/Fatto riportato/);
    type(ed, `flows.${flow}.label.en`, '');
    await waitFor(() => messageAt(ed, `flows.${flow}.label.en`) !== '', 'the missing English to be flagged', 5000);
    expect(messageAt(ed, `flows.${flow}.label.en`)).to.match(/manca il testo inglese/i);
  });

  it('adds a fact to a strand from the keyboard, empty and flagged until filled, and removes it', async () => {
    const strand = indexOf(ed, 'truce.strands', 'fighting');
    const facts = () =>
      (ed.win.drwEditor.story().truce as { strands: Array<{ facts: unknown[] }> }).strands[strand].facts.length;
    const before = facts();
    const add = [...ed.doc.querySelectorAll<HTMLButtonElement>('button.add')].find(
      (b) => b.textContent === 'Aggiungi un fatto a fighting',
    )!;
    add.click();
    expect(facts()).to.equal(before + 1);
    const path = `truce.strands.${strand}.facts.${before}`;
    await waitFor(
      () => ed.doc.activeElement === control(ed, `${path}.text.it`),
      'the new fact’s text to take the focus',
      5000,
    );
    await waitFor(() => messageAt(ed, `${path}.quote`) !== '', 'the empty quote to be flagged', 5000);
    expect(messageAt(ed, `${path}.quote`)).to.match(/vuot/);
    (
      ed.doc
        .getElementById(`f-${path.replace(/\./g, '_')}`)!
        .querySelector(':scope > button.remove') as HTMLButtonElement
    ).click();
    expect(facts()).to.equal(before);
    await waitFor(
      () => /Nessun problema/.test(ed.doc.querySelector('.problems .count')?.textContent ?? ''),
      'the story to pass again',
      5000,
    );
  });

  it('speaks English when asked, messages included', async () => {
    const select = ed.doc.getElementById('ui-lang') as HTMLSelectElement;
    select.value = 'en';
    select.dispatchEvent(new ed.win.Event('change'));
    expect(ed.doc.documentElement.lang).to.equal('en');
    expect(ed.doc.querySelector('h1')!.textContent).to.match(/Desk editor/);
    const arm = indexOf(ed, 'arms', 'howitzers');
    type(ed, `arms.${arm}.quote`, 'Not in the article.');
    await waitFor(() => messageAt(ed, `arms.${arm}.quote`) !== '', 'the message', 5000);
    expect(messageAt(ed, `arms.${arm}.quote`)).to.match(/is not in the article word for word/);
  });

  it('runs under the strict CSP with Trusted Types, with no violation while the editor works', async () => {
    const csp = ed.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp)
      .to.include("script-src 'self'")
      .and.include("style-src 'self'")
      .and.include("require-trusted-types-for 'script'");
    expect(csp).not.to.include('unsafe');
    const total = indexOf(ed, 'figures', 'troops-total');
    type(ed, `figures.${total}.value`, '12000');
    const tally = previewCard(ed, 'dprk-russia-tally', 'en');
    await waitFor(() => shadowText(tally).includes('12,000'), 'the preview to follow', 10_000);
    (ed.doc.getElementById('preview-theme-dark') as HTMLInputElement).click();
    (ed.doc.getElementById('preview-width-1200') as HTMLInputElement).click();
    const dark = previewCard(ed, 'dprk-russia-tally', 'en');
    expect(dark.getAttribute('theme')).to.equal('dark');
    await waitFor(() => shadowText(dark).includes('12,000'), 'the dark desktop preview', 10_000);
    expect(ed.doc.querySelector('.panes')!.classList.contains('w1200')).to.equal(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(ed.violations).to.deep.equal([]);
    // The policy is in force, and a violation would have been seen: a string written as markup is refused (Trusted Types).
    expect(() => {
      ed.doc.createElement('div').innerHTML = '<b>markup</b>';
    }).to.throw();
    await waitFor(() => ed.violations.length > 0, 'the refusal to be reported', 2000);
    expect(ed.violations.join(' ')).to.include('trusted-types');
  });
});
