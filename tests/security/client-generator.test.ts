// The embed-code generator against a host an editor types in (issue 23, rows 5 and 8):
// what it pastes into a CMS is written by the package, never copied from what that host answers,
// and a user name or password in the address never reaches a snippet.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { BASE, mountGenerator as mount } from '../embed/generator-helpers.js';
import { waitFor } from '../embed/embed-helpers.js';

/** A host that answers every file the generator asks for, with a pre-rendered page of its own (tests/security/client-middleware.mjs). */
const HOSTILE = new URL('/__client/hostile/', location.href).href;

/** The snippet as a page would parse it. */
const parse = (snippet: string) => new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html').body;

/** Every element in `root`, template contents (the shadow root to be) included. */
function everything(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    el instanceof HTMLTemplateElement ? [el, ...everything(el.content)] : [el],
  );
}

/** What a pasted snippet could run: script elements, event-handler attributes, javascript: URLs. */
function active(snippet: string): string[] {
  return everything(parse(snippet)).flatMap((el) => [
    ...(el.localName === 'script' && !el.getAttribute('src') ? ['inline script'] : []),
    ...[...el.attributes]
      .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
      .map((a) => `${el.localName}[${a.name}]`),
  ]);
}

describe('generator: a hostile host typed as the base', function () {
  this.timeout(20_000);

  it('writes the pre-rendered card from its own build, only the addresses pointing at the typed host', async () => {
    const g = mount();
    g.choose('el', 'dprk-russia-tally');
    g.choose('lang', 'en');
    g.choose('kind', 'prerendered');
    await waitFor(() => g.code().includes('<template'), 'the snippet for the package’s own build');
    const own = g.code();
    g.choose('base', HOSTILE);
    await waitFor(() => g.code() !== own && g.code().includes(HOSTILE), 'the snippet for the typed host');
    // Let the generator's check of the typed host finish (it reads that host's pre-rendered page today).
    await waitFor(() => !!g.root.querySelector('.generator-ok, .generator-warning'), 'the check of the typed host');
    const snippet = g.code();
    expect(active(snippet)).to.deep.equal([]);
    expect(snippet).not.to.include('UFFICIALE');
    expect(snippet).not.to.include('<img');
    // The same card as the own build's, with its two addresses on the typed host.
    expect(snippet).to.equal(own.replaceAll(BASE, HOSTILE));
    expect(snippet.match(/<script/g)).to.have.length(1);
    expect((window as unknown as { __drwPwned?: string }).__drwPwned).to.equal(undefined);
    g.done();
  });

  it('refuses, with a reason on screen, pre-rendered markup that is not what the package writes', async () => {
    const warned: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      // The generator started on a copy of dist/ that someone changed.
      const root = document.createElement('div');
      document.body.append(root);
      const { mountGenerator } = await import('../../src/embed/authoring/generator.js');
      const unmount = mountGenerator(root, { base: HOSTILE });
      const choose = (name: string, value: string) => {
        const field = root.querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`)!;
        field.checked = true;
        field.dispatchEvent(new Event('change', { bubbles: true }));
      };
      choose('kind', 'prerendered');
      const code = () => root.querySelector<HTMLTextAreaElement>('.generator-code')!.value;
      await waitFor(
        () => (root.querySelector('.generator-warnings')?.textContent ?? '').includes('refused'),
        'the reason',
      );
      expect(code()).to.equal('');
      const reason = root.querySelector('.generator-warnings')!.textContent!;
      expect(reason).to.include('rifiutat').and.include('refused');
      expect(reason).not.to.include('UFFICIALE');
      expect(warned.map((w) => w.join(' ')).join('\n')).to.include('refused');
      unmount();
      root.remove();
    } finally {
      console.warn = warn;
    }
  });
});

describe('generator: a user name or password in the base', () => {
  const withCredentials = BASE.replace('://', '://editor:s3cret@');

  for (const kind of ['script', 'iframe', 'prerendered']) {
    it(`writes no ${kind} snippet with them, and says so beside the field`, async () => {
      const g = mount();
      g.choose('kind', kind);
      await waitFor(() => g.code() !== '', 'the snippet');
      g.choose('base', withCredentials);
      await new Promise((r) => setTimeout(r, 500));
      expect(g.code()).not.to.include('s3cret');
      expect(g.code()).not.to.include('editor@');
      expect(g.code()).to.equal('');
      const field = g.root.querySelector<HTMLInputElement>('[name="base"]')!;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const described = field.getAttribute('aria-describedby') ?? '';
      const message = described ? g.root.querySelector(`#${CSS.escape(described)}`) : null;
      expect(message, 'the message tied to the field').not.to.equal(null);
      expect(message!.textContent).to.include('password');
      expect(message!.textContent).not.to.include('s3cret');
      expect((message as HTMLElement).getClientRects().length, 'shown').to.be.greaterThan(0);
      // Corrected, the snippet comes back and the field is valid again.
      g.choose('base', BASE);
      await waitFor(() => g.code() !== '', 'the snippet again');
      expect(field.hasAttribute('aria-invalid') && field.getAttribute('aria-invalid') !== 'false').to.equal(false);
      g.done();
    });
  }
});

describe('generator: a user name or password in the data or article address', () => {
  for (const field of ['src', 'article']) {
    for (const kind of ['script', 'iframe', 'prerendered']) {
      it(`keeps them out of the ${kind} snippet typed in “${field}”, and says so beside the field`, async () => {
        const g = mount();
        g.choose('kind', kind);
        await waitFor(() => g.code() !== '', 'the snippet');
        g.choose(field, 'https://editor:s3cret@data.example.org/story.json');
        await new Promise((r) => setTimeout(r, 300));
        expect(g.code(), 'a snippet is still written').not.to.equal('');
        expect(g.code()).not.to.include('s3cret');
        expect(g.code()).not.to.include('editor@');
        expect(g.code()).not.to.include('data.example.org');
        const input = g.root.querySelector<HTMLInputElement>(`[name="${field}"]`)!;
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        const described = input.getAttribute('aria-describedby') ?? '';
        const message = described ? g.root.querySelector(`#${CSS.escape(described)}`) : null;
        expect(message, 'the message tied to the field').not.to.equal(null);
        expect(message!.textContent).to.include('password');
        expect(message!.textContent).not.to.include('s3cret');
        expect((message as HTMLElement).getClientRects().length, 'shown').to.be.greaterThan(0);
        g.choose(field, 'https://data.example.org/story.json');
        await waitFor(() => input.getAttribute('aria-invalid') !== 'true', 'the field valid once corrected');
        // Where the snippet carries this address (src: every kind; the article link: the script snippet's fallback), it is back.
        if (field === 'src' || kind === 'script')
          await waitFor(() => g.code().includes('data.example.org'), 'the corrected address in the snippet');
        g.done();
      });
    }
  }
});
