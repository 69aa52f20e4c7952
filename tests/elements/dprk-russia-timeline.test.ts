import { expect, html } from '@open-wc/testing';
import { printMedia, screenMedia } from '../portable.js';
import '../../src/elements/dprk-russia-timeline/define.js';
import type { DprkRussiaTimeline } from '../../src/elements/dprk-russia-timeline/dprk-russia-timeline.js';
import { bundledStory } from '../../src/data/story.js';
import { $, $$, fixture, storyCopy, textOf } from '../helpers.js';

const ids = (nodes: HTMLElement[]) => nodes.map((n) => n.dataset.event);

describe('<dprk-russia-timeline>', () => {
  it('places only the dated events in time, in date order, as precisely as the article gives them', async () => {
    const el = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline lang="en"></dprk-russia-timeline>`);
    const dated = $$(el, '.dated ol > li');
    expect(ids(dated)).to.deep.equal(['defence-pact', 'energy-halt']);
    const times = $$<HTMLTimeElement>(el, '.dated time');
    // "Dal 25 marzo": day and month, no year (a yearless date in HTML); the inferred year is only in the as-of note.
    expect(times.map((t) => t.dateTime)).to.deep.equal(['2023', '--03-25']);
    expect(times.map((t) => textOf(t))).to.deep.equal(['2023', '25 March']);
    expect(textOf($(el, '[data-event="energy-halt"]'))).to.not.include('2025');
    const it = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline lang="it"></dprk-russia-timeline>`);
    expect($$(it, '.dated time').map((t) => textOf(t))).to.deep.equal(['2023', '25 marzo']);
  });

  it('never invents a date: undated events are grouped under “no date in the article”', async () => {
    const el = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline lang="en"></dprk-russia-timeline>`);
    expect(textOf($(el, '.undated .group-title'))).to.equal('Undated in the article');
    const undated = $$(el, '.undated li.event');
    expect(ids(undated)).to.have.members(bundledStory.events.filter((e) => !e.date).map((e) => e.id));
    expect($$(el, '.undated time')).to.have.length(0);
    for (const li of undated) expect(textOf(li), li.dataset.event).to.not.match(/\b(19|20)\d\d\b/);
    const it = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline lang="it"></dprk-russia-timeline>`);
    expect(textOf($(it, '.undated .group-title'))).to.equal('Senza data nell’articolo');
  });

  it('says each event’s status in words, happened before ongoing before possible among the undated', async () => {
    const el = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline lang="en"></dprk-russia-timeline>`);
    const badge = (id: string) => textOf($(el, `[data-event="${id}"] .badge`));
    expect(badge('defence-pact')).to.equal('Reported');
    expect(badge('energy-halt')).to.equal('Ongoing');
    expect(badge('kim-visit')).to.equal('Possible');
    const order = $$(el, '.undated li.event').map((li) => li.dataset.status);
    expect(order).to.deep.equal(
      [...order].sort(
        (a, b) => ['happened', 'ongoing', 'possible'].indexOf(a!) - ['happened', 'ongoing', 'possible'].indexOf(b!),
      ),
    );
    const it = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline lang="it"></dprk-russia-timeline>`);
    expect(textOf($(it, '[data-event="lavrov-visit"] .badge'))).to.equal('Possibilità');
    expect(textOf($(it, '[data-event="black-sea-talks"] .badge'))).to.equal('In corso');
  });

  it('marks status with a shape too, hidden from screen readers', async () => {
    const el = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline></dprk-russia-timeline>`);
    const dots = $$(el, '.dot');
    expect(dots).to.have.length(bundledStory.events.length);
    expect(dots.every((d) => d.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const shape = (status: string) => $(el, `[data-status="${status}"] .dot`).innerHTML;
    expect(new Set([shape('happened'), shape('ongoing'), shape('possible')]).size).to.equal(3);
  });

  it('keeps the article’s 2023 for the pact, with the editors’ note that the year is the article’s and unchecked, and no other date', async () => {
    const el = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline lang="it"></dprk-russia-timeline>`);
    expect(textOf($(el, '[data-event="defence-pact"] .when'))).to.equal('2023');
    const en = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline lang="en"></dprk-russia-timeline>`);
    expect(textOf($(en, '[data-event="defence-pact"] .when'))).to.equal('2023');
    const notes = $$(el, '.note').map(textOf);
    expect(notes).to.have.length(1);
    expect(notes[0]).to.include('2023').and.include('non lo abbiamo verificato');
    // No year the article does not give (the as-of year is ours, and its line says so).
    expect($$(el, '.events *').map(textOf).join(' ')).not.to.match(/20(?!23)\d\d/);
  });

  it('shows the figures of an event with their qualifiers and sources', async () => {
    const el = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline lang="en"></dprk-russia-timeline>`);
    const wave = textOf($(el, '[data-event="troops-wave"]'));
    expect(wave).to.include('at least 3,000 soldiers: Soldiers in the latest deployment');
    expect(wave).to.include('about 11,000 soldiers: Soldiers sent since the start of the conflict');
    expect(wave).to.include('Source: South Korea’s Joint Chiefs of Staff');
    expect(textOf($(el, '[data-event="kharkiv-attack"]'))).to.include('at least 9 people');
  });

  it('uses an ordered list for the events in time', async () => {
    const el = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline heading-level="4"></dprk-russia-timeline>`);
    expect($(el, '.dated .events').localName).to.equal('ol');
    expect($$(el, 'h4')).to.have.length(1);
    expect($$(el, 'h5.group-title')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('formats a month-only date as a month, and puts a newly dated event in time', async () => {
    const story = storyCopy();
    story.events.find((e) => e.id === 'saudi-talks')!.date = '2025-03';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(story);
    const el = await fixture<DprkRussiaTimeline>(
      html`<dprk-russia-timeline lang="en">${script}</dprk-russia-timeline>`,
    );
    await el.dataSettled;
    await el.updateComplete;
    expect(ids($$(el, '.dated li.event'))).to.deep.equal(['defence-pact', 'saudi-talks', 'energy-halt']);
    expect(textOf($(el, '[data-event="saudi-talks"] time'))).to.equal('March 2025');
  });

  for (const width of [280, 1200]) {
    it(`is readable at ${width}px: nothing overflows sideways`, async () => {
      const el = await fixture<DprkRussiaTimeline>(
        html`<dprk-russia-timeline lang="it" style="width:${width}px"></dprk-russia-timeline>`,
      );
      const card = $(el, '.card');
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
      const right = card.getBoundingClientRect().right;
      for (const child of $$(el, '.card *')) expect(child.getBoundingClientRect().right).to.be.at.most(right + 1);
    });
  }

  it('prints black on white and keeps each event whole', async () => {
    const el = await fixture<DprkRussiaTimeline>(html`<dprk-russia-timeline theme="dark"></dprk-russia-timeline>`);
    await printMedia();
    try {
      expect(getComputedStyle($(el, '.card')).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '[data-event="energy-halt"]')).breakInside).to.equal('avoid');
    } finally {
      await screenMedia();
    }
  });
});
