// The desk editor against a story whose keys are paths in disguise: a key
// `__proto__`, `constructor` or `prototype`, or one with a dot in it, would make
// the field's path reach Object.prototype or another field. Such a file is
// refused with a notice and a console warning, and the story on the page stays.
// A file nested far deeper than any story is refused the same way.
import { expect } from '@open-wc/testing';
import storyJson from '../../data/story.json' with { type: 'json' };
import { chooseFile, control, openEditor, waitFor, type Editor } from './editor-helpers.js';

type Json = Record<string, unknown>;

/** The bundled story with `extra` merged into its first figure, as raw JSON text (so `__proto__` stays a key). */
function withFigureKeys(extra: string): string {
  const text = JSON.stringify(storyJson);
  const figure = JSON.stringify(storyJson.figures[0]);
  return text.replace(figure, `${figure.slice(0, -1)},${extra}}`);
}

describe('the desk editor, keys that are paths', function () {
  this.timeout(60_000);
  let ed: Editor;
  let warnings: string[];
  beforeEach(async () => {
    ed = await openEditor();
    warnings = [];
    ed.win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    delete (Object.prototype as Json).polluted;
    delete (ed.win.Object.prototype as Json).polluted;
    ed.frame.remove();
  });
  const status = () => ed.doc.querySelector('.load .status')!.textContent ?? '';

  for (const [name, extra] of [
    ['__proto__', '"__proto__":{"polluted":"x"}'],
    ['__proto__.polluted', '"__proto__.polluted":"x"'],
    ['label.it', '"label.it":"decoy"'],
    ['constructor', '"constructor":{"prototype":{"polluted":"x"}}'],
  ]) {
    it(`refuses a story with a key "${name}" and keeps the story it had`, async () => {
      chooseFile(ed, 'keys.json', withFigureKeys(extra));
      await waitFor(() => /Impossibile caricare/.test(status()), 'the notice', 5000);
      expect(ed.doc.querySelector('.load .status')!.getAttribute('role')).to.equal('alert');
      expect(status()).to.include(name);
      expect(warnings.length).to.equal(1);
      // No field for the key, and typing in every field of the figure reaches neither the prototype nor the real label.
      expect(ed.doc.querySelectorAll('[id^="f-figures_0___proto__"], [id^="f-figures_0_constructor"]').length).to.equal(
        0,
      );
      for (const node of ed.doc.querySelectorAll<HTMLInputElement>('[id^="f-figures_0_"][data-path]')) {
        node.value = `${node.value}`;
        node.dispatchEvent(new ed.win.Event(node.localName === 'select' ? 'change' : 'input', { bubbles: true }));
      }
      expect(({} as Json).polluted).to.equal(undefined);
      expect((new ed.win.Object() as Json).polluted).to.equal(undefined);
      expect(control(ed, 'figures.0.label.it').value).to.equal(storyJson.figures[0].label.it);
      expect((ed.win.drwEditor.story().figures as Json[])[0].label).to.deep.equal(storyJson.figures[0].label);
    });
  }

  it('gives every field a unique id', () => {
    const ids = [...ed.doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
  });

  it('refuses a file nested 40,000 deep with a clear notice, and does not say all is well', async () => {
    const deep = `{"a":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}`;
    chooseFile(ed, 'deep.json', deep);
    await waitFor(() => /Impossibile caricare/.test(status()), 'the notice', 5000);
    expect(status()).to.match(/annidat/);
    expect(warnings.length).to.equal(1);
    expect(control(ed, 'figures.0.label.it').value).to.equal(storyJson.figures[0].label.it);
    expect(ed.win.drwEditor.problems()).to.deep.equal([]);
  });
});
