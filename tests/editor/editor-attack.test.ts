// The desk editor against a hostile story: markup in every string shows as
// text, in the forms, the messages and the preview; a file or URL that is too
// large, not JSON or not allowed is refused with a visible notice.
import { expect } from '@open-wc/testing';
import storyJson from '../../data/story.json' with { type: 'json' };
import {
  allElements,
  chooseFile,
  control,
  openEditor,
  previewCard,
  shadowText,
  waitFor,
  type Editor,
} from './editor-helpers.js';

const MARKUP = '<img src=x onerror="window.__drwPwned=1"><script>window.__drwPwned=1</script><b>bold</b>';

/** The story with `MARKUP` added to every string `pick` chooses. */
function poisoned(pick: (key: string, value: string) => boolean): unknown {
  const walk = (x: unknown, key: string): unknown => {
    if (typeof x === 'string') return pick(key, x) ? `${x}${MARKUP}` : x;
    if (Array.isArray(x)) return x.map((v) => walk(v, key));
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v, k)]));
    return x;
  };
  return walk(structuredClone(storyJson), '');
}

function noMarkup(ed: Editor): void {
  const made = allElements(ed.doc).filter(
    (e) => ['img', 'b'].includes(e.localName) || (e.localName === 'script' && !(e as HTMLScriptElement).src),
  );
  expect(made.map((e) => e.outerHTML)).to.deep.equal([]);
  expect((ed.win as unknown as { __drwPwned?: number }).__drwPwned).to.equal(undefined);
}

describe('the desk editor, attacked', function () {
  this.timeout(60_000);
  let ed: Editor;
  beforeEach(async () => {
    ed = await openEditor();
  });
  afterEach(() => ed.frame.remove());

  it('shows a story with markup in every string as text, never as markup', async () => {
    chooseFile(ed, 'evil<img src=x onerror=1>.json', JSON.stringify(poisoned(() => true)));
    await waitFor(
      () => control(ed, 'figures.0.label.it').value.includes('<img'),
      'the poisoned story in the forms',
      10_000,
    );
    expect(control(ed, 'arms.0.quote').value).to.include('<script>');
    // Its ids are no longer ids, its quotes not the article's: the checks say so, in words, at the fields.
    await waitFor(
      () => (ed.doc.querySelectorAll('[aria-invalid="true"]').length ?? 0) > 10,
      'fields to be marked',
      10_000,
    );
    expect(ed.doc.querySelector('.load .status')!.textContent).to.include('<img');
    await new Promise((r) => setTimeout(r, 500));
    noMarkup(ed);
  });

  it('previews markup in the texts as text', async () => {
    // Only the texts readers see (both languages): the widgets accept the story, and the preview shows it.
    chooseFile(ed, 'texts.json', JSON.stringify(poisoned((key) => key === 'it' || key === 'en')));
    const tally = previewCard(ed, 'dprk-russia-tally', 'en');
    await waitFor(() => shadowText(tally).includes('<img src=x'), 'the preview to show the markup as text', 10_000);
    await waitFor(
      () => shadowText(previewCard(ed, 'dprk-russia-timeline', 'it')).includes('<b>bold</b>'),
      'the timeline too',
      10_000,
    );
    noMarkup(ed);
  });

  it('refuses a file that is not JSON, or too large, with a notice and a console warning', async () => {
    const warnings: string[] = [];
    const warn = ed.win.console.warn;
    ed.win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const status = () => ed.doc.querySelector('.load .status')!;
    chooseFile(ed, 'broken.json', '{"schemaVersion": 1,');
    await waitFor(() => /non è un JSON valido/.test(status().textContent ?? ''), 'the not-JSON notice', 5000);
    expect(status().getAttribute('role')).to.equal('alert');
    chooseFile(ed, 'huge.json', `{"x":"${'a'.repeat(600 * 1024)}"}`);
    await waitFor(() => /supera 524288 byte/.test(status().textContent ?? ''), 'the too-large notice', 5000);
    expect(warnings.length).to.equal(2);
    // The story on the page is the one it had.
    expect(control(ed, 'figures.0.label.it').value).to.equal(storyJson.figures[0].label.it);
    ed.win.console.warn = warn;
  });

  it('loads a story by URL from its own folder or a listed one, and refuses other folders, hosts and schemes', async () => {
    const url = ed.doc.getElementById('load-url') as HTMLInputElement;
    const go = ed.doc.getElementById('load-url-button') as HTMLButtonElement;
    const status = () => ed.doc.querySelector('.load .status')!.textContent ?? '';
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'https://elsewhere.example/story.json']) {
      url.value = bad;
      go.click();
      await waitFor(() => /non è permesso/.test(status()), `${bad} to be refused`, 5000);
      ed.doc.querySelector('.load .status')!.textContent = '';
    }
    // Its own site, outside the folder the widgets are deployed in: on a shared host, anyone's file.
    url.value = '/data/story.json';
    go.click();
    await waitFor(() => /non è permesso/.test(status()), 'a file beside the folder to be refused', 5000);
    ed.doc.querySelector('.load .status')!.textContent = '';
    // A folder the page lists in drw-src-origins, as the embed page reads it.
    const meta = ed.doc.createElement('meta');
    meta.name = 'drw-src-origins';
    meta.content = `${location.origin}/data/`;
    ed.doc.head.append(meta);
    go.click();
    await waitFor(() => /Caricata/.test(status()), 'the story to load', 5000);
    expect(status()).to.include('/data/story.json');
  });
});
