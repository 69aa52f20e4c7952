// The update log already in a loaded file: readers see it on the cards, so the
// editor shows every entry, to edit or remove, and the strands card's title too.
import { expect } from '@open-wc/testing';
import storyJson from '../../data/story.json' with { type: 'json' };
import { chooseFile, control, fieldId, openEditor, type, waitFor, type Editor } from './editor-helpers.js';

type Json = Record<string, unknown>;

/** TEST DATA, not a fact: one log entry, marked as a correction. */
const ENTRY = {
  date: storyJson.asOf,
  what: { it: 'TEST: voce di prova', en: 'TEST: a test entry' },
  why: { it: 'TEST: perché di prova', en: 'TEST: a test reason' },
  correction: true,
};

describe('the desk editor, the update log in the file', function () {
  this.timeout(60_000);
  let ed: Editor;
  beforeEach(async () => {
    ed = await openEditor();
  });
  afterEach(() => ed.frame.remove());

  it('shows every entry of a loaded file, editable and removable', async () => {
    chooseFile(ed, 'logged.json', JSON.stringify({ ...structuredClone(storyJson), updates: [ENTRY] }));
    await waitFor(() => !!ed.doc.getElementById(fieldId('updates.0.what.it')), 'the entry in the forms', 10_000);
    expect(control(ed, 'updates.0.what.it').value).to.equal(ENTRY.what.it);
    expect(control(ed, 'updates.0.why.en').value).to.equal(ENTRY.why.en);
    expect(control(ed, 'updates.0.date').value).to.equal(ENTRY.date);
    const correction = control(ed, 'updates.0.correction') as HTMLInputElement;
    expect(correction.type).to.equal('checkbox');
    expect(correction.checked).to.equal(true);
    type(ed, 'updates.0.what.en', 'TEST: edited');
    correction.checked = false;
    correction.dispatchEvent(new ed.win.Event('change', { bubbles: true }));
    const entry = (ed.win.drwEditor.story().updates as Json[])[0];
    expect(entry.what).to.deep.equal({ it: ENTRY.what.it, en: 'TEST: edited' });
    expect(entry.correction).to.equal(false);
    ed.doc.getElementById(fieldId('updates.0'))!.querySelector<HTMLButtonElement>(':scope > button.remove')!.click();
    await waitFor(() => (ed.win.drwEditor.story().updates as Json[]).length === 0, 'the entry to go', 5000);
    expect(ed.doc.getElementById(fieldId('updates.0.what.it'))).to.equal(null);
  });

  it('edits the strands card title in both languages', () => {
    expect(control(ed, 'truce.title.it').value).to.equal(storyJson.truce.title.it);
    type(ed, 'truce.title.en', 'TEST: a title');
    expect((ed.win.drwEditor.story().truce as Json).title).to.deep.equal({
      it: storyJson.truce.title.it,
      en: 'TEST: a title',
    });
  });
});
