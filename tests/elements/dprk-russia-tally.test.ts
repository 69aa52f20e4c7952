import { expect, fixture as owcFixture, html } from '@open-wc/testing';
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

  it('draws a chart whose datasets are the story’s figures, the derived one labelled, pale and never the longest bar', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en"></dprk-russia-tally>`);
    const chart = await el.chart.ready;
    expect(Chart.getChart($(el, 'canvas') as HTMLCanvasElement)).to.equal(chart);
    chart.stop(); // to the end of the opening animation
    chart.update('none');
    const sets = chart.data.datasets.map((d) => ({ label: d.label, data: d.data }));
    // Rows: the total; the latest deployment with the derived remainder after it; the losses.
    expect(sets.map((s) => s.data)).to.deep.equal([
      [value('troops-total'), null, null],
      [null, value('troops-latest'), null],
      [null, value('troops-earlier'), null],
      [null, null, value('casualties')],
    ]);
    expect(sets[0].label).to.include('about 11,000');
    expect(sets[1].label).to.include('at least 3,000');
    expect(sets[2].label).to.include('editors’ calculation').and.include('up to about 8,000');
    expect(chart.data.datasets[2].backgroundColor).to.be.instanceOf(CanvasPattern);
    expect(chart.data.labels).to.have.length(3);
    // Stacked: the latest deployment and the remainder reach the total.
    expect(value('troops-earlier') + value('troops-latest')).to.equal(value('troops-total'));
    // The scale ends at the data, and the sourced total is the longest shape drawn.
    expect(chart.scales.x.max).to.equal(value('troops-total'));
    const width = (i: number, index: number) => {
      const bar = chart.getDatasetMeta(i).data[index] as unknown as { x: number; base: number };
      return Math.abs(bar.x - bar.base);
    };
    expect(width(2, 1)).to.be.lessThan(width(0, 0));
    expect(width(0, 0)).to.be.closeTo(chart.chartArea.right - chart.chartArea.left, 1);
  });

  for (const [lang, width] of [['en', 280], ['it', 280], ['en', 1200]] as const) {
    it(`labels every bar with its value and qualifier at ${width}px in ${lang}: card typeface, 13px or more, no axis, nothing rotated, overlapping or clipped`, async () => {
      const wrapper = await owcFixture<HTMLDivElement>(html`<div style="width: ${width}px"><dprk-russia-tally lang=${lang}></dprk-russia-tally></div>`);
      const tally = wrapper.firstElementChild as DprkRussiaTally;
      await tally.updateComplete;
      const chart = await tally.chart.ready;
      chart.stop();
      chart.update('none');
      // No axis to read (and so no tick label to rotate): every value is written on its bar.
      expect(chart.options.scales!.x!.display).to.equal(false);
      expect(chart.options.scales!.y!.display).to.equal(false);
      const boxes = tally.chartLabelBoxes;
      expect(boxes).to.have.length(4);
      if (lang === 'en') expect(boxes.map((b) => b.text)).to.deep.equal([
        'about 11,000 in all',
        'at least 3,000 · latest deployment',
        // Hatched like the key below the chart, which credits it to the editors' calculation.
        'before: up to about 8,000',
        'at least 4,000 killed and wounded',
      ]);
      const canvas = $(tally, 'canvas') as HTMLCanvasElement;
      for (const [i, box] of boxes.entries()) {
        expect(box.x, box.text).to.be.at.least(0);
        expect(box.x + box.width, box.text).to.be.at.most(canvas.clientWidth + 0.5);
        expect(box.y, box.text).to.be.at.least(0);
        expect(box.y + box.height, box.text).to.be.at.most(canvas.clientHeight + 0.5);
        expect(box.height, `${box.text}: 13px text or more`).to.be.at.least(13 * 1.25);
        for (const other of boxes.slice(i + 1)) {
          const apart = box.y + box.height <= other.y + 0.5 || other.y + other.height <= box.y + 0.5 || box.x + box.width <= other.x || other.x + other.width <= box.x;
          expect(apart, `${box.text} / ${other.text}`).to.equal(true);
        }
      }
      const font = getComputedStyle($(tally, '.card')).fontFamily;
      const tooltip = chart.options.plugins!.tooltip!;
      expect((tooltip.bodyFont as { family: string }).family).to.equal(font);
      // The chart's height follows its rows and its width: taller bars on a wide card.
      expect(canvas.clientHeight).to.be.greaterThan(150);
    });
  }

  it('writes the Italian labels with Italian qualifiers and numbers', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="it"></dprk-russia-tally>`);
    const chart = await el.chart.ready;
    chart.stop();
    chart.update('none');
    expect(el.chartLabelBoxes.map((b) => b.text)).to.deep.equal(['circa 11.000 in tutto', 'almeno 3.000 nell’ultimo invio', 'prima: fino a circa 8.000', 'almeno 4.000 morti e feriti']);
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
    expect(chart.data.labels).to.deep.equal(['Soldiers sent since the start of the conflict', 'Soldiers in the latest deployment', 'North Korean killed and wounded']);
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
    // Far below the fold: the card renders, its chart waits until it is scrolled near.
    const wrapper = await owcFixture<HTMLDivElement>(html`<div><div style="height: 5000px"></div><dprk-russia-tally></dprk-russia-tally></div>`);
    const el = wrapper.querySelector('dprk-russia-tally')!;
    await el.updateComplete;
    expect(el.chart.chart, 'no chart yet').to.equal(null);
    const box = $(el, '.chart-box');
    const before = box.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(100);
    el.scrollIntoView();
    await el.chart.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(box.getBoundingClientRect().height, 'the chart box, once drawn in').to.equal(before);
  });

  it('uses only the heading level it is given', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally heading-level="3"></dprk-russia-tally>`);
    expect($$(el, 'h3.title')).to.have.length(1);
    expect($$(el, 'h2')).to.have.length(0);
  });
});
