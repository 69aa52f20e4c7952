// The demo site as built into dist/demo/, on a plain static host on another
// origin under a sub-path: its pages render, and every snippet its generator
// writes works when pasted into a plain page.
import { expect } from '@open-wc/testing';
import { bundledStory } from '../../src/data/story.js';
import { DEFAULT_TAG, WIDGETS } from '../../src/widgets.js';
import { BASE, inFrame, paste, renderedHeading, waitFor } from './dist-helpers.js';
import { bothLanguages } from '../helpers.js';

await bothLanguages();

const DEMO = `${BASE}demo/index.html`;

async function openDemo(url: string, width = 1000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display:block;width:${width}px;height:800px;border:0`;
  frame.src = url;
  document.body.append(frame);
  return frame;
}

/** Sets a generator field inside the (cross-origin) demo page the way an editor would, and returns the new snippet. */
async function choose(name: string, value: string): Promise<string> {
  const before = await inFrame<string>(DEMO, `document.querySelector('.generator-code').value`);
  await inFrame(DEMO, `(() => {
    const radio = document.querySelector('[name="${name}"][type="radio"][value="${value}"]');
    const field = radio ?? document.querySelector('[name="${name}"]');
    if (radio) radio.checked = true; else field.value = ${JSON.stringify(value)};
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
  const start = performance.now();
  let code = before;
  // Some choices leave the snippet as it was (the default already chosen).
  while (code === before && performance.now() - start < 500) {
    await new Promise((r) => setTimeout(r, 50));
    code = await inFrame<string>(DEMO, `document.querySelector('.generator-code').value`);
  }
  return code;
}

describe('the demo site in dist/, on a static host under a sub-path', function () {
  this.timeout(60_000);

  it('renders the article page’s widgets and the story page', async () => {
    const page = await openDemo(DEMO);
    const tally = await inFrame<string>(DEMO, `document.querySelector('dprk-russia-tally')?.shadowRoot?.querySelector('#title')?.textContent?.trim()`);
    expect(tally).to.equal(WIDGETS[0].title(bundledStory, 'it'));
    page.remove();
    const story = await openDemo(`${BASE}demo/story.html`);
    // Read once the page has loaded: a pre-rendered page streams in, and its shadow root exists before its cards do.
    const cards = await inFrame<number>(
      `${BASE}demo/story.html`,
      `document.readyState === 'complete' ? document.querySelector('dprk-russia-story')?.shadowRoot?.querySelectorAll('.cards > *').length : null`,
    );
    expect(cards).to.equal(WIDGETS.filter((w) => w.story).length);
    story.remove();
  });

  describe('generator', () => {
    let page: HTMLIFrameElement;
    before(async () => {
      page = await openDemo(DEMO);
      // The generator starts when an editor comes near it: not before.
      await inFrame<boolean>(DEMO, `document.readyState === 'complete' || null`);
      await new Promise((r) => setTimeout(r, 300));
      expect(await inFrame<boolean>(DEMO, `document.querySelector('.generator-code') === null`)).to.equal(true);
      page.scrollIntoView();
      await inFrame<boolean>(DEMO, `(document.getElementById('embed-generator').scrollIntoView(), true)`);
      await inFrame<string>(DEMO, `document.querySelector('.generator-code')?.value`);
    });
    after(() => page.remove());

    it('writes URLs of the host and path it is served from, and says this loopback host works only here', async () => {
      const code = await inFrame<string>(DEMO, `document.querySelector('.generator-code').value`);
      const script = /<script type="module" src="([^"]+)"/.exec(code)![1];
      expect(script).to.equal(`${BASE}${DEFAULT_TAG}.js`);
      expect(code).not.to.include('localhost');
      const warnings = await inFrame<string>(DEMO, `document.querySelector('.generator-warnings')?.textContent`);
      expect(warnings).to.include('works only on this computer');
      expect(warnings).not.to.include('could not be loaded');
    });

    for (const kind of ['script', 'iframe', 'prerendered'] as const) {
      for (const { tag } of WIDGETS) {
        it(`${kind} snippet for <${tag}> works pasted into a plain page`, async () => {
          await choose('kind', kind);
          await choose('lang', 'en');
          let code = await choose('el', tag);
          // The pre-rendered snippet is the widget's markup, read from its pre-rendered page first.
          if (kind === 'prerendered') {
            code = await inFrame<string>(
              DEMO,
              `(() => { const c = document.querySelector('.generator-code').value; return c.includes('<${tag} lang="en"') && c.includes('shadowrootmode') ? c : null; })()`,
            );
          }
          // Back to the script kind: the generator's own preview iframe (same URL) leaves the page.
          if (kind === 'iframe') {
            await choose('kind', 'script');
            expect(await inFrame<boolean>(DEMO, `document.querySelector('.generator-preview iframe') === null || null`)).to.equal(true);
          }
          expect(code).to.include(tag);
          expect(code).not.to.match(/[\r\n]/);
          const { frame, doc, win } = await paste(code);
          try {
            if (kind === 'prerendered') {
              const el = doc.querySelector(tag)!;
              // Readable as parsed, before the script: the shadow root came with the markup.
              expect(el.shadowRoot?.querySelector('#title')?.textContent?.trim()).to.equal(WIDGETS.find((w) => w.tag === tag)!.title(bundledStory, 'en'));
              await waitFor(() => !!win.customElements.get(tag) && (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated === true, 'the script to upgrade it', 10_000);
              expect(el.shadowRoot!.querySelectorAll('#title').length).to.equal(1);
            } else if (kind === 'script') {
              const el = doc.querySelector(tag)!;
              expect(await renderedHeading(el, 10_000)).to.equal(WIDGETS.find((w) => w.tag === tag)!.title(bundledStory, 'en'));
              // Beside the widget's own entry the snippet preloads the shared core, the English text and, with a chart
              // at the top, the chart chunk, and links the widget's own reserve: files the host serves.
              expect(doc.querySelector('script[type="module"]')!.getAttribute('src')).to.equal(`${BASE}${tag}.js`);
              const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href);
              expect(preloads.length, 'preloads: the core chunk and the language\'s text').to.equal(2);
              expect(preloads.filter((href) => /\/chunks\/core-[^/]+\.js$/.test(href)).length, 'core preloaded').to.equal(1);
              expect(preloads.filter((href) => /\/chunks\/text-en-[^/]+\.js$/.test(href)).length, 'English text preloaded').to.equal(1);
              const reserve = doc.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
              expect(reserve.href).to.equal(`${BASE}reserve/${tag}.css`);
              for (const href of [...preloads, reserve.href]) expect((await fetch(href)).ok, href).to.equal(true);
            } else {
              const iframe = doc.querySelector('iframe')!;
              // The page the build pre-rendered for this widget (src/ssr/pages.ts).
              expect(iframe.src.startsWith(`${BASE}embed/${tag}.en.auto.html?`), iframe.src).to.equal(true);
              const heading = await inFrame<string>(iframe.src, `document.querySelector('${tag}')?.shadowRoot?.querySelector('#title')?.textContent?.trim()`, 10_000);
              expect(heading).to.equal(WIDGETS.find((w) => w.tag === tag)!.title(bundledStory, 'en'));
              // Fitted by the resizer: the frame's viewport is its card's height (the snippet's written height may
              // already be right to the pixel, so a change of it proves nothing), with no scroll and no blank band.
              const fitted = `(() => { const root = document.querySelector('#embed-root'); if (!root) return null;
                return Math.abs(document.documentElement.clientHeight - root.getBoundingClientRect().bottom) <= 4 || null; })()`;
              expect(await inFrame<boolean>(iframe.src, fitted, 10_000), 'the iframe fitted to its card').to.equal(true);
            }
          } finally {
            frame.remove();
          }
        });
      }
    }
  });
});
