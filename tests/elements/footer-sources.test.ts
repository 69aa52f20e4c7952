import { expect, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { StoryElement } from '../../src/base/story-element.js';
import type { Story } from '../../src/data/schema.js';
import type { Lang } from '../../src/i18n/i18n.js';
import { widget } from '../../src/widgets.js';
import { $, bothLanguages, fixture, textOf } from '../helpers.js';

await bothLanguages();

/** A card as `npm run new-widget` writes one: its body cites one source, once. */
class OneSourceCard extends StoryElement {
  protected readonly entry = widget('dprk-russia-tally');
  protected sourceIds(_story: Story): string[] {
    return ['jcs'];
  }
  protected renderBody(_story: Story, _lang: Lang): TemplateResult {
    return litHtml`<p>—</p>`;
  }
}
customElements.define('test-one-source-card', OneSourceCard);

describe('the footer’s source line', () => {
  it('says “Fonte” / “Source” for one source, as a reader would expect', async () => {
    const it = await fixture<OneSourceCard>(html`<test-one-source-card lang="it"></test-one-source-card>`);
    expect(textOf($(it, '.footer .sources'))).to.equal('Fonte: Comando di stato maggiore sudcoreano.');
    const en = await fixture<OneSourceCard>(html`<test-one-source-card lang="en"></test-one-source-card>`);
    expect(textOf($(en, '.footer .sources'))).to.equal('Source: South Korea’s Joint Chiefs of Staff.');
  });
});
