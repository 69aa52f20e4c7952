import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/dprk-russia-tally/define.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import type { ChartTooltip } from '../../src/charts/chart-tooltip.js';
import { THEME_TOKENS } from '../../src/styles/card.styles.js';
import { $, fixture, textOf } from '../helpers.js';
import { THEMES, contrast } from './a11y-helpers.js';

async function focusedTally(lang: 'it' | 'en', theme = 'light') {
  const before = document.createElement('button');
  before.textContent = 'before';
  document.body.append(before);
  const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang=${lang} theme=${theme}></dprk-russia-tally>`);
  const chart = await el.chart.ready;
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
  return { el, chart, box: $(el, '.chart-box') };
}

const press = async (el: DprkRussiaTally, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

const live = (el: DprkRussiaTally) => textOf($(el, '.chart-live'));
const active = (el: DprkRussiaTally) =>
  el.chart.chart!.getActiveElements().map(({ datasetIndex, index }) => [datasetIndex, index]);

describe('exploring the tally’s chart with the keyboard', () => {
  it('is reached with Tab, and says what it is and how to explore it', async () => {
    const { el, box } = await focusedTally('en');
    expect(el.shadowRoot!.activeElement).to.equal(box);
    expect(box.getAttribute('role')).to.equal('group');
    expect(box.getAttribute('aria-roledescription')).to.equal('explorable chart');
    expect(box.getAttribute('aria-label')).to.equal('Chart: soldiers sent, killed and wounded');
    const help = el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!);
    expect(textOf(help)).to.include('Arrow keys').and.include('Escape');
    expect($(el, '.chart-live').getAttribute('role')).to.equal('status');
    expect(live(el)).to.equal('');
  });

  it('moves from point to point with the arrows, announcing value, qualifier, source and position', async () => {
    const { el } = await focusedTally('en');
    await press(el, 'ArrowRight');
    expect(live(el)).to.equal(
      'Soldiers sent since the start of the conflict: about 11,000 soldiers. Source: South Korea’s Joint Chiefs of Staff, reported by CNN. Value 1 of 4.',
    );
    expect(active(el)).to.deep.equal([[0, 0]]);
    await press(el, 'ArrowDown');
    expect(live(el)).to.match(/^Soldiers in the latest deployment: at least 3,000 soldiers\. Source: .*CNN\. Value 2 of 4\.$/);
    expect(active(el)).to.deep.equal([[1, 1]]);
    await press(el, 'ArrowRight');
    // The computed figure: credited to the editors' calculation with its formula, never to the JCS.
    expect(live(el)).to.equal('Soldiers sent before the latest deployment: up to about 8,000 soldiers. Source: editors’ calculation: about 11,000 − at least 3,000. Value 3 of 4.');
    expect(active(el)).to.deep.equal([[2, 1]]);
    await press(el, 'ArrowRight');
    expect(live(el)).to.match(/^North Korean killed and wounded: at least 4,000 people\. Source: .+\. Value 4 of 4\.$/);
    expect(active(el)).to.deep.equal([[3, 2]]);
    await press(el, 'ArrowRight'); // stays on the last point, and says so again
    expect(live(el)).to.include('Value 4 of 4.');
    await press(el, 'ArrowUp');
    expect(live(el)).to.include('Value 3 of 4.');
    await press(el, 'ArrowLeft');
    expect(live(el)).to.include('Value 2 of 4.');
  });

  it('jumps to the first and last points with Home and End, in Italian', async () => {
    const { el } = await focusedTally('it');
    await press(el, 'End');
    expect(live(el)).to.match(/^Morti e feriti nordcoreani: almeno 4\.000 persone\. Fonte: .+\. Dato 4 di 4\.$/);
    await press(el, 'Home');
    expect(live(el)).to.match(/^Soldati inviati dall’inizio del conflitto: circa 11\.000 soldati\. Fonte: .*CNN\. Dato 1 di 4\.$/);
  });

  it('keeps the page from scrolling while the arrows explore the chart', async () => {
    const { el, box } = await focusedTally('en');
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true, composed: true });
    box.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true, composed: true });
    box.dispatchEvent(tab);
    expect(tab.defaultPrevented).to.equal(false);
    await el.updateComplete;
  });

  it('shows the tooltip on the point the keyboard is on, drawn on the chart', async () => {
    const { el, chart } = await focusedTally('en');
    await press(el, 'ArrowRight');
    const before = chart.canvas.toDataURL();
    await press(el, 'ArrowRight');
    const tooltip = chart.tooltip as unknown as ChartTooltip;
    expect(tooltip.getActiveElements().map((a) => [a.datasetIndex, a.index])).to.deep.equal([[1, 1]]);
    expect(tooltip.lines.join(' ')).to.include('at least 3,000');
    expect(chart.canvas.toDataURL(), 'the canvas shows the new tooltip').to.not.equal(before);
  });

  it('shows the same tooltip for the bar under the pointer, and hides it when the pointer leaves', async () => {
    const el = await fixture<DprkRussiaTally>(html`<dprk-russia-tally lang="en" theme="light"></dprk-russia-tally>`);
    const chart = await el.chart.ready;
    const tooltip = chart.tooltip as unknown as ChartTooltip;
    const bar = chart.getDatasetMeta(1).data[1] as unknown as { x: number; y: number; base: number };
    const box = chart.canvas.getBoundingClientRect();
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    await sendMouse({ type: 'move', position: [Math.round(box.left + (bar.base + bar.x) / 2), Math.round(box.top + bar.y)] });
    await frame();
    expect(tooltip.lines.join(' ')).to.include('at least 3,000');
    await sendMouse({ type: 'move', position: [0, 0] });
    await frame();
    expect(tooltip.lines).to.deep.equal([]);
    await resetMouse();
  });

  it('clears the highlight, tooltip and announcement with Escape', async () => {
    const { el, chart, box } = await focusedTally('en');
    await press(el, 'ArrowRight');
    await press(el, 'Escape');
    expect(live(el)).to.equal('');
    expect(chart.getActiveElements()).to.have.length(0);
    expect(chart.tooltip!.getActiveElements()).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(box);
  });

  it('clears when focus leaves the chart', async () => {
    const { el, chart } = await focusedTally('en');
    await press(el, 'ArrowRight');
    await press(el, 'Tab');
    expect(live(el)).to.equal('');
    expect(chart.getActiveElements()).to.have.length(0);
  });

  it('keeps the explored point, in the new language, when lang changes', async () => {
    const { el } = await focusedTally('en');
    await press(el, 'End');
    el.lang = 'it';
    await el.updateComplete;
    expect(active(el)).to.deep.equal([[3, 2]]);
    expect(live(el)).to.match(/^Morti e feriti nordcoreani: almeno 4\.000 persone\. .* Dato 4 di 4\.$/);
  });

  for (const theme of THEMES) {
    it(`shows a focus ring that stands out at least 3:1 from the card (${theme})`, async () => {
      const { el, box } = await focusedTally('en', theme);
      expect(box.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(box);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      const background = getComputedStyle($(el, '.card')).backgroundColor;
      expect(contrast(style.outlineColor, background)).to.be.at.least(3);
      expect(contrast(style.outlineColor, THEME_TOKENS[theme].bg)).to.be.at.least(3);
    });
  }
});
