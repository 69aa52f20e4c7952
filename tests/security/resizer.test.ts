import { expect } from '@open-wc/testing';
import { nextEvent, post, poster, received, waitFor } from '../embed/embed-helpers.js';

/** The parent-side script as a host page loads it, loaded only when a test says so (for the late-load case). */
const RESIZER = '/dist/embed/iframe-resizer.js';
const installed = () => import(/* @vite-ignore */ RESIZER);

const height = (f: HTMLIFrameElement) => f.getBoundingClientRect().height;

function frame(attrs: Record<string, string>): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.style.cssText = 'display: block; width: 300px; height: 150px; border: 0';
  for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
  return f;
}

const resize = (id: string, h: number) => ({ type: 'drw:resize', id, height: h });

describe('the resizer acts only on our iframes', function () {
  this.timeout(20_000);

  it('fits an embed page that loaded before the resizer script (handshake)', async () => {
    const f = frame({ src: '/dist/embed.html?el=dprk-russia-tally&lang=en&id=late', 'data-drw-id': 'late' });
    f.style.width = '640px';
    document.body.append(f);
    await nextEvent(f, 'load');
    const inner = () => f.contentDocument!.querySelector('#embed-root')!.getBoundingClientRect().height;
    await waitFor(() => inner() > 300, 'the widget inside');
    await new Promise((r) => setTimeout(r, 300)); // its reports went out with no resizer to hear them
    expect(height(f)).to.equal(150);
    await installed();
    await waitFor(() => Math.abs(height(f) - Math.ceil(inner())) < 1, 'the iframe to fit after the handshake');
    f.remove();
  });

  it('ignores a third-party frame (no data-drw-id, not our embed page) posting a well-formed resize', async () => {
    await installed();
    const f = await poster();
    await post(f, resize('', 20_000));
    expect(height(f)).to.equal(150);
    f.remove();
  });

  it('ignores a srcdoc frame, which shares the host page’s origin', async () => {
    await installed();
    const f = frame({
      'data-drw-id': 'x',
      srcdoc: `<script>parent.postMessage(${JSON.stringify(resize('x', 999))}, '*')</script>`,
    });
    const arrived = received(f, (d) => JSON.stringify(d) === JSON.stringify(resize('x', 999)));
    document.body.append(f);
    await arrived;
    expect(height(f)).to.equal(150);
    f.remove();
  });

  it('ignores data: and sandboxed frames (origin "null")', async () => {
    await installed();
    const html = `<script>parent.postMessage(${JSON.stringify(resize('y', 999))}, '*')</script>`;
    const data = frame({ 'data-drw-id': 'y', src: `data:text/html,${encodeURIComponent(html)}` });
    const arrived = received(data, (d) => JSON.stringify(d) === JSON.stringify(resize('y', 999)));
    document.body.append(data);
    await arrived;
    expect(height(data)).to.equal(150);
    data.remove();
    const sandboxed = await poster({ 'data-drw-id': '', sandbox: 'allow-scripts' });
    await post(sandboxed, resize('', 400));
    expect(height(sandboxed)).to.equal(150);
    sandboxed.remove();
  });

  it('clamps what an opted-in frame asks for, and refuses absurd values', async () => {
    await installed();
    const f = await poster({ 'data-drw-id': 'ok' });
    await post(f, resize('ok', 5));
    expect(height(f)).to.equal(40);
    await post(f, resize('ok', 20_000));
    expect(height(f)).to.equal(20_000);
    for (const bad of [1e9, Infinity, -1]) {
      await post(f, { type: 'drw:resize', id: 'ok', height: bad });
      expect(height(f), String(bad)).to.equal(20_000);
    }
    await post(f, resize('ok', 321));
    expect(height(f)).to.equal(321);
    f.remove();
  });
});

describe('the resizer adopts a frame only on the publisher’s opt-in (data-drw-id)', function () {
  this.timeout(20_000);

  /** Someone else's frame whose path ends in /embed.html, loaded, with every message it hears reported back. */
  async function thirdParty(attrs: Record<string, string> = {}): Promise<{ f: HTMLIFrameElement; heard: unknown[] }> {
    const f = frame({ ...attrs, src: '/__client/third-party/embed.html' });
    const heard: unknown[] = [];
    const on = (e: MessageEvent) => {
      if (e.source === f.contentWindow && e.data && typeof e.data === 'object' && 'heard' in e.data)
        heard.push(e.data.heard);
    };
    addEventListener('message', on);
    const ready = received(f, (d) => !!d && typeof d === 'object' && 'posterReady' in d);
    document.body.append(f);
    await ready;
    return { f, heard };
  }

  it('neither greets nor grows a frame from elsewhere whose path ends in /embed.html', async () => {
    const { f, heard } = await thirdParty();
    const { installIframeResizer } = await import('../../src/embed/host/resizer.js');
    // A resizer starting now greets every frame it adopts.
    const stop = installIframeResizer(window);
    await new Promise((r) => setTimeout(r, 300));
    expect(heard, 'messages the frame received').to.deep.equal([]);
    await post(f, resize('', 20_000));
    expect(height(f)).to.equal(150);
    stop();
    f.remove();
  });

  it('greets and fits the same frame once the publisher marks it with data-drw-id', async () => {
    const { f, heard } = await thirdParty({ 'data-drw-id': 'mine' });
    const { installIframeResizer } = await import('../../src/embed/host/resizer.js');
    const stop = installIframeResizer(window);
    await waitFor(() => heard.length > 0, 'the greeting');
    expect(heard).to.deep.equal([{ type: 'drw:hello' }]);
    await post(f, resize('mine', 480));
    expect(height(f)).to.equal(480);
    stop();
    f.remove();
  });
});
