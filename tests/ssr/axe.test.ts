// axe on pre-rendered markup, before any widget is defined on this page, then
// after the widgets' script has upgraded it. (Nothing imports the widgets
// before the last test: the order of the tests matters here.)
import { expect } from '@open-wc/testing';
import { scrollThrough } from '../scroll-through.js';
import { WIDGETS } from '../../src/widgets.js';
import { stylesheetsLoaded, waitFor } from './ssr-helpers.js';

const CASES = WIDGETS.flatMap(({ tag }) => [
  { tag, lang: 'en', theme: 'light' },
  { tag, lang: 'it', theme: 'dark' },
]);
const hosts: HTMLElement[] = [];

describe('axe: pre-rendered widgets, before and after the upgrade', function () {
  this.timeout(30_000);

  for (const { tag, lang, theme } of CASES) {
    it(`<${tag} lang="${lang}" theme="${theme}"> pre-rendered, no script: no axe violations`, async () => {
      const query = new URLSearchParams({ tag, lang, theme, assets: '/__ssr/' });
      const { html } = (await (await fetch(`/__ssr/render?${query}`)).json()) as { html: string };
      const box = document.createElement('div');
      box.setHTMLUnsafe(html);
      document.body.append(box);
      const el = box.firstElementChild as HTMLElement;
      expect(el.shadowRoot, 'declarative shadow root').to.not.equal(null);
      expect(customElements.get(tag)).to.equal(undefined);
      await stylesheetsLoaded(box);
      await Promise.all(document.getAnimations().map((animation) => animation.finished));
      await expect(el).to.be.accessible();
      hosts.push(el);
    });
  }

  it('after the upgrade, every one of them: no axe violations', async function () {
    // Twelve axe runs, each after its widget upgrades (far ones when the page is idle): slow on a loaded machine.
    this.timeout(90_000);
    await import('../../src/index.js');
    for (const el of hosts) {
      await waitFor(
        () => (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated === true,
        `<${el.localName}> to upgrade`,
      );
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      // As a reader scrolling to it sees it (a card away from the viewport is laid out when near).
      await scrollThrough(el);
      await expect(el).to.be.accessible();
    }
    expect(hosts.length).to.equal(CASES.length);
  });
});
