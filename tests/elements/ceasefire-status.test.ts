import { expect, html } from '@open-wc/testing';
import '../../src/elements/ceasefire-status/define.js';
import type { CeasefireStatus } from '../../src/elements/ceasefire-status/ceasefire-status.js';
import { bundledStory } from '../../src/data/story.js';
import { $, $$, fixture, storyCopy, textOf } from '../helpers.js';

describe('<ceasefire-status>', () => {
  it('shows every strand of the truce in the data, in order, with its state in words', async () => {
    const el = await fixture<CeasefireStatus>(html`<ceasefire-status lang="en"></ceasefire-status>`);
    const strands = $$(el, '.strand');
    expect(strands.map((s) => s.dataset.strand)).to.deep.equal(bundledStory.truce.strands.map((s) => s.id));
    const badge = (id: string) => textOf(strands.find((s) => s.dataset.strand === id)!.querySelector('.badge'));
    expect(badge('energy')).to.equal('Holding');
    // No badge says more than its sentence: the talks "hanno portato a un accordo";
    // Moscow "ha posto condizioni severe" (not: blocked).
    expect(badge('black-sea')).to.equal('Agreement reached');
    expect(badge('broader-deal')).to.equal('Russia’s conditions');
    expect(badge('peacekeepers')).to.equal('Russia opposed');
    expect(badge('fighting')).to.equal('Fighting continues');
  });

  it('tells the facts behind each strand with their sources, in Italian', async () => {
    const el = await fixture<CeasefireStatus>(html`<ceasefire-status lang="it"></ceasefire-status>`);
    const text = textOf(el);
    for (const strand of bundledStory.truce.strands) {
      for (const fact of strand.facts) expect(text).to.include(fact.text.it);
    }
    expect(text).to.include('Maria Zakharova');
    expect(text).to.include('sanzioni');
    expect(text).to.include('Kharkiv');
    expect(textOf($(el, '[data-strand="energy"] .badge'))).to.equal('Regge');
  });

  it('counts the days since the energy halt to the as-of date, not to today', async () => {
    const el = await fixture<CeasefireStatus>(html`<ceasefire-status lang="en"></ceasefire-status>`);
    expect(textOf($(el, '.days'))).to.equal(
      // "Dal 25 marzo": the article gives no year, so neither do we; the year is in the as-of date only.
      '3 days without strikes on energy facilities from 25 March to 28 March 2025, the date of the data (editors’ calculation)',
    );
    const later = storyCopy();
    later.asOf = '2025-04-30';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(later);
    const el2 = await fixture<CeasefireStatus>(html`<ceasefire-status lang="it">${script}</ceasefire-status>`);
    await el2.dataSettled;
    await el2.updateComplete;
    expect(textOf($(el2, '.days .count'))).to.equal('36');
    expect(textOf($(el2, '.as-of'))).to.equal('Dati aggiornati al 30 aprile 2025');
  });

  it('marks each state with a shape as well as colour, hidden from screen readers', async () => {
    const el = await fixture<CeasefireStatus>(html`<ceasefire-status></ceasefire-status>`);
    const icons = $$(el, '.badge svg');
    expect(icons).to.have.length(bundledStory.truce.strands.length);
    expect(icons.every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const shapes = new Set(icons.map((svg) => svg.innerHTML));
    expect(shapes.size).to.equal(new Set(bundledStory.truce.strands.map((s) => s.state)).size);
  });

  it('nests strand headings under the card heading', async () => {
    const el = await fixture<CeasefireStatus>(html`<ceasefire-status heading-level="2"></ceasefire-status>`);
    expect($$(el, 'h2')).to.have.length(1);
    expect($$(el, 'h3.strand-title')).to.have.length(bundledStory.truce.strands.length);
  });
});
