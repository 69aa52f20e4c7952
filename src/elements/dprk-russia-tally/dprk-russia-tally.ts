import { html, type TemplateResult } from 'lit';
import type { Chart, ChartConfiguration } from 'chart.js';
import { barLabels, barThickness, MIN_FONT, type BarLabelsSpec, type LabelBox } from '../../charts/bar-labels.js';
import { StoryElement } from '../../base/story-element.js';
import { ChartController, prefersReducedMotion } from '../../charts/chart-controller.js';
import { chartPalette, hatch } from '../../charts/chart-colors.js';
import type { ChartRow } from '../../charts/chart-data.js';
import { ChartKeyboardController } from '../../charts/chart-keyboard-controller.js';
import { ChartTools } from '../../charts/chart-tools.js';
import { chartToolsStyles } from '../../charts/chart-tools.styles.js';
import type { Figure, Story } from '../../data/schema.js';
import { derivation, figure, figureCredit } from '../../data/story.js';
import { formatDate, pick, qualifiedNumber, qualifierWords, formatNumber, t, unitWords, type Lang } from '../../i18n/i18n.js';
import { tallyStyles } from './dprk-russia-tally.styles.js';

/** The figures this card shows, in reading order. */
export const TALLY_FIGURES = ['troops-total', 'troops-latest', 'casualties'] as const;

/**
 * The figures the chart draws, one dataset each, in reading order (the order the
 * keyboard visits them): the row (`bar`) each sits in, and its colour. The total
 * is a bar of its own, so the sourced figure is the longest shape; the latest
 * deployment and the derived remainder share the second row, the remainder hatched
 * and pale, never the largest shape drawn.
 */
const CHART_SERIES = [
  { id: 'troops-total', bar: 0, color: '--_chart-1' },
  { id: 'troops-latest', bar: 1, color: '--_chart-1' },
  { id: 'troops-earlier', bar: 1, color: '--_chart-2' },
  { id: 'casualties', bar: 2, color: '--_chart-3' },
] as const;

/** The chart's rows, each labelled above its bar (message keys of `tally.bar.*`). */
const CHART_ROWS = [
  { id: 'troops-total', text: 'tally.bar.total' },
  { id: 'troops-latest', text: 'tally.bar.latest', note: 'troops-earlier' },
  { id: 'casualties', text: 'tally.bar.casualties' },
] as const;

/**
 * North Korean soldiers sent to Russia, killed and wounded: about 11,000 in all,
 * at least 3,000 in the latest deployment, at least 4,000 killed and wounded, each
 * with its qualifier and source, and a bar chart of them.
 *
 * @summary Soldiers North Korea sent to Russia, killed and wounded, with a chart.
 *
 * @attr lang - `it` or `en`; without it, the closest `lang` on the page, else `it`.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr src - URL of a story JSON to use instead of the bundled data.
 * @attr src-timeout - Milliseconds to wait for `src` (default 8000).
 * @attr heading-level - Level of the card heading, 2–6 (default 2).
 *
 * @csspart base - The card.
 * @csspart header - Kicker and title.
 * @csspart title - The card heading.
 * @csspart body - Figures and chart.
 * @csspart chart - The chart's figure.
 * @csspart footer - Sources, editor's notes and as-of date.
 * @csspart notice - Notices about data or attributes.
 *
 * @cssprop --drw-bg - Card background.
 * @cssprop --drw-fg - Text colour.
 * @cssprop --drw-accent - Headline figures and kicker.
 * @cssprop --drw-chart-1 - Soldiers bars (in all, and the latest deployment).
 * @cssprop --drw-chart-2 - Hatching of the segment before the latest deployment (editors’ calculation).
 * @cssprop --drw-chart-3 - Killed and wounded bar.
 * @cssprop --drw-focus - Focus ring around the chart, its table toggle and buttons.
 *
 * @fires drw-data-load - Data from `src` or inline JSON was applied.
 * @fires drw-data-error - Data from `src` or inline JSON was rejected; the previous data stays.
 */
export class DprkRussiaTally extends StoryElement {
  static override styles = [...StoryElement.styles, chartToolsStyles, tallyStyles];

  /** The chart's lifecycle; `chart.chart` is the live Chart.js instance once drawn. */
  readonly chart = new ChartController(this, {
    canvas: () => this.renderRoot?.querySelector('canvas'),
    config: () => this.chartConfig(),
  });

  /** Arrow-key exploration of the chart, announced in a live region. */
  readonly keyboard = new ChartKeyboardController(this, {
    chart: () => this.chart.chart,
    rows: () => this.chartRows(),
    lang: () => this.resolvedLang,
  });

  /** The chart's data table, CSV and PNG downloads. */
  readonly tools = new ChartTools(this, {
    canvas: async () => (await this.chart.ready).canvas,
    filename: () => `${this.localName}-${this.resolvedLang}`,
    picture: () => {
      const story = this.story;
      const lang = this.resolvedLang;
      const sources = [...new Set(this.chartRows(story, lang).map((row) => row.source))];
      return {
        title: t(lang, 'tally.title'),
        credits: [
          `${t(lang, 'sources')}: ${sources.join('; ')}.`,
          `${t(lang, 'asOf', { date: formatDate(lang, story.asOf) })} · ${t(lang, 'articleBy', { publisher: story.article.publisher })}`,
        ],
      };
    },
  });

  protected readonly registryTag = 'dprk-russia-tally';

  protected override beforeFirstRender(where: DOMRect): Promise<unknown> | null {
    return this.chart.beforeFirstRender(where);
  }

  protected sourceIds(story: Story): string[] {
    return TALLY_FIGURES.map((id) => figure(story, id)?.source ?? '').filter(Boolean);
  }

  protected renderBody(story: Story, lang: Lang): TemplateResult {
    const figures = TALLY_FIGURES.map((id) => figure(story, id)).filter((f): f is Figure => !!f);
    return html`
      <ul class="figures" role="list">
        ${figures.map((f) => this.renderFigure(story, f, lang))}
      </ul>
      <figure class="chart" part="chart">
        <div
          class="chart-box"
          tabindex="0"
          role="group"
          aria-roledescription=${t(lang, 'chart.roledescription')}
          aria-label=${t(lang, 'tally.chartLabel')}
          aria-describedby="chart-help"
          @keydown=${this.keyboard.onKeydown}
          @blur=${this.keyboard.onBlur}
        >
          <canvas role="img" aria-label=${this.chartSummary(story, lang)}></canvas>
        </div>
        <p id="chart-help" class="visually-hidden">${t(lang, 'chart.help')}</p>
        <p class="visually-hidden chart-live" role="status">${this.keyboard.announcement}</p>
        <figcaption class="derived"><span class="swatch" aria-hidden="true"></span>${this.derivedNote(story, lang)}</figcaption>
      </figure>
      ${this.tools.render({ lang, rows: this.chartRows(story, lang), caption: t(lang, 'tally.table.caption') })}
    `;
  }

  private renderFigure(story: Story, f: Figure, lang: Lang): TemplateResult {
    const words = qualifierWords(lang, f.qualifier);
    return html`<li class="figure" data-figure=${f.id}>
      ${words ? html`<span class="qualifier">${words}</span>` : ''}
      <span class="number">${formatNumber(lang, f.value)}</span>
      <span class="label">${pick(f.label, lang)}</span>
      ${f.source ? this.itemSource(story, f.source, lang) : ''}
    </li>`;
  }

  private derivedNote(story: Story, lang: Lang): string {
    const earlier = figure(story, 'troops-earlier');
    return earlier ? derivation(story, earlier, lang) : '';
  }

  /** What the chart shows, in words: the canvas's accessible name. */
  chartSummary(story: Story = this.story, lang: Lang = this.resolvedLang): string {
    const say = (id: string) => {
      const f = figure(story, id);
      return f ? `${qualifiedNumber(lang, f.value, f.qualifier)} ${unitWords(lang, f.unit)}` : '—';
    };
    return t(lang, 'tally.chart.summary', {
      total: say('troops-total'),
      latest: say('troops-latest'),
      earlier: say('troops-earlier'),
      casualties: say('casualties'),
      derivedSource: (() => {
        const f = figure(story, 'troops-earlier');
        return f ? figureCredit(story, f, lang) : '';
      })(),
    });
  }

  /** The values the chart draws, in dataset order: its table, CSV and keyboard stops. */
  chartRows(story: Story = this.story, lang: Lang = this.resolvedLang): ChartRow[] {
    return CHART_SERIES.flatMap((series, datasetIndex) => {
      const f = figure(story, series.id);
      if (!f) return [];
      return [
        {
          label: pick(f.label, lang),
          value: f.value,
          qualifier: f.qualifier,
          unit: f.unit,
          source: figureCredit(story, f, lang),
          derived: !!f.derived,
          datasetIndex,
          index: series.bar,
        },
      ];
    });
  }

  /** A dataset's name with its figure: "Troops … (at least 3,000)", derived ones marked. */
  private seriesLabel(story: Story, id: string, lang: Lang): string {
    const f = figure(story, id);
    if (!f) return id;
    const words = qualifierWords(lang, f.qualifier);
    return `${pick(f.label, lang)} (${words ? `${words} ` : ''}${formatNumber(lang, f.value)}${f.derived ? `, ${t(lang, 'derived')}` : ''})`;
  }

  /** Direct labels on the bars; read at each draw. */
  private readonly labels = barLabels(() => this.labelSpec);
  private labelSpec: BarLabelsSpec | null = null;

  /** The text boxes the chart drew (CSS pixels from the canvas's top left), for layout checks. */
  get chartLabelBoxes(): LabelBox[] {
    const chart = this.chart.chart;
    return (chart && this.labels.boxes.get(chart as unknown as Chart)) ?? [];
  }

  private chartConfig(): ChartConfiguration<'bar'> {
    const story = this.story;
    const lang = this.resolvedLang;
    const style = getComputedStyle(this.renderRoot.querySelector('.card') ?? this);
    const box = this.renderRoot.querySelector<HTMLElement>('.chart-box');
    const boxStyle = box ? getComputedStyle(box) : style;
    const palette = chartPalette(style, CHART_SERIES.map((series) => series.color));
    const fontSize = Math.max(MIN_FONT, parseFloat(boxStyle.fontSize) || 14);
    const fontFamily = style.fontFamily;
    const rowHeight = (box?.clientHeight || 3 * 70) / CHART_ROWS.length;
    const thickness = barThickness(rowHeight, fontSize);
    const value = (id: string) => figure(story, id)?.value ?? 0;
    const say = (id: string) => {
      const f = figure(story, id);
      return f ? qualifiedNumber(lang, f.value, f.qualifier) : '';
    };
    this.labelSpec = {
      rows: CHART_ROWS.map((row, index) => ({
        index,
        value: say(row.id),
        text: t(lang, row.text),
        note:
          'note' in row && figure(story, row.note)
            ? { datasetIndex: CHART_SERIES.findIndex((s) => s.id === row.note), text: t(lang, 'tally.bar.earlier', { value: say(row.note) }) }
            : undefined,
      })),
      fontFamily,
      fontSize,
      color: palette.text,
      muted: palette.forced ? palette.text : style.getPropertyValue('--_muted').trim(),
      rule: palette.text,
    };
    // The scale ends at the data: the longest row.
    const rowTotals = CHART_ROWS.map((_, bar) => CHART_SERIES.filter((s) => s.bar === bar).reduce((sum, s) => sum + value(s.id), 0));
    const max = Math.max(1, ...rowTotals);
    return {
      type: 'bar',
      data: {
        labels: CHART_ROWS.map((row) => pick(figure(story, row.id)?.label ?? { it: row.id, en: row.id }, lang)),
        datasets: CHART_SERIES.map((series, i) => {
          const f = figure(story, series.id);
          const data: Array<number | null> = CHART_ROWS.map(() => null);
          data[series.bar] = f?.value ?? 0;
          const fill = palette.fills[i];
          const derived = !!f?.derived;
          return {
            label: this.seriesLabel(story, series.id, lang),
            data,
            // Derived figures are hatched and pale: told apart by pattern and weight, not by colour alone.
            backgroundColor: derived
              ? hatch(palette.forced ? 'Canvas' : palette.background, palette.forced ? 'CanvasText' : fill, devicePixelRatio)
              : fill,
            borderColor: derived && !palette.forced ? fill : palette.edge,
            borderWidth: palette.edgeWidth,
            barThickness: thickness,
            stack: 'a',
          };
        }),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 400 },
        locale: lang === 'it' ? 'it-IT' : 'en-GB',
        layout: { padding: { left: 0, right: 1, top: 0, bottom: 0 } },
        scales: {
          // No axis to read: every bar carries its value. The scale ends at the longest bar.
          // Hidden ticks too (`ticks.display`): Chart.js otherwise measures their labels in its own
          // font on every layout (~10 ms on the first draw, its font looked up). They are still labelled,
          // with our formatter, not Chart.js's Intl one (~40 ms to build on first use).
          x: { stacked: true, display: false, min: 0, max, grace: 0, grid: { display: false }, ticks: { display: false, callback: (tick) => formatNumber(lang, Number(tick)) } },
          y: { stacked: true, display: false, grid: { display: false }, ticks: { display: false } },
        },
        plugins: {
          tooltip: {
            titleFont: { family: fontFamily, size: fontSize, weight: 'bold' },
            bodyFont: { family: fontFamily, size: fontSize },
            callbacks: {
              label: (item) => item.dataset.label ?? '',
            },
          },
        },
      },
      plugins: [this.labels],
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dprk-russia-tally': DprkRussiaTally;
  }
}
