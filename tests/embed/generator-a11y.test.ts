import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { mountGenerator as mount } from './generator-helpers.js';
import { frames, waitFor } from './embed-helpers.js';

/** The snippet as a browser would parse it when the CMS page loads. */
const parse = (snippet: string) => new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html').body;

/** What an input's aria-describedby points at, as text. */
const description = (field: Element) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
    .join(' ');

describe('embed-code generator, as a screen reader and keyboard user meets it', () => {
  it('puts the preview in a region named by its visible label, read as one (the accessibility tree in order)', async () => {
    const g = mount();
    g.choose('el', 'ceasefire-status');
    g.choose('lang', 'en');
    const card = g.root.querySelector('.generator-preview ceasefire-status') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await card.updateComplete;
    const { lines } = (await executeServerCommand('a11y-ax-tree')) as { lines: string[] };
    const region = lines.indexOf('region: Anteprima / Preview');
    expect(region, lines.filter((l) => !l.startsWith('StaticText')).join('\n')).to.be.at.least(0);
    // The card's heading comes after the region starts: it is inside the preview, one level below the generator's h2.
    expect(lines.indexOf('heading 3: The agreements and the talks, point by point')).to.be.greaterThan(region);
    g.done();
  });

  it('gives the preview’s card the level below the generator’s heading, and writes the level chosen into the snippet', async () => {
    const g = mount();
    g.choose('el', 'dprk-russia-arms');
    const preview = g.root.querySelector('.generator-preview dprk-russia-arms') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await preview.updateComplete;
    expect(preview.shadowRoot!.querySelector('.title')!.localName).to.equal('h3');
    expect(
      parse(g.code()).querySelector('dprk-russia-arms')!.hasAttribute('heading-level'),
      'level 2 is the default',
    ).to.equal(false);
    g.choose('level', '4');
    expect(parse(g.code()).querySelector('dprk-russia-arms')!.getAttribute('heading-level')).to.equal('4');
    // The preview keeps its place in this page's outline, whatever the level chosen for the publisher's page.
    const again = g.root.querySelector('.generator-preview dprk-russia-arms') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await again.updateComplete;
    expect(again.shadowRoot!.querySelector('.title')!.localName).to.equal('h3');
    // The pre-rendered snippet's markup moves its headings down too, before any script.
    g.choose('kind', 'prerendered');
    await waitFor(() => g.code() !== '', 'the pre-rendered markup');
    const shadow = parse(g.code()).querySelector('dprk-russia-arms > template') as HTMLTemplateElement;
    expect(shadow.content.querySelector('.title')!.localName).to.equal('h4');
    expect([...shadow.content.querySelectorAll('.arm-name')].map((h) => h.localName))
      .to.include('h5')
      .and.not.include('h3');
    // The iframe's page has its own outline: the choice is off there, and not in the snippet.
    g.choose('kind', 'iframe');
    expect(g.root.querySelector<HTMLSelectElement>('[name="level"]')!.disabled).to.equal(true);
    expect(g.code()).not.to.include('heading-level');
    g.done();
  });

  it('ties each URL warning to its field (aria-describedby, aria-invalid)', async () => {
    const g = mount();
    g.choose('src', 'javascript:alert(1)');
    const src = g.root.querySelector('[name="src"]')!;
    expect(src.getAttribute('aria-invalid')).to.equal('true');
    expect(description(src)).to.include('Not a web address');
    g.choose('article', 'https://user:secret@news.example/article');
    const article = g.root.querySelector('[name="article"]')!;
    expect(article.getAttribute('aria-invalid')).to.equal('true');
    expect(description(article)).to.include('user name or password');
    g.choose('src', 'https://news.example/story.json');
    expect(src.hasAttribute('aria-invalid')).to.equal(false);
    expect(src.hasAttribute('aria-describedby')).to.equal(false);
    // A host only this computer reaches: the warning is about the base field.
    g.choose('base', 'http://localhost:9/dist/');
    const base = g.root.querySelector('[name="base"]')!;
    await frames(1);
    expect(description(base)).to.include('works only on this computer');
    // Nothing answers there: an error in the field, said beside it.
    await waitFor(() => description(base).includes('could not be loaded'), 'the failed check');
    expect(base.getAttribute('aria-invalid')).to.equal('true');
    // The refresh warning of an iframe is about the refresh field.
    g.choose('kind', 'iframe');
    g.choose('refresh', '60');
    expect(description(g.root.querySelector('[name="refresh"]')!)).to.include('drw-allow-refresh');
    g.done();
  });

  describe('copy button', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as unknown as Record<string, unknown>).clipboard;
    });
    const status = (g: ReturnType<typeof mount>) =>
      g.root.querySelector('.generator-status')!.textContent!.replace(/\s+/g, ' ').trim();

    it('says the copy failed, and selects the code, when the clipboard refuses it: never “Copied”', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      const g = mount();
      g.root.querySelector<HTMLButtonElement>('.generator-copy')!.click();
      await waitFor(() => status(g) !== '', 'the status');
      expect(status(g)).to.include('Copy failed').and.not.include('Copied');
      const area = g.root.querySelector<HTMLTextAreaElement>('.generator-code')!;
      expect(document.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      g.done();
    });

    it('copies nothing and says why when there is no code (a bad address)', async () => {
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => void written.push(t) },
      });
      const g = mount();
      g.choose('base', 'not an address');
      expect(g.code()).to.equal('');
      g.root.querySelector<HTMLButtonElement>('.generator-copy')!.click();
      await waitFor(() => status(g) !== '', 'the status');
      expect(written).to.deep.equal([]);
      expect(status(g)).to.include('No code to copy').and.not.include('Copied');
      g.done();
    });
  });

  it('marks the English half of every bilingual label with lang="en"', async () => {
    const g = mount();
    g.choose('src', 'javascript:x');
    const labelled = [
      ...g.root.querySelectorAll(
        'label, legend, button, .generator-hint, .generator-warning, .generator-preview-label',
      ),
    ];
    expect(labelled.length).to.be.greaterThan(10);
    for (const el of labelled) {
      // The element's own text, without a field's options.
      const own = [...el.childNodes].filter(
        (n) => !(n instanceof HTMLSelectElement || n instanceof HTMLTextAreaElement || n instanceof HTMLInputElement),
      );
      const text = own.map((n) => n.textContent).join('');
      if (!text.includes(' / ')) continue;
      const english = el.querySelector(':scope > [lang="en"], :scope > * > [lang="en"]');
      expect(english, `“${text.trim().slice(0, 60)}”`).to.not.equal(null);
    }
    g.done();
  });

  it('writes the iframe snippet with the widget’s language on the frame', async () => {
    const g = mount();
    g.choose('kind', 'iframe');
    for (const lang of ['en', 'it']) {
      g.choose('lang', lang);
      expect(parse(g.code()).querySelector('iframe')!.getAttribute('lang')).to.equal(lang);
    }
    g.done();
  });
});
