/**
 * A widget's first render is in its own language, even when another language
 * is already loaded on the page: it waits for its text rather than showing the
 * loaded language first. A fresh page: no language loaded before this file's widgets ask.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/ceasefire-status/define.js';
import type { CeasefireStatus } from '../../src/elements/ceasefire-status/ceasefire-status.js';
import { hasLang } from '../../src/i18n/text.js';
import { speaks } from './lang-split-helpers.js';

/** A widget that records what it shows after each of its renders. */
function recorded(lang: string): { el: CeasefireStatus; renders: string[] } {
  const el = document.createElement('ceasefire-status') as CeasefireStatus;
  const renders: string[] = [];
  el.addController({ hostUpdated: () => renders.push(speaks(el)) });
  el.setAttribute('lang', lang);
  return { el, renders };
}

describe('a widget’s first render', () => {
  it('is in English on a page that has loaded only Italian, with no Italian render before it', async () => {
    const first = recorded('it');
    document.body.append(first.el);
    await first.el.updateComplete;
    expect(first.renders).to.deep.equal(['it']);
    expect(hasLang('en')).to.equal(false);

    const second = recorded('en');
    document.body.append(second.el);
    await second.el.updateComplete;
    expect(second.renders[0]).to.equal('en');
    expect(
      second.renders.every((r) => r === 'en'),
      `renders: ${second.renders.join(', ')}`,
    ).to.equal(true);
    // The Italian widget beside it never changed language.
    expect(first.renders.every((r) => r === 'it')).to.equal(true);
    first.el.remove();
    second.el.remove();
  });
});
