/**
 * A widget without a `lang` of its own follows the closest `lang` above it; a
 * site's language switch on an ancestor loads the other language and switches
 * the widget in one render, never through a half-loaded state.
 * A fresh page: no language loaded before this file's widgets ask.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/ceasefire-status/define.js';
import type { CeasefireStatus } from '../../src/elements/ceasefire-status/ceasefire-status.js';
import { hasLang } from '../../src/i18n/text.js';
import { frames, shadowWatch, speaks } from './lang-split-helpers.js';

describe('a widget follows its ancestor’s lang once the language is loaded', () => {
  it('renders in the ancestor’s English without loading Italian, then switches to Italian with the ancestor, in one render', async () => {
    const section = document.createElement('section');
    section.lang = 'en';
    const el = document.createElement('ceasefire-status') as CeasefireStatus;
    section.append(el);
    document.body.append(section);
    await el.updateComplete;
    expect(speaks(el)).to.equal('en');
    expect(hasLang('it'), 'Italian loaded by an English-only page').to.equal(false);

    const watch = shadowWatch(el);
    section.lang = 'it';
    for (let i = 0; i < 200 && speaks(el) !== 'it'; i++) await frames(1);
    await el.updateComplete;
    const seen = watch.stop();
    expect(speaks(el)).to.equal('it');
    expect(el.resolvedLang).to.equal('it');
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.every((s) => s === 'en' || s === 'it'), `states seen: ${seen.join(', ')}`).to.equal(true);
    expect(seen.indexOf('it')).to.equal(seen.length - seen.filter((s) => s === 'it').length);
    section.remove();
  });
});
