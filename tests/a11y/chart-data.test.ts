import { expect, html } from '@open-wc/testing';
import '../../src/elements/dprk-russia-tally/define.js';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import { toCsv } from '../../src/charts/chart-data.js';
import type { ChartRow } from '../../src/charts/chart-tools.js';
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
      ['Soldati inviati dall’inizio del conflitto tra Russia e Ucraina', 'circa 11.000 soldati'],
      ['Soldati nell’ultimo invio', 'almeno 3.000 soldati'],
      ['Soldati inviati prima dell’ultimo invio', 'fino a circa 8.000 soldati'],
      ['Morti e feriti tra le fila nordcoreane (stime)', 'almeno 4.000 persone'],
    ]);
    // CNN reported the confirmation of the deployment (the 3,000), not the total.
    expect(rows[0][2]).to.equal('Comando di stato maggiore sudcoreano');
    expect(rows[1][2]).to.equal('Comando di stato maggiore sudcoreano (conferma dell’invio riportata da CNN)');
    // The computed figure is the editors' calculation, with its formula, never the source of its inputs.
    expect(rows[2][2]).to.equal('calcolo della redazione: circa 11.000 − almeno 3.000');
    expect(rows[3][2]).to.not.equal('');
    for (const row of table.tBodies[0].rows)
      expect([row.cells[0].localName, row.cells[0].getAttribute('scope')]).to.deep.equal(['th', 'row']);
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
    expect(lines).to.have.length(7);
    // After a blank line, the file carries what the card says under its figures: how the data is dated, and whose it is.
    expect(lines[5]).to.equal('');
    // (Quoted: it holds commas.)
    expect(lines[6]).to.equal(`"${textOf($(el, '.as-of'))} · From the unita.tv article, in Italian: our translation"`);
    const jcs = 'South Korea’s Joint Chiefs of Staff';
    expect(lines[1]).to.equal(
      `Soldiers sent since the start of the conflict between Russia and Ukraine,11000,about,soldiers,${jcs},no`,
    );
    expect(lines[2]).to.equal(
      'Soldiers in the latest deployment,3000,at least,soldiers,South Korea’s Joint Chiefs of Staff (confirmation of the deployment reported by CNN),no',
    );
    // The computed 8,000 is credited to the editors' calculation, with its formula, not to the JCS.
    expect(lines[3]).to.equal(
      'Soldiers sent before the latest deployment,8000,up to about,soldiers,"editors’ calculation: about 11,000 − at least 3,000",yes',
    );
    expect(lines[4]).to.match(/^Killed and wounded in North Korean ranks \(estimates\),4000,at least,people,.+,no$/);
  });

  it('writes CSV a spreadsheet reads safely: quoted commas and quotes, no formulas, exact values say so', () => {
    const row: ChartRow = {
      label: '=HYPERLINK("x")',
      value: 12,
      qualifier: 'exact',
      unit: 'people',
      source: 'Agency, "quoted"',
      derived: false,
    };
    const [, line] = toCsv([row], 'it')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(line).to.equal(`"'=HYPERLINK(""x"")",12,esatto,persone,"Agency, ""quoted""",no`);
  });

  it('offers the chart as a PNG, drawn on the card’s background with its bars and room for title and sources', async () => {
    const el = await tally('it');
    const list = $(el, '.bars').getBoundingClientRect();
    const download = nextDownload(el);
    $(el, 'button.download-chart').click();
    const { name, blob } = await download;
    expect(name).to.equal('dprk-russia-tally-it.png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    // At least twice the chart's CSS size (sharp on high-density screens), plus the frame.
    expect(bitmap.width).to.be.greaterThan(2 * list.width);
    expect(bitmap.height).to.be.greaterThan(2 * list.height);
    const probe = document.createElement('canvas');
    probe.width = bitmap.width;
    probe.height = bitmap.height;
    const ctx = probe.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    // The corner is the card's white, not transparent.
    expect([...ctx.getImageData(1, 1, 1, 1).data]).to.deep.equal([255, 255, 255, 255]);
    // The bars are drawn: pixels in the bars' red (chart-1, #b3261e) and slate (chart-3, #3d4b66).
    const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const count = (r: number, g: number, b: number) => {
      let n = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (Math.abs(pixels[i] - r) < 3 && Math.abs(pixels[i + 1] - g) < 3 && Math.abs(pixels[i + 2] - b) < 3) n++;
      return n;
    };
    const red = count(179, 38, 30);
    const slate = count(61, 75, 102);
    expect(slate, 'the casualties bar').to.be.greaterThan(1000);
    // The two red bars (the total, and the latest deployment at 3/11 of it) against the one slate bar at 4/11.
    expect(red / slate).to.be.closeTo((11 + 3) / 4, 0.6);
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
