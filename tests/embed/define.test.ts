import { expect } from '@open-wc/testing';
import { WIDGETS } from '../../src/widgets.js';
import { defineElement, VERSION } from '../../src/define.js';
import { captureWarnings } from '../helpers.js';
import { load } from './embed-helpers.js';

const registry = () =>
  (globalThis as unknown as { __dprkRussiaWidgets: { tags: Record<string, string> } }).__dprkRussiaWidgets;

describe('registration (src/define.ts)', () => {
  it('importing an element’s class module defines nothing', async () => {
    for (const { tag } of WIDGETS) {
      const mod = (await load(`/src/elements/${tag}/${tag}.ts`)) as Record<string, unknown>;
      expect(
        Object.values(mod).some((v) => typeof v === 'function'),
        `${tag} exports its class`,
      ).to.equal(true);
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('defines a tag once: a second definition is ignored, not thrown', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('drw-define-once', First);
    expect(() => defineElement('drw-define-once', Second)).not.to.throw();
    expect(customElements.get('drw-define-once')).to.equal(First);
    expect(registry().tags['drw-define-once']).to.equal(VERSION);
  });

  it('warns once, not once per element, when another version already defined the tags', () => {
    defineElement('drw-define-a', class extends HTMLElement {});
    defineElement('drw-define-b', class extends HTMLElement {});
    // As if another copy, version 0.0.1, had defined them first.
    registry().tags['drw-define-a'] = '0.0.1';
    registry().tags['drw-define-b'] = '0.0.1';
    const warnings = captureWarnings();
    try {
      defineElement('drw-define-a', class extends HTMLElement {});
      defineElement('drw-define-b', class extends HTMLElement {});
      defineElement('drw-define-a', class extends HTMLElement {});
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('0.0.1').and.include(VERSION);
  });

  it('stays silent when the same version is loaded twice', () => {
    defineElement('drw-define-same', class extends HTMLElement {});
    const warnings = captureWarnings();
    try {
      defineElement('drw-define-same', class extends HTMLElement {});
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});
