import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Qualifier, Unit } from '../data/schema.js';
import { qualifiedNumber, t, unitWords, type Lang } from '../i18n/i18n.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * One value a chart draws, with everything a reader needs to trust it. The
 * same rows feed the chart's data table and its CSV, so the two never disagree.
 */
export interface ChartRow {
  /** What the value counts, in the reader's language. */
  label: string;
  value: number;
  qualifier: Qualifier;
  unit: Unit;
  /** Who reports it, in words ("South Korea’s Joint Chiefs of Staff, reported by CNN"). */
  source: string;
  /** True for a figure we computed ourselves rather than one reported. */
  derived: boolean;
}

/** "almeno 3.000 soldati" / "at least 3,000 soldiers": qualifier and unit in words. */
export function valueWords(row: ChartRow, lang: Lang): string {
  return `${qualifiedNumber(lang, row.value, row.qualifier)} ${unitWords(lang, row.unit)}`;
}

export interface ChartToolsOptions {
  /** The chart as a PNG, made (its code loaded) when the reader asks for it. */
  png: () => Promise<Blob>;
  /** Base of the downloaded files' names, without extension (`dprk-russia-tally-it`). */
  filename: () => string;
  /** How the data is dated and whose texts it comes from, in one line: the CSV's last row. */
  credit: () => string;
}

export interface ChartDataView {
  lang: Lang;
  rows: readonly ChartRow[];
  /** The table's caption: what the data is. */
  caption: string;
  /** False in pre-rendered markup: the buttons, which need the script, are hidden (their space kept, so nothing moves on upgrade). */
  live: boolean;
}

/**
 * What every chart offers besides the picture: its data as a real table
 * (caption, headers, qualifiers in words, derived figures marked, sources)
 * behind "Show the data" (a `<details>`, so it opens without script too), the
 * data as CSV, and the chart as a PNG (buttons only where the script runs). The
 * table opens for printing, since paper has no disclosure triangle.
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

  render({ lang, rows, caption, live }: ChartDataView): TemplateResult {
    return html`<div class="chart-data"><details class="data-details"><summary>${t(lang, 'chart.showData')}</summary><table class="data-table"><caption>${caption}</caption><thead><tr><th scope="col">${t(lang, 'chart.col.label')}</th><th scope="col">${t(lang, 'chart.col.value')}</th><th scope="col">${t(lang, 'chart.col.source')}</th></tr></thead><tbody>${rows.map(
      (row) =>
        html`<tr ?data-derived=${row.derived}><th scope="row">${row.label}</th><td class="value">${valueWords(row, lang)}</td><td>${row.source}</td></tr>`,
    )}</tbody></table></details><p class="chart-actions" ?hidden=${!live}><button type="button" class="download-data" @click=${() => void this.save('csv', rows, lang)}>${t(lang, 'chart.downloadData')}</button> <button type="button" class="download-chart" @click=${() => void this.save('png', rows, lang)}>${t(lang, 'chart.downloadChart')}</button></p></div>`;
  }

  /** Saves the data as `<filename>.csv` or the chart as `<filename>.png`; the code for either loads on the reader's click. */
  private async save(kind: 'csv' | 'png', rows: readonly ChartRow[], lang: Lang): Promise<void> {
    try {
      const files = await import('./chart-data.js');
      const blob = kind === 'csv' ? files.csv(rows, lang, this.options.credit()) : await this.options.png();
      files.saveFile(blob, `${this.options.filename()}.${kind}`, this.host.renderRoot);
    } catch (error) {
      console.warn(`[dprk-russia-widgets] the ${kind.toUpperCase()} file could not be made:`, error);
    }
  }

  private readonly beforePrint = (): void => {
    this.printOpened = [
      ...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details.data-details:not([open])'),
    ];
    for (const details of this.printOpened) details.open = true;
  };

  private readonly afterPrint = (): void => {
    for (const details of this.printOpened) details.open = false;
    this.printOpened = [];
  };
}
