import { expect } from '@open-wc/testing';
import { isResizeMessage } from '../../src/embed/protocol.js';
import '../../src/index.js';
import { widget } from '../../src/widgets.js';
import { load, nextEvent, post, poster, waitFor } from './embed-helpers.js';

// The built parent-side script, as a host page loads it.
await load('/dist/embed/iframe-resizer.js');

function frame(src: string, attrs: Record<string, string> = {}): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.style.cssText = 'display: block; width: 700px; height: 150px; border: 0';
  for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
  f.src = src;
  document.body.append(f);
  return f;
}

describe('iframe embed (demo/embed.html + dist/embed/iframe-resizer.js)', () => {
  it('grows and shrinks the iframe with the widget inside', async () => {
    const f = frame('/dist/embed.html?el=dprk-russia-tally&lang=en&theme=dark&id=t1', { 'data-drw-id': 't1' });
    await nextEvent(f, 'load');
    const inner = () => f.contentDocument!.querySelector('#embed-root')!.getBoundingClientRect().height;
    await waitFor(
      () => inner() > 300 && Math.abs(f.getBoundingClientRect().height - Math.ceil(inner())) < 1,
      'the iframe to fit the widget',
    );
    const el = f.contentDocument!.querySelector('dprk-russia-tally')!;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.getAttribute('theme')).to.equal('dark');
    const wide = f.getBoundingClientRect().height;
    f.style.width = '320px';
    await waitFor(
      () =>
        f.getBoundingClientRect().height > wide && Math.abs(f.getBoundingClientRect().height - Math.ceil(inner())) < 1,
      'the iframe to follow a taller widget',
    );
    f.style.width = '700px';
    await waitFor(() => Math.abs(f.getBoundingClientRect().height - wide) < 1, 'the iframe to shrink back');
    f.remove();
  });

  it('fits the whole story: in a frame every card is laid out at once, so the height it reports is the story’s', async () => {
    const f = frame('/dist/embed.html?el=dprk-russia-story&lang=en&theme=light&id=t9', { 'data-drw-id': 't9' });
    await nextEvent(f, 'load');
    const doc = f.contentDocument!;
    const story = () =>
      doc.querySelector('dprk-russia-story') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    await waitFor(
      () => !!story()?.shadowRoot?.querySelector('.cards > *:last-child')?.shadowRoot?.querySelector('.card'),
      'the story and its cards',
    );
    const real = () => Math.ceil(doc.querySelector('#embed-root')!.getBoundingClientRect().height);
    await waitFor(() => Math.abs(f.getBoundingClientRect().height - real()) < 1, 'the iframe to fit the story');
    // Every card laid out (none holding a placeholder far taller than itself), its text inside its box.
    for (const card of story()!.shadowRoot!.querySelectorAll('.cards > *')) {
      const contents = card.shadowRoot!.querySelector('.contents')!;
      expect(contents.classList.contains('lazy'), card.localName).to.equal(false);
    }
    const height = f.getBoundingClientRect().height;
    expect(height).to.be.below(widget('dprk-russia-story').maxPx);
    f.remove();
  });

  it('shows a visible notice and the default for an element or value it does not know', async () => {
    const f = frame('/dist/embed.html?el=evil-widget&lang=xx&theme=neon&id=t2');
    await nextEvent(f, 'load');
    const doc = f.contentDocument!;
    await waitFor(() => !!doc.querySelector('dprk-russia-tally'), 'the default element');
    const notices = [...doc.querySelectorAll('.embed-notice')].map((n) => n.textContent);
    expect(notices.join(' '))
      .to.include('“el”')
      .and.include('“lang”')
      .and.include('“theme”')
      .and.not.include('evil-widget');
    expect(doc.querySelector('evil-widget')).to.equal(null);
    expect(doc.documentElement.lang).to.equal('it');
    f.remove();
  });

  it('resizes an opted-in iframe on a well-formed message from its own origin', async () => {
    const f = await poster({ 'data-drw-id': '' });
    await post(f, { type: 'drw:resize', id: '', height: 321 });
    expect(f.getBoundingClientRect().height).to.equal(321);
    f.remove();
  });

  it('ignores messages of the wrong shape', async () => {
    const f = await poster({ 'data-drw-id': '' });
    for (const bad of [
      { type: 'drw:resize', id: '', height: '999' },
      { type: 'drw:resize', id: '', height: 1e9 },
      { type: 'drw:resize', height: 400 },
      { type: 'resize', id: '', height: 400 },
      'drw:resize 400',
    ]) {
      expect(isResizeMessage(bad)).to.equal(false);
      await post(f, bad);
      expect(f.getBoundingClientRect().height, JSON.stringify(bad)).to.equal(150);
    }
    f.remove();
  });

  it('ignores a message for another iframe’s id', async () => {
    const f = await poster({ 'data-drw-id': 'mine' });
    await post(f, { type: 'drw:resize', id: 'theirs', height: 400 });
    expect(f.getBoundingClientRect().height).to.equal(150);
    await post(f, { type: 'drw:resize', id: 'mine', height: 400 });
    expect(f.getBoundingClientRect().height).to.equal(400);
    f.remove();
  });

  it('ignores a message from an origin other than the iframe’s src', async () => {
    // Sandboxed without allow-same-origin: the same page, but its messages come from an opaque origin.
    const f = await poster({ 'data-drw-id': '', sandbox: 'allow-scripts' });
    await post(f, { type: 'drw:resize', id: '', height: 400 });
    expect(f.getBoundingClientRect().height).to.equal(150);
    f.remove();
  });
});
