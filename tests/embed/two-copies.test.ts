import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { BUNDLE, load, shadowText } from './embed-helpers.js';

describe('two copies of the bundle on one page', () => {
  it('cause no error; the same version is silent, another version warns once', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    const warnings = captureWarnings();
    try {
      await load(BUNDLE);
      const first = customElements.get('dprk-russia-tally');
      const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;

      // The same release from another URL (the site's own copy next to a CDN one).
      await load(`/__embed/copy/${version}/dprk-russia-widgets.js`);
      expect(warnings.messages, 'same version').to.deep.equal([]);

      // Another release, also defining every element.
      await load('/__embed/copy/9.9.9/dprk-russia-widgets.js');
      expect(customElements.get('dprk-russia-tally')).to.equal(first);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include(version).and.include('9.9.9');
    } finally {
      warnings.restore();
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors).to.deep.equal([]);

    const el = document.createElement('ceasefire-status');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(el))
      .to.include('Energy facilities')
      .and.include('The unita.tv article is undated. The latest date it gives is 25 March; no year is given.');
    el.remove();
  });
});
