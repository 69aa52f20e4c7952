import { expect, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../src/elements/dprk-russia-tally/define.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { bundledStory } from '../../src/data/story.js';
import { $, $$, fixture, textOf } from '../helpers.js';

const value = (id: string) => bundledStory.figures.find((f) => f.id === id)!.value;

describe('<dprk-russia-tally>', () => {
  it('shows each figure with its qualifier in words, in Italian', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="it"></dprk-russia-tally>`);
    expect(textOf($(el, '[data-figure="troops-total"]'))).to.match(/^circa 11\.000 Soldati inviati dall’inizio del conflitto/);
    expect(textOf($(el, '[data-figure="troops-latest"]'))).to.match(/^almeno 3\.000 /);
    expect(textOf($(el, '[data-figure="casualties"]'))).to.match(/^almeno 4\.000 Morti e feriti/);
  });

  it('shows each figure with its qualifier in words, in English', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en"></dprk-russia-tally>`);
    expect(textOf($(el, '[data-figure="troops-total"]'))).to.match(/^about 11,000 Soldiers sent since the start of the conflict/);
    expect(textOf($(el, '[data-figure="troops-latest"]'))).to.match(/^at least 3,000 /);
    expect(textOf($(el, '[data-figure="casualties"]'))).to.match(/^at least 4,000 North Korean killed and wounded/);
  });

  it('names the source of each figure and the as-of date', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en"></dprk-russia-tally>`);
    // The source two figures share is credited once; the other figure names its own.
    expect($(el, '[data-figure="troops-total"]').querySelector('.source')).to.equal(null);
    expect(textOf($(el, '.sources'))).to.equal('Source where not stated: South Korea’s Joint Chiefs of Staff, reported by CNN.');
    expect(textOf($(el, '[data-figure="casualties"] .source'))).to.include('source not named');
    const time = $(el, '.as-of time');
    expect(time.getAttribute('datetime')).to.equal(bundledStory.asOf);
    expect(textOf($(el, '.as-of'))).to.equal('Data as of 28 March 2025');
    expect(textOf($(el, '.footer'))).to.include('unita.tv');
  });

  it('draws a chart whose datasets are the story’s figures, the derived one labelled', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en"></dprk-russia-tally>`);
    const chart = await el.chart.ready;
    expect(Chart.getChart($(el, 'canvas') as HTMLCanvasElement)).to.equal(chart);
    const sets = chart.data.datasets.map((d) => ({ label: d.label, data: d.data }));
    expect(sets.map((s) => s.data)).to.deep.equal([
      [value('troops-earlier'), null],
      [value('troops-latest'), null],
      [null, value('casualties')],
    ]);
    expect(sets[0].label).to.include('editors’ calculation').and.include('up to about 8,000');
    expect(sets[1].label).to.include('at least 3,000');
    expect(chart.getDatasetMeta(0).hidden).to.not.equal(true);
    expect(chart.data.labels).to.deep.equal(['Soldiers sent', 'Killed and wounded']);
    // Stacked: the troops bar reaches the total.
    expect(value('troops-earlier') + value('troops-latest')).to.equal(value('troops-total'));
  });

  it('gives the chart a text alternative a screen reader reaches', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="it"></dprk-russia-tally>`);
    const canvas = $(el, 'canvas');
    expect(canvas.getAttribute('role')).to.equal('img');
    const label = canvas.getAttribute('aria-label')!;
    expect(label).to.include('circa 11.000 soldati').and.include('almeno 3.000 soldati').and.include('almeno 4.000 persone');
    expect(textOf($(el, 'figcaption'))).to.include('Calcolo della redazione').and.include('8.000');
  });

  it('follows a change of lang at run time, chart included', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="it"></dprk-russia-tally>`);
    const chart = await el.chart.ready;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(textOf($(el, '.title'))).to.equal('North Korean soldiers sent to Russia');
    expect(chart.data.labels).to.deep.equal(['Soldiers sent', 'Killed and wounded']);
    expect($(el, '.card').getAttribute('lang')).to.equal('en');
  });

  it('destroys its chart when removed from the page', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally></dprk-russia-tally>`);
    await el.chart.ready;
    const canvas = $(el, 'canvas') as HTMLCanvasElement;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(el.chart.chart).to.equal(null);
  });

  it('redraws after being moved elsewhere in the page', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally></dprk-russia-tally>`);
    await el.chart.ready;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    const chart = await el.chart.ready;
    expect(chart.canvas.isConnected).to.equal(true);
    other.remove();
  });

  it('reserves the chart’s height before Chart.js has drawn', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally></dprk-russia-tally>`);
    const box = $(el, '.chart-box');
    expect(box.getBoundingClientRect().height).to.be.greaterThan(100);
    const before = el.getBoundingClientRect().height;
    await el.chart.ready;
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  it('uses only the heading level it is given', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally heading-level="3"></dprk-russia-tally>`);
    expect($$(el, 'h3.title')).to.have.length(1);
    expect($$(el, 'h2')).to.have.length(0);
  });
});
