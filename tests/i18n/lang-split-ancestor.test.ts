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
import { speaks, switchesCleanly } from './lang-split-helpers.js';

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

    await switchesCleanly(el, 'en', 'it', () => {
      section.lang = 'it';
    });
    section.remove();
  });
});
