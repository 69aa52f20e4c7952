import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { t, type Lang } from '../i18n/i18n.js';
import { toCsv, valueWords, type ChartRow } from './chart-data.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What the downloadable picture carries besides the chart, so it keeps its title and sources when shared. */
export interface ChartPictureText {
  title: string;
  /** Lines under the chart: sources, as-of date, publisher. */
  credits: string[];
}

export interface ChartToolsOptions {
  /** The drawn chart's canvas, awaited when the reader asks for the picture. */
  canvas: () => Promise<HTMLCanvasElement>;
  /** Base of the downloaded files' names, without extension (`dprk-russia-tally-it`). */
  filename: () => string;
  picture: () => ChartPictureText;
}

export interface ChartDataView {
  lang: Lang;
  rows: readonly ChartRow[];
  /** The table's caption: what the data is. */
  caption: string;
}

/**
 * What every chart offers besides the picture: its data as a real table
 * (caption, headers, qualifiers in words, derived figures marked, sources)
 * behind "Show the data", the data as CSV, and the chart as a PNG. The table
 * opens for printing, since paper has no disclosure triangle.
 */
export class ChartTools implements ReactiveController {
  private printOpened: HTMLDetailsElement[] = [];

  constructor(
    private readonly host: Host,
    private readonly options: ChartToolsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
  }

  render({ lang, rows, caption }: ChartDataView): TemplateResult {
    return html`<div class="chart-data">
      <details class="data-details">
        <summary>${t(lang, 'chart.showData')}</summary>
        <table class="data-table">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${t(lang, 'chart.col.label')}</th>
              <th scope="col">${t(lang, 'chart.col.value')}</th>
              <th scope="col">${t(lang, 'chart.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr ?data-derived=${row.derived}>
                <th scope="row">${row.label}</th>
                <td class="value">${valueWords(row, lang)}</td>
                <td>${row.source}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
      <p class="chart-actions">
        <button type="button" class="download-data" @click=${() => this.downloadCsv(rows, lang)}>
          ${t(lang, 'chart.downloadData')}
        </button>
        <button type="button" class="download-chart" @click=${this.onPngClick}>
          ${t(lang, 'chart.downloadChart')}
        </button>
      </p>
    </div>`;
  }

  /** Saves the rows as `<filename>.csv`. */
  downloadCsv(rows: readonly ChartRow[], lang: Lang): void {
    const blob = new Blob([toCsv(rows, lang)], { type: 'text/csv;charset=utf-8' });
    saveFile(blob, `${this.options.filename()}.csv`, this.host.renderRoot);
  }

  /** Saves the chart, with its title and credits, as `<filename>.png`. */
  async downloadPng(): Promise<void> {
    const canvas = await this.options.canvas();
    const card = (this.host.renderRoot.querySelector('.card') as HTMLElement | null) ?? this.host;
    const style = getComputedStyle(card);
    const blob = await chartPicture(canvas, this.options.picture(), {
      background: style.backgroundColor,
      color: style.color,
      fontFamily: style.fontFamily,
    });
    saveFile(blob, `${this.options.filename()}.png`, this.host.renderRoot);
  }

  private readonly onPngClick = (): void => {
    this.downloadPng().catch((error: unknown) => console.warn('[dprk-russia-widgets] the chart picture could not be made:', error));
  };

  private readonly beforePrint = (): void => {
    this.printOpened = [...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details.data-details:not([open])')];
    for (const details of this.printOpened) details.open = true;
  };

  private readonly afterPrint = (): void => {
    for (const details of this.printOpened) details.open = false;
    this.printOpened = [];
  };
}

/** Hands a file to the browser's download through a temporary `a[download]`. */
export function saveFile(blob: Blob, filename: string, parent: ParentNode): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url; // safe-url: the blob: URL made just above
  link.download = filename;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Revoking at once cancels the download in some browsers; FileSaver.js waits 40 s too.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/**
 * The chart on the card's background with its title above and its credits
 * below, as a PNG: a transparent picture of a dark-theme chart would be
 * unreadable once pasted elsewhere, and one without sources should not travel.
 */
export async function chartPicture(
  chart: HTMLCanvasElement,
  text: ChartPictureText,
  look: { background: string; color: string; fontFamily: string },
): Promise<Blob> {
  const ratio = chart.clientWidth ? chart.width / chart.clientWidth : 1;
  const pad = Math.round(16 * ratio);
  const width = chart.width + 2 * pad;
  const titleFont = `700 ${Math.round(18 * ratio)}px ${look.fontFamily}`;
  const creditFont = `400 ${Math.round(12 * ratio)}px ${look.fontFamily}`;
  const measure = document.createElement('canvas').getContext('2d');
  const wrap = (line: string, font: string): string[] => {
    if (!measure) return [line];
    measure.font = font;
    const out: string[] = [];
    let current = '';
    for (const word of line.split(/\s+/)) {
      const next = current ? `${current} ${word}` : word;
      if (current && measure.measureText(next).width > chart.width) {
        out.push(current);
        current = word;
      } else current = next;
    }
    if (current) out.push(current);
    return out;
  };
  const titleLines = wrap(text.title, titleFont);
  const creditLines = text.credits.flatMap((line) => wrap(line, creditFont));
  const titleHeight = Math.round(24 * ratio);
  const creditHeight = Math.round(16 * ratio);
  const height = pad + titleLines.length * titleHeight + pad / 2 + chart.height + pad / 2 + creditLines.length * creditHeight + pad;

  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('canvas 2D unavailable');
  ctx.fillStyle = look.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = look.color;
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.font = titleFont;
  for (const line of titleLines) {
    ctx.fillText(line, pad, y);
    y += titleHeight;
  }
  y += pad / 2;
  ctx.drawImage(chart, pad, y);
  y += chart.height + pad / 2;
  ctx.font = creditFont;
  for (const line of creditLines) {
    ctx.fillText(line, pad, y);
    y += creditHeight;
  }
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
