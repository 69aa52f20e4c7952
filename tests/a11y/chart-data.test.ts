import { expect, html } from '@open-wc/testing';
import '../../src/elements/dprk-russia-tally/define.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { toCsv, type ChartRow } from '../../src/charts/chart-data.js';
import { $, $$, fixture, textOf } from '../helpers.js';
import { emulateMedia } from './a11y-helpers.js';

const tally = (lang: 'it' | 'en') =>
  fixture<DprkRussiaTally>(html`<dprk-russia-tally lang=${lang} theme="light"></dprk-russia-tally>`);

/** Captures the next file the widget hands to the browser, instead of downloading it. */
function nextDownload(el: HTMLElement): Promise<{ name: string; blob: Blob }> {
  return new Promise((resolve, reject) => {
    const onClick = (event: Event) => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      el.removeEventListener('click', onClick);
      fetch(link.href)
        .then((r) => r.blob())
        .then((blob) => resolve({ name: link.download, blob }), reject);
    };
    el.addEventListener('click', onClick);
  });
}

describe('chart data: table, CSV and PNG', () => {
  afterEach(async () => {
    await emulateMedia({});
  });

  it('puts the chart’s data in a real table behind “Vedi i dati”, qualifiers in words, derived marked, sources named', async () => {
    const el = await tally('it');
    const details = $(el, 'details') as HTMLDetailsElement;
    expect(textOf($(el, 'summary'))).to.equal('Vedi i dati');
    expect(details.open).to.equal(false);
    const table = $(el, 'details table') as HTMLTableElement;
    expect(textOf(table.caption)).to.include('I dati del grafico');
    expect($$(el, 'thead th[scope="col"]').map(textOf)).to.deep.equal(['Dato', 'Valore', 'Fonte']);
    const rows = [...table.tBodies[0].rows].map((row) => [...row.cells].map(textOf));
    expect(rows.map((row) => row.slice(0, 2))).to.deep.equal([
      ['Soldati inviati dall’inizio del conflitto', 'circa 11.000 soldati'],
      ['Soldati nell’ultimo invio', 'almeno 3.000 soldati'],
      ['Soldati inviati prima dell’ultimo invio', 'fino a circa 8.000 soldati'],
      ['Morti e feriti nordcoreani', 'almeno 4.000 persone'],
    ]);
    expect(rows[0][2]).to.match(/riportato da CNN$/);
    expect(rows[1][2]).to.equal(rows[0][2]);
    // The computed figure is the editors' calculation, with its formula, never the source of its inputs.
    expect(rows[2][2]).to.equal('calcolo della redazione: circa 11.000 − almeno 3.000');
    expect(rows[3][2]).to.not.equal('');
    for (const row of table.tBodies[0].rows) expect([row.cells[0].localName, row.cells[0].getAttribute('scope')]).to.deep.equal(['th', 'row']);
    expect(table.checkVisibility()).to.equal(false);
    details.open = true;
    expect(table.checkVisibility()).to.equal(true);
  });

  it('offers the data as CSV with qualifier, unit, source and the derived flag', async () => {
    const el = await tally('en');
    const download = nextDownload(el);
    $(el, 'button.download-data').click();
    const { name, blob } = await download;
    expect(name).to.equal('dprk-russia-tally-en.csv');
    expect(blob.type).to.match(/^text\/csv/);
    const text = (await blob.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r\n/);
    expect(lines[0]).to.equal('Figure,Value,Qualifier,Unit,Source,Editors’ calculation');
    expect(lines).to.have.length(5);
    const jcs = '"South Korea’s Joint Chiefs of Staff, reported by CNN"';
    expect(lines[1]).to.equal(`Soldiers sent since the start of the conflict,11000,about,soldiers,${jcs},no`);
    expect(lines[2]).to.equal(`Soldiers in the latest deployment,3000,at least,soldiers,${jcs},no`);
    // The computed 8,000 is credited to the editors' calculation, with its formula, not to the JCS.
    expect(lines[3]).to.equal('Soldiers sent before the latest deployment,8000,up to about,soldiers,"editors’ calculation: about 11,000 − at least 3,000",yes');
    expect(lines[4]).to.match(/^North Korean killed and wounded,4000,at least,people,.+,no$/);
  });

  it('writes CSV a spreadsheet reads safely: quoted commas and quotes, no formulas, exact values say so', () => {
    const row: ChartRow = {
      label: '=HYPERLINK("x")',
      value: 12,
      qualifier: 'exact',
      unit: 'people',
      source: 'Agency, "quoted"',
      derived: false,
      datasetIndex: 0,
      index: 0,
    };
    const [, line] = toCsv([row], 'it').replace(/^\uFEFF/, '').split('\r\n');
    expect(line).to.equal(`"'=HYPERLINK(""x"")",12,esatto,persone,"Agency, ""quoted""",no`);
  });

  it('offers the chart as a PNG, drawn on the card’s background with room for title and sources', async () => {
    const el = await tally('it');
    const chart = await el.chart.ready;
    const download = nextDownload(el);
    $(el, 'button.download-chart').click();
    const { name, blob } = await download;
    expect(name).to.equal('dprk-russia-tally-it.png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.be.greaterThan(chart.canvas.width);
    expect(bitmap.height).to.be.greaterThan(chart.canvas.height);
    // The corner is the card's white, not transparent.
    const probe = document.createElement('canvas').getContext('2d')!;
    probe.drawImage(bitmap, 0, 0);
    expect([...probe.getImageData(1, 1, 1, 1).data]).to.deep.equal([255, 255, 255, 255]);
  });

  it('opens the table for printing and closes it again afterwards', async () => {
    const el = await tally('en');
    const details = $(el, 'details') as HTMLDetailsElement;
    dispatchEvent(new Event('beforeprint'));
    expect(details.open).to.equal(true);
    dispatchEvent(new Event('afterprint'));
    expect(details.open).to.equal(false);
  });

});
