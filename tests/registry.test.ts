// One registry of widgets (src/widgets.ts): everything that lists widgets follows it.
// A widget added to the registry but missing anywhere below (or left behind
// somewhere after it was removed) fails here.
import { expect, html } from '@open-wc/testing';
import { unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { bundledStory } from '../src/data/story.js';
import { fallback, toDom } from '../src/embed/authoring/snippet.js';
import { mountGenerator } from '../src/embed/authoring/generator.js';
import { RESERVE_STEPS, reserveCss } from '../src/embed/host/reserve.js';
import { STORY_CARDS, WIDGETS } from '../src/widgets.js';
import type { StoryElement } from '../src/base/story-element.js';
import { bothLanguages, fixture } from './helpers.js';

// This file reads the bundled story's words itself: both languages' text first (a page loads only those its widgets show).
await bothLanguages();

type Entry = { types: string; default: string };
const tags = WIDGETS.map((w) => w.tag);
/** Files the registry derives are written by one command only; a drift names it. */
const SYNC = 'out of step with src/widgets.ts: run `npm run sync`';
const sources = async (): Promise<{ file: string; text: string }[]> => (await fetch('/__sec/src-files')).json();
const exists = async (path: string) => (await fetch(`/${path.replace(/^\.\//, '')}`, { method: 'HEAD' })).ok;

describe('the widget registry (src/widgets.ts) is the one list', () => {
  let files: { file: string; text: string }[];
  let pkg: { exports: Record<string, string | Entry>; sideEffects: string[] };
  before(async () => {
    files = await sources();
    pkg = await (await fetch('/package.json')).json();
  });

  it('has a folder with a class and a registration module for each widget, and no folder without an entry', () => {
    const folders = new Set(files.map((f) => /^src\/elements\/([^/]+)\//.exec(f.file)?.[1]).filter(Boolean));
    expect([...folders].sort()).to.deep.equal([...tags].sort());
    for (const tag of tags) {
      const define = files.find((f) => f.file === `src/elements/${tag}/define.ts`);
      expect(define, `src/elements/${tag}/define.ts`).to.not.equal(undefined);
      expect(define!.text, `${tag}/define.ts registers its own tag`).to.include(`defineElement('${tag}', `);
      expect(
        files.some((f) => f.file === `src/elements/${tag}/${tag}.ts`),
        `src/elements/${tag}/${tag}.ts`,
      ).to.equal(true);
    }
  });

  it('defines every widget, in order, from the all-in-one module the build writes', () => {
    const index = files.find((f) => f.file === 'src/elements/index.ts')!.text;
    const listed = [...index.matchAll(/export \* from '\.\/([^/]+)\/define\.js';/g)].map((m) => m[1]);
    expect(listed, `src/elements/index.ts ${SYNC}`).to.deep.equal(tags);
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('gives package.json one export per widget, its types and file built, and marks it as a side effect', async () => {
    const perWidget = Object.keys(pkg.exports).filter((key) => /^\.\/[a-z-]+\.js$/.test(key));
    expect(perWidget.sort(), `package.json ${SYNC}`).to.deep.equal(tags.map((tag) => `./${tag}.js`).sort());
    for (const tag of tags) {
      const entry = pkg.exports[`./${tag}.js`] as Entry;
      expect(await exists(entry.default), entry.default).to.equal(true);
      expect(await exists(entry.types), entry.types).to.equal(true);
      expect(pkg.sideEffects, `package.json ${SYNC}`).to.include(entry.default);
      expect(pkg.sideEffects, `package.json ${SYNC}`).to.include(`./src/elements/${tag}/define.ts`);
    }
  });

  it('has every widget’s height measured in both languages, and no other’s (else its reserve is a guess)', () => {
    expect(Object.keys(RESERVE_STEPS).sort(), `src/embed/host/heights.json ${SYNC}`).to.deep.equal([...tags].sort());
    for (const tag of tags)
      for (const lang of ['it', 'en'] as const)
        expect(RESERVE_STEPS[tag][lang]?.length, `${tag} ${lang}: ${SYNC}`).to.be.greaterThan(0);
  });

  it('holds each widget’s registered space in dist/reserve.css', async () => {
    const css = await (await fetch('/dist/reserve.css')).text();
    expect(css).to.include(reserveCss());
    for (const w of WIDGETS) expect(css).to.include(`${w.tag}{display:flow-root;container:drw-reserve/inline-size}`);
  });

  it('holds each widget’s space in its own dist/reserve/<tag>.css too, and no other widget’s', async () => {
    for (const { tag } of WIDGETS) {
      const css = await (await fetch(`/dist/reserve/${tag}.css`)).text();
      expect(css, tag).to.include(reserveCss([tag]));
      for (const other of tags)
        if (other !== tag) expect(css, `${tag}: ${other}`).not.to.match(new RegExp(`(^|[^-\\w])${other}[:{]`));
    }
  });

  it('composes the story from the cards the registry marks for it, in its order and columns', async () => {
    const story = await fixture<StoryElement>(html`<dprk-russia-story lang="en"></dprk-russia-story>`);
    const cards = [...story.shadowRoot!.querySelectorAll('.cards > *')];
    expect(cards.map((c) => c.localName)).to.deep.equal(STORY_CARDS.map((w) => w.tag));
    expect(cards.map((c) => c.classList.contains('wide'))).to.deep.equal(STORY_CARDS.map((w) => w.story === 'wide'));
  });

  it('lists every widget in the generator', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const unmount = mountGenerator(root, { base: new URL('/dist/', location.href).href });
    const options = [...root.querySelectorAll<HTMLOptionElement>('select[name="el"] option')].map((o) => o.value);
    unmount();
    root.remove();
    expect(options).to.deep.equal(tags);
  });

  for (const { tag } of WIDGETS) {
    it(`gives <${tag}>’s no-JavaScript fallback the heading the card shows, in both languages`, async () => {
      for (const lang of ['it', 'en'] as const) {
        const el = await fixture<StoryElement>(html`${unsafeStatic(`<${tag} lang="${lang}"></${tag}>`)}`);
        const heading = el.shadowRoot!.querySelector('#title, .title')!.textContent!.trim();
        const first = toDom(fallback(bundledStory, { tag, lang, theme: 'auto' }))[0] as HTMLElement;
        expect(first.textContent!.trim(), `${tag} ${lang}`).to.equal(heading);
      }
    });
  }
});
