import { expect } from '@open-wc/testing';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { shadowText, waitFor } from './embed-helpers.js';

type FrameWindow = Window & { __drwViolations: string[]; trustedTypes?: unknown };

describe('a host page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every widget and draws the chart, with no CSP violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 900px; border: 0';
    frame.src = '/tests/embed/fixtures/strict-csp.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as FrameWindow;
    const doc = frame.contentDocument!;
    // The policy really is in force: an inline script would be blocked.
    const header = (await fetch(frame.src)).headers.get('content-security-policy') ?? '';
    expect(header)
      .to.include("script-src 'self'")
      .and.include("style-src 'self'")
      .and.include("require-trusted-types-for 'script'");
    expect(header).not.to.include('unsafe-inline');
    expect(header).not.to.include('unsafe-eval');

    await waitFor(() => !!win.customElements.get('dprk-russia-tally'), 'the bundle to define the elements');
    // (The test server adds its own external <script> to the page; only our elements are counted.)
    const widgets = [...doc.body.children].filter((e) => e.localName.includes('-')) as (HTMLElement & {
      updateComplete: Promise<unknown>;
    })[];
    expect(widgets.length).to.equal(5);
    for (const el of widgets) {
      await el.updateComplete;
      expect(shadowText(el).length, el.localName).to.be.greaterThan(80);
    }
    const tally = doc.querySelector('dprk-russia-tally') as DprkRussiaTally;
    // The bars' lengths are SVG width attributes, not style attributes: drawn under style-src 'self'.
    const bars = [...tally.shadowRoot!.querySelectorAll('[part="bar"]')].map((b) => b.getBoundingClientRect().width);
    expect(bars).to.have.length(4);
    expect(bars[3] / bars[0]).to.be.closeTo(4 / 11, 0.01);
    // Lit's styles are adopted stylesheets: the card is styled even though inline <style> is forbidden.
    const card = tally.shadowRoot!.querySelector('.card')!;
    expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
    // One more frame for any late violation report to arrive.
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    expect(win.__drwViolations).to.deep.equal([]);
    frame.remove();
  });

  it('reports violations (the check above can fail)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/embed/fixtures/strict-csp.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as FrameWindow;
    const style = frame.contentDocument!.createElement('style');
    style.textContent = 'body { color: red }';
    frame.contentDocument!.head.append(style);
    await waitFor(() => win.__drwViolations.length > 0, 'a violation for an inline <style>');
    expect(win.__drwViolations.join(' ')).to.include('style-src');
    frame.remove();
  });
});
