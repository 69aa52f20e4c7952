// Every snippet of the README and of the docs it links (docs/*.md), as written
// there, against the built dist/ on a plain static host on another origin (the
// docs' example host swapped for ours). Nothing here is compiled by the test server.
import { expect } from '@open-wc/testing';
import { bundledStory } from '../../src/data/story.js';
import { WIDGETS, isWidgetTag } from '../../src/widgets.js';
import { toLang } from '../../src/i18n/i18n.js';
import { BASE, README_BASE, inFrame, paste, renderedHeading, tagsIn, waitFor } from './dist-helpers.js';
import { reservedHeight } from '../../src/embed/host/reserve.js';
import { bothLanguages } from '../helpers.js';

await bothLanguages();

const readmeText = await (await fetch('/README.md')).text();
/** The pages of docs/ the README links, each fetched as served (a broken link fails below). */
const docLinks = [...new Set([...readmeText.matchAll(/\]\((docs\/[\w-]+\.md)(?:#[\w-]*)?\)/g)].map((m) => m[1]))];
const docs = await Promise.all(docLinks.map(async (path) => ({ path, response: await fetch(`/${path}`) })));
const readme = [readmeText, ...(await Promise.all(docs.map(({ response }) => (response.ok ? response.text() : ''))))].join('\n');
/** Each snippet once: the README's three embeds are repeated in docs/embedding.md. */
const blocks = [...new Set([...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1].trim()))];
const hosted = blocks.filter((b) => b.includes(README_BASE));
const pkg = (await (await fetch('/package.json')).json()) as { name: string; version: string };

/** The heading the registry gives a widget (what a reader sees on top of the card). */
const title = (tag: string, lang: string) => WIDGETS.find((w) => w.tag === tag)!.title(bundledStory, toLang(lang) ?? 'it');

describe('README and docs snippets, pasted into a plain page, against dist/ on a static host', function () {
  this.timeout(30_000);

  it('reads the docs the README links for embedders, and each is there', () => {
    for (const page of ['docs/embedding.md', 'docs/editors.md', 'docs/security.md', 'docs/architecture.md']) expect(docLinks, page).to.include(page);
    for (const { path, response } of docs) expect(response.status, path).to.equal(200);
  });

  it('keeps the README short (under 12 KB) and to the three embeds: one script, one widget’s own entry, the iframe', () => {
    expect(new Blob([readmeText]).size, 'README.md bytes').to.be.below(12 * 1024);
    const own = [...readmeText.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1].trim());
    expect(own).to.have.length(3);
    expect(own[0]).to.include('/dprk-russia-widgets.js"');
    expect(own[1]).to.include('/ceasefire-status.js"');
    expect(own[2]).to.include('<iframe');
  });

  it('has snippets for the script tag, one widget, the iframe and the reserve CSS', () => {
    expect(hosted.some((b) => b.includes('/dprk-russia-widgets.js"'))).to.equal(true);
    expect(hosted.some((b) => b.includes('/ceasefire-status.js"'))).to.equal(true);
    expect(hosted.some((b) => b.includes('<iframe'))).to.equal(true);
    expect(hosted.some((b) => b.includes('reserve.css'))).to.equal(true);
  });

  for (const block of hosted) {
    const snippet = block.replaceAll(README_BASE, BASE);
    const label = block.split('\n')[0].slice(0, 90);
    it(`works as written: ${label}`, async () => {
      const { frame, doc, win } = await paste(snippet);
      try {
        const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src);
        for (const src of scripts) expect(src.startsWith(BASE), `${src} comes from the hosted dist/`).to.equal(true);
        // Custom elements: each renders its card, with the heading the registry gives it.
        for (const tag of tagsIn(snippet).filter(isWidgetTag)) {
          for (const el of doc.querySelectorAll(tag)) {
            expect(await renderedHeading(el), `<${tag}> heading`).to.equal(title(tag, el.getAttribute('lang') ?? 'it'));
            expect(win.customElements.get(tag), `${tag} defined in the page`).to.be.a('function');
          }
        }
        // A script for one widget defines only that one.
        const single = scripts.map((s) => /\/([a-z-]+)\.js$/.exec(s)?.[1]).find((name) => name && isWidgetTag(name));
        if (single) {
          for (const { tag } of WIDGETS.filter((w) => w.tag !== single)) expect(win.customElements.get(tag), `${tag} not defined`).to.equal(undefined);
        }
        // iframes: the embed page renders the widget its URL names, and the resizer fits the frame to it.
        for (const iframe of doc.querySelectorAll('iframe')) {
          const url = new URL(iframe.src);
          const tag = url.searchParams.get('el')!;
          const written = `${/height:(\d+)px/.exec(snippet)![1]}px`;
          const heading = await inFrame<string>(url.href, `document.querySelector('${tag}')?.shadowRoot?.querySelector('#title')?.textContent?.trim()`);
          expect(heading).to.equal(title(tag, url.searchParams.get('lang') ?? 'it'));
          await waitFor(() => iframe.style.height !== written, 'the resizer to fit the iframe', 8000);
          const inner = await inFrame<number>(url.href, `Math.ceil(document.querySelector('#embed-root').getBoundingClientRect().height)`);
          expect(Math.abs(parseFloat(iframe.style.height) - inner), 'iframe height vs its content').to.be.at.most(2);
        }
        // The reserve CSS holds each widget's registered space before any script runs.
        if (snippet.includes('reserve.css')) {
          await waitFor(() => doc.styleSheets.length > 0, 'reserve.css');
          for (const { tag } of WIDGETS) {
            const probe = doc.createElement(tag);
            doc.body.append(probe);
            const { width, height } = probe.getBoundingClientRect();
            expect(height, tag).to.equal(reservedHeight(tag, probe.matches(':lang(en)') ? 'en' : 'it', width));
            probe.remove();
          }
        }
      } finally {
        frame.remove();
      }
    });
  }

  it('serves module scripts with Lit in production mode', async () => {
    for (const file of ['dprk-russia-widgets.js', 'embed/embed-page.js', 'demo/generator.js']) {
      const text = await (await fetch(new URL(file, BASE))).text();
      expect(text.length, file).to.be.greaterThan(100);
      expect(text, file).not.to.include('Lit is in dev mode');
    }
  });

  it('pins the npm CDN snippet to this package’s version', () => {
    const cdn = [...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/([^/"]+)\//g)].map((m) => m[1]);
    expect(cdn.length).to.be.greaterThan(0);
    for (const spec of cdn) expect(spec).to.equal(`${pkg.name}@${pkg.version}`);
  });
});
