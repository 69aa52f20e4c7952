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
    expect(badge('energy')).to.equal('No energy facilities struck');
    // No badge says more than its sentence: the talks "hanno portato a un accordo";
    // Moscow "ha posto condizioni severe" (not: blocked).
    expect(badge('black-sea')).to.equal('Agreement reached');
    expect(badge('broader-deal')).to.equal('Russia’s conditions');
    expect(badge('peacekeepers')).to.equal('Russia opposes');
    expect(badge('fighting')).to.equal('Fighting continues');
  });

  it('tells the facts behind each strand with their sources, in Italian', async () => {
    const el = await fixture<CeasefireStatus>(html`<ceasefire-status lang="it"></ceasefire-status>`);
    const text = textOf(el);
    for (const strand of bundledStory.truce.strands) {
      for (const fact of strand.facts)
        expect(text)
          .to.include(fact.text.it)
          .and.include(fact.then?.it ?? '');
    }
    expect(text).to.include('Maria Zakharova');
    expect(text).to.include('sanzioni');
    expect(text).to.include('Kharkiv');
    expect(textOf($(el, '[data-strand="energy"] .badge'))).to.equal('Nessun impianto colpito');
  });

  it('says since when there have been no strikes on energy facilities, as the article says it: no count of days, no year', async () => {
    const el = await fixture<CeasefireStatus>(html`<ceasefire-status lang="en"></ceasefire-status>`);
    // "Dal 25 marzo": the article gives no year and no end, so neither do we; a count would end on our own as-of day.
    expect(textOf($(el, '.days'))).to.equal(
      'Since 25 March Ukraine and Russia have not struck each other’s energy facilities',
    );
    expect($(el, '.days time').getAttribute('datetime')).to.equal('--03-25');
    const later = storyCopy();
    later.asOf = '2025-04-30';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(later);
    const el2 = await fixture<CeasefireStatus>(html`<ceasefire-status lang="it">${script}</ceasefire-status>`);
    await el2.dataSettled;
    await el2.updateComplete;
    // A later as-of date changes nothing in the headline: it never counted to it. Nor the as-of line:
    // it names the article's latest dated event, not a day of ours.
    expect(textOf($(el2, '.days'))).to.equal(
      'Dal 25 marzo Ucraina e Russia non hanno più colpito i rispettivi impianti energetici',
    );
    expect(textOf($(el2, '.as-of'))).to.equal(
      'Articolo di unita.tv senza data. La data più recente che riporta è il 25 marzo; l’anno non è indicato.',
    );
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
