// Edits are not lost without a word, counts read as words do, and a report's
// text has room for its paragraphs.
import { expect } from '@open-wc/testing';
import storyJson from '../../data/story.json' with { type: 'json' };
import { chooseFile, control, fieldId, messageAt, openEditor, type, waitFor, type Editor } from './editor-helpers.js';

describe('the desk editor, edits and words', function () {
  this.timeout(60_000);
  let ed: Editor;
  beforeEach(async () => {
    ed = await openEditor();
  });
  afterEach(() => ed.frame.remove());
  const status = () => ed.doc.querySelector('.load .status')!.textContent ?? '';
  const count = () => ed.doc.querySelector('.problems .count')!.textContent ?? '';

  it('asks before loading another story over unpublished edits, and warns before leaving', async () => {
    const leave = () => {
      const event = new ed.win.Event('beforeunload', { cancelable: true });
      ed.win.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave(), 'nothing edited').to.equal(false);
    type(ed, 'figures.0.label.it', 'TEST: etichetta modificata');
    expect(leave(), 'edited').to.equal(true);
    const asked: string[] = [];
    ed.win.confirm = (message?: string) => (asked.push(String(message)), false);
    chooseFile(ed, 'other.json', JSON.stringify(storyJson));
    await waitFor(() => /Non caricato/.test(status()), 'the notice that nothing was loaded', 5000);
    expect(asked.length).to.equal(1);
    expect(control(ed, 'figures.0.label.it').value).to.equal('TEST: etichetta modificata');
    ed.win.confirm = () => true;
    chooseFile(ed, 'other.json', JSON.stringify(storyJson));
    await waitFor(() => /Caricata/.test(status()), 'the story to load', 5000);
    expect(control(ed, 'figures.0.label.it').value).to.equal(storyJson.figures[0].label.it);
    expect(leave(), 'just loaded').to.equal(false);
  });

  it('lists the texts that still say a figure’s old value, as readers read it', async () => {
    expect(ed.doc.getElementById('stale-notice')).to.equal(null);
    type(ed, 'figures.1.value', '12000');
    await waitFor(() => !!ed.doc.getElementById('stale-notice'), 'the notice of stale texts', 5000);
    const notice = ed.doc.getElementById('stale-notice')!.textContent ?? '';
    expect(notice).to.include('11.000 / 11,000').and.include('detail › it').and.include('detail › en');
    expect(messageAt(ed, 'flows.0.detail.it')).to.include('11.000');
    expect(messageAt(ed, 'flows.0.detail.en')).to.include('11,000');
    // A quote keeps the document's words: it is not listed.
    expect(messageAt(ed, 'flows.0.quote')).not.to.include('11.000');
    type(ed, 'figures.1.value', '11000');
    await waitFor(() => !ed.doc.getElementById('stale-notice'), 'the notice to go once the value is back', 5000);
  });

  it('says "1 problema" / "1 problem"', async () => {
    type(ed, 'figures.0.label.en', '');
    await waitFor(() => ed.win.drwEditor.problems().length > 0, 'the problem', 5000);
    if (ed.win.drwEditor.problems().length !== 1)
      throw new Error(`expected one problem: ${JSON.stringify(ed.win.drwEditor.problems())}`);
    await waitFor(() => /^1 problema /.test(count()), `"1 problema", not "${count()}"`, 5000);
    const select = ed.doc.getElementById('ui-lang') as HTMLSelectElement;
    select.value = 'en';
    select.dispatchEvent(new ed.win.Event('change'));
    await waitFor(
      () => /^1 problem to fix/.test(ed.doc.querySelector('.problems .count')!.textContent ?? ''),
      '"1 problem"',
      5000,
    );
  });

  it('gives a new document’s text a multi-line box, and the log drops a document that is removed', async () => {
    const add = ed.doc.querySelector<HTMLButtonElement>('section[aria-labelledby="h-documents"] > button.add')!;
    add.click();
    const n = (ed.win.drwEditor.story().documents as unknown[]).length - 1;
    await waitFor(() => !!ed.doc.getElementById(fieldId(`documents.${n}.text`)), 'the new document', 5000);
    const text = control(ed, `documents.${n}.text`);
    expect(text.localName).to.equal('textarea');
    type(ed, `documents.${n}.text`, 'TEST: primo paragrafo.\n\nTEST: secondo paragrafo.');
    const docs = ed.win.drwEditor.story().documents as Array<Record<string, unknown>>;
    expect(docs[n].text).to.equal('TEST: primo paragrafo.\n\nTEST: secondo paragrafo.');
    // Chosen for the log, then removed: the select shows "(none)" and the entry holds none.
    await waitFor(
      () => [...(ed.doc.getElementById('log-document') as HTMLSelectElement).options].length === n + 2,
      'the new document among the choices',
      5000,
    );
    const select = ed.doc.getElementById('log-document') as HTMLSelectElement;
    select.value = String(docs[n].id);
    select.dispatchEvent(new ed.win.Event('change'));
    ed.doc
      .getElementById(fieldId(`documents.${n}`))!
      .querySelector<HTMLButtonElement>(':scope > button.remove')!
      .click();
    await waitFor(() => select.options.length === n + 1, 'the document to leave the choices', 5000);
    expect(select.value).to.equal('');
    // Nothing on the preview rests on the removed document: no update line from a log entry out of sight.
    await new Promise((r) => setTimeout(r, 400));
    expect(ed.win.drwEditor.problems()).to.deep.equal([]);
  });
});
