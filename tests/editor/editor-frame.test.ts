// The desk editor framed by a page of another origin: its CSP is a <meta>, which
// cannot say frame-ancestors, so the page itself refuses to start there.
import { expect } from '@open-wc/testing';
import { BASE, inFrame } from '../dist/dist-helpers.js';

describe('the desk editor, framed by another site', function () {
  this.timeout(30_000);

  it('shows "open it in its own tab" and builds no form', async () => {
    const url = `${BASE}editor.html`;
    expect(new URL(url).origin).not.to.equal(location.origin);
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    try {
      const notice = await inFrame<string>(url, "document.querySelector('.framed')?.textContent", 15_000);
      expect(notice).to.include('aprilo in una scheda a sé');
      const fields = await inFrame<string>(
        url,
        "String(document.querySelectorAll('input, textarea, select, button').length)",
      );
      expect(fields).to.equal('0');
    } finally {
      frame.remove();
    }
  });
});
