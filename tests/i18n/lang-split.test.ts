/**
 * Issue #13, "only what the page needs": a page loads the text of the language
 * its widgets render in (src/i18n/text.ts, scripts/lang-split.mjs; the dev
 * server splits the source as the build does), and a widget switching language
 * keeps showing the old one, complete, until the new one is in.
 * Each test file is a fresh page: this one starts with no language loaded.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/ceasefire-status/define.js';
import type { CeasefireStatus } from '../../src/elements/ceasefire-status/ceasefire-status.js';
import { hasLang } from '../../src/i18n/text.js';
import { speaks, switchesCleanly } from './lang-split-helpers.js';

describe('a page loads only the language it shows', () => {
  it('keeps the embed snippet’s fallback on screen until the widget’s first render, and updateComplete waits for that render', async () => {
    expect(hasLang('it') || hasLang('en'), 'no language loaded before any widget asks').to.equal(false);
    const el = document.createElement('ceasefire-status') as CeasefireStatus;
    el.setAttribute('lang', 'it');
    el.innerHTML = '<p class="fallback">Tregua parziale: vedi l’articolo.</p>';
    const fallback = el.querySelector<HTMLElement>('.fallback')!;
    // What a reader sees right before the first render, whenever the text arrives.
    const beforeFirstRender: { fallbackHeight: number; card: boolean; loaded: boolean }[] = [];
    el.addController({
      hostUpdate: () =>
        beforeFirstRender.push({
          fallbackHeight: fallback.getBoundingClientRect().height,
          card: !!el.shadowRoot?.querySelector('#title'),
          loaded: hasLang('it'),
        }),
    });
    document.body.append(el);
    // Connected, its text still loading: the fallback shows, no card yet.
    expect(hasLang('it')).to.equal(false);
    expect(el.shadowRoot?.querySelector('#title') ?? null, 'a card before the text is in').to.equal(null);
    expect(fallback.getBoundingClientRect().height, 'fallback height while the text loads').to.be.greaterThan(0);
    await el.updateComplete;
    expect(beforeFirstRender[0].fallbackHeight, 'fallback height right before the first render').to.be.greaterThan(0);
    expect(beforeFirstRender[0].card).to.equal(false);
    expect(beforeFirstRender[0].loaded, 'the first render waits for the text').to.equal(true);
    // After the first render: the card, complete, in Italian.
    expect(hasLang('it')).to.equal(true);
    expect(speaks(el)).to.equal('it');
    expect(fallback.getBoundingClientRect().height, 'fallback hidden by the card').to.equal(0);
    expect(hasLang('en'), 'English loaded by an Italian-only page').to.equal(false);
    el.remove();
  });

  it('switching its own lang from it to en shows complete Italian until complete English replaces it, in one render', async () => {
    const el = document.createElement('ceasefire-status') as CeasefireStatus;
    el.setAttribute('lang', 'it');
    document.body.append(el);
    await el.updateComplete;
    expect(speaks(el)).to.equal('it');
    expect(hasLang('en'), 'English before the switch').to.equal(false);

    // Every state the shadow DOM goes through: complete Italian, then complete English, nothing between.
    await switchesCleanly(el, 'it', 'en', async () => {
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      // Right after the switch the English text is still loading: the card stays Italian.
      expect(speaks(el), 'on screen while English loads').to.equal('it');
      expect(el.resolvedLang).to.equal('it');
    });
    el.remove();
  });

  it('a widget added later in a language already loaded renders at once, with no wait for the network', async () => {
    const el = document.createElement('ceasefire-status') as CeasefireStatus;
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await el.updateComplete;
    expect(speaks(el)).to.equal('en');
    el.remove();
  });
});
