// The package as npm ships it: scripts/pack-check.mjs packed it, installed the
// tarball into a fresh project and bundled a consumer with Rollup; here that
// project is served statically and opened as a reader would.
import { expect } from '@open-wc/testing';
import { bundledStory } from '../../src/data/story.js';
import { WIDGETS } from '../../src/widgets.js';
import { NPM_APP, inFrame } from './dist-helpers.js';
import { bothLanguages } from '../helpers.js';

await bothLanguages();

const title = (tag: string, lang: 'it' | 'en') => WIDGETS.find((w) => w.tag === tag)!.title(bundledStory, lang);

async function open(page: string): Promise<{ url: string; done: () => void }> {
  if (!NPM_APP) throw new Error('No packed app: run `node scripts/pack-check.mjs` (npm test does) before the browser tests.');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;top:0;left:0;width:800px;height:900px;border:0';
  frame.src = `${NPM_APP}${page}`;
  document.body.append(frame);
  return { url: frame.src, done: () => frame.remove() };
}

const heading = (tag: string) => `document.querySelector('${tag}')?.shadowRoot?.querySelector('#title')?.textContent?.trim()`;

describe('the packed tarball, installed in a fresh project', function () {
  this.timeout(30_000);

  it('renders one widget bundled with Rollup from `import "…/dprk-russia-tally.js"`, its chart included, and defines no other', async () => {
    const { url, done } = await open('one.html');
    expect(await inFrame<string>(url, heading('dprk-russia-tally'))).to.equal(title('dprk-russia-tally', 'en'));
    // The chart's bars, drawn in the card's own markup.
    expect(await inFrame<boolean>(url, `[...document.querySelector('dprk-russia-tally').shadowRoot.querySelectorAll('[part="bar"]')].filter((b) => b.getBoundingClientRect().width > 0).length === 4 || null`, 15_000)).to.equal(true);
    const others = await inFrame<string[]>(url, `${JSON.stringify(WIDGETS.map((w) => w.tag))}.filter((t) => t !== 'dprk-russia-tally' && customElements.get(t))`);
    expect(others).to.deep.equal([]);
    done();
  });

  it('renders the whole story bundled from `import "dprk-russia-widgets"`, with the version stamped', async () => {
    const { url, done } = await open('all.html');
    expect(await inFrame<string>(url, heading('dprk-russia-story'))).to.equal(title('dprk-russia-story', 'it'));
    const cards = await inFrame<number>(url, `document.querySelector('dprk-russia-story').shadowRoot.querySelectorAll('.cards > *').length`);
    expect(cards).to.equal(WIDGETS.filter((w) => w.story).length);
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(await inFrame<string>(url, 'document.documentElement.dataset.version')).to.equal(pkg.version);
    done();
  });

  it('runs as plain ESM straight from node_modules, with no bundler and no import map', async () => {
    const { url, done } = await open('esm.html');
    expect(await inFrame<string>(url, heading('dprk-russia-tally'))).to.equal(title('dprk-russia-tally', 'en'));
    done();
  });
});
