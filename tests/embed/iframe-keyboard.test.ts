import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nextEvent, waitFor } from './embed-helpers.js';

/** What has the keyboard focus, looking into the frame and the widget's shadow root. */
function focused(f: HTMLIFrameElement): { inFrame: boolean; el: Element | null } {
  if (document.activeElement !== f) return { inFrame: false, el: document.activeElement };
  const doc = f.contentDocument!;
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return { inFrame: true, el };
}

/** Whether the focused element shows a ring a sighted keyboard user sees. */
function ringShown(el: Element): boolean {
  const style = getComputedStyle(el);
  return el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
}

const pages = [
  // Cards with nothing to operate, from a pre-rendered page and from embed.html.
  ['dprk-russia-arms', '/dist/embed/dprk-russia-arms.en.light.html?id=k1'],
  ['dprk-russia-timeline', '/dist/embed.html?el=dprk-russia-timeline&lang=it&theme=dark&id=k2'],
  // A card with controls: Tab goes straight to the first of them.
  ['dprk-russia-tally', '/dist/embed/dprk-russia-tally.en.light.html?id=k3'],
] as const;

describe('iframe embed, by keyboard: Tab never lands where nothing on screen changes', () => {
  for (const [tag, url] of pages) {
    it(`${url}: Tab into the frame focuses something visible, and goes on out of it`, async () => {
      const before = Object.assign(document.createElement('button'), { textContent: 'before' });
      const after = Object.assign(document.createElement('button'), { textContent: 'after' });
      const f = document.createElement('iframe');
      f.src = url;
      f.style.cssText = 'display: block; width: 600px; height: 500px; border: 0';
      document.body.append(before, f, after);
      try {
        await nextEvent(f, 'load');
        // Upgraded by the page's script (a pre-rendered card is on screen before it runs).
        const win = f.contentWindow as Window & typeof globalThis;
        await waitFor(() => !!win.customElements.get(tag), 'the page’s script');
        const card = () => f.contentDocument!.querySelector(tag) as (HTMLElement & { hasUpdated: boolean }) | null;
        await waitFor(() => !!card()?.hasUpdated, 'the card’s first render');
        before.focus();
        await sendKeys({ press: 'Tab' });
        const first = focused(f);
        expect(first.inFrame, 'Tab moved into the frame').to.equal(true);
        const body = f.contentDocument!.body;
        expect(first.el, 'the frame’s body').to.not.equal(body);
        expect(first.el, 'the frame’s document').to.not.equal(f.contentDocument!.documentElement);
        expect(
          ringShown(first.el!),
          `${first.el?.localName}.${(first.el as HTMLElement)?.className}: a visible ring`,
        ).to.equal(true);
        // A card with nothing to operate: its box. (With controls, Chromium goes to the first of them;
        // Firefox stops on the frame's document first, which is then the box, and goes on to them.)
        if (tag !== 'dprk-russia-tally') expect((first.el as HTMLElement).id).to.equal('embed-root');
        // Never a trap: Tab goes on, through whatever the card has, to what follows the frame.
        // Inside the widget's shadow root (the frame's own realm: no instanceof across windows).
        const inCard = (el: Element) => el.getRootNode() !== el.ownerDocument;
        let controls = inCard(first.el!) ? 1 : 0;
        for (let i = 0; i < 8 && document.activeElement !== after; i++) {
          await sendKeys({ press: 'Tab' });
          const now = focused(f);
          if (now.inFrame) expect(now.el, 'the frame’s body').to.not.equal(body);
          if (now.inFrame && inCard(now.el!)) controls++;
        }
        expect(document.activeElement).to.equal(after);
        // The card's controls stay reachable.
        if (tag === 'dprk-russia-tally') expect(controls).to.be.greaterThan(0);
        else expect(controls).to.equal(0);
      } finally {
        before.remove();
        after.remove();
        f.remove();
      }
    });
  }
});
