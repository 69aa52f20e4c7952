import { html, isServer, nothing, type TemplateResult } from 'lit';
import { StoryElement } from '../../base/story-element.js';
import { widget } from '../../widgets.js';
import { ChartTools, type ChartRow } from '../../charts/chart-tools.js';
import { chartToolsStyles } from '../../charts/chart-tools.styles.js';
import type { Figure, Story } from '../../data/schema.js';
import { REQUIRED_FIGURES } from '../../data/vocabulary.js';
import { asOfText, derivation, figure, figureCredit } from '../../data/story.js';
import { pick, qualifiedNumber, qualifierWords, formatNumber, t, type Lang } from '../../i18n/i18n.js';
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
  { id: 'troops-total', bar: 0, color: 'chart-1' },
  { id: 'troops-latest', bar: 1, color: 'chart-1' },
  { id: 'troops-earlier', bar: 1, color: 'chart-2' },
  { id: 'casualties', bar: 2, color: 'chart-3' },
] as const;

/** The chart's rows, each labelled above its bar (message keys of `tally.bar.*`); one list item each. */
const CHART_ROWS = [
  { id: 'troops-total', text: 'tally.bar.total' },
  { id: 'troops-latest', text: 'tally.bar.latest', note: 'troops-earlier' },
  { id: 'casualties', text: 'tally.bar.casualties' },
] as const;

/**
 * North Korean soldiers sent to Russia (about 11,000 since the start of the
 * conflict between Russia and Ukraine, at least 3,000 of them in the latest
 * deployment, according to South Korea's Joint Chiefs of Staff as the article
 * reports) and killed and wounded in North Korean ranks (at least 4,000,
 * according to estimates the article cites), each with its qualifier and
 * source, and a bar chart of them.
 *
 * @summary North Korean soldiers sent to Russia, and the estimated killed and wounded in North Korean ranks, with a chart.
 *
 * @csspart base - The card.
 * @csspart header - Kicker and title.
 * @csspart title - The card heading.
 * @csspart body - Figures and chart.
 * @csspart chart - The chart's figure.
 * @csspart footer - Sources, editors' notes, and how the data is dated (the article is undated).
 * @csspart notice - Notices about data or attributes.
 *
 * @cssprop --drw-bg - Card background.
 * @cssprop --drw-fg - Text colour.
 * @cssprop --drw-accent - Headline figures and kicker.
 * @cssprop --drw-chart-1 - Soldiers bars (in all, and the latest deployment).
 * @cssprop --drw-chart-2 - Hatching of the segment before the latest deployment (editors’ calculation).
 * @cssprop --drw-chart-3 - Killed and wounded bar.
 * @cssprop --drw-focus - Focus ring around the chart's rows, its table toggle and buttons.
 *
 * @csspart bar - One drawn bar segment of the chart (an element as wide as its value).
 *
 * @fires drw-data-load - Data from `src` or inline JSON was applied.
 * @fires drw-data-error - Data from `src` or inline JSON was rejected; the previous data stays.
 */
export class DprkRussiaTally extends StoryElement {
  static override styles = [...StoryElement.styles, chartToolsStyles, tallyStyles];

  /** The row that takes the chart's one Tab stop (roving focus). */
  private current = 0;
  /** The help is said once, with the first row focused, until the reader has used the arrows. */
  private explored = false;
  /** Escape hides the tooltips until focus moves again. */
  private quiet = false;

  /** The chart's data table, CSV and PNG downloads. */
  readonly tools = new ChartTools(this, {
    png: () => this.png(),
    filename: () => `${this.localName}-${this.resolvedLang}`,
    credit: () => this.creditLine(this.story, this.resolvedLang),
  });

  protected readonly entry = widget('dprk-russia-tally');

  protected override figureIds(): readonly string[] {
    return REQUIRED_FIGURES;
  }

  protected sourceIds(story: Story): string[] {
    return TALLY_FIGURES.map((id) => figure(story, id)?.source ?? '').filter(Boolean);
  }

  protected renderBody(story: Story, lang: Lang): TemplateResult {
    const figures = TALLY_FIGURES.map((id) => figure(story, id)).filter((f): f is Figure => !!f);
    // Focus targets, help and working buttons only where the script that serves them runs: pre-rendered
    // markup has the same elements (nothing moves on upgrade), the buttons hidden, no Tab stop, no help.
    const live = !isServer;
    // No <figure>: it would take its caption as a name, and the calculation would be heard twice. The
    // list is the chart's one name; the key, with its calculation, is read once, where it stands.
    return html`<ul class="figures" role="list">${figures.map((f) => this.renderFigure(story, f, lang))}</ul><div class="chart" part="chart"><ul class="bars" role="list" aria-label=${t(lang, 'tally.chartLabel')} ?data-quiet=${this.quiet} @keydown=${live ? this.onKeydown : nothing} @focusin=${live ? this.onFocusin : nothing}>${this.barRows(story, lang).map((row, i) => this.renderRow(row, i, live))}</ul><p class="derived"><span class="swatch" aria-hidden="true"></span>${this.derivedNote(story, lang)}</p></div>${this.tools.render({ lang, rows: this.chartRows(story, lang), caption: t(lang, 'tally.table.caption'), live })}`;
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

  /**
   * One list item per row, read in order as plain text: its value with the
   * qualifier and what it counts, its source, the note under a derived segment.
   * The bars are empty SVG boxes whose `width` attribute is their share of the
   * longest row: a presentation attribute, not a `style`, so a page with a strict
   * CSP (`style-src 'self'`) and a server-rendered card draw them at their
   * lengths; the stylesheet colours them. Without any CSS (a newsletter, reader
   * view) the rect inside still draws each bar in the text colour, the derived
   * one hollow.
   */
  private renderRow(row: BarRow, i: number, live: boolean): TemplateResult {
    // The help is a description of the Tab stop, heard with it, never a paragraph read a second time.
    return html`<li class="row" data-row=${row.id} tabindex=${live ? (i === this.current ? 0 : -1) : nothing} aria-description=${live && i === this.current && !this.explored ? t(this.resolvedLang, 'chart.help') : nothing}><span class="row-label"><strong class="value">${row.value}</strong>${` ${row.text}`}</span><span class="visually-hidden">. ${row.source}.</span> <span class="track" aria-hidden="true">${row.segments.map(
      (segment) =>
        html`<svg class=${segment.derived ? 'bar derived' : `bar ${segment.color}`} part="bar" data-series=${segment.id} width=${percent(segment.share)} height="24" focusable="false"><rect width="100%" height="100%" fill=${segment.derived ? 'none' : 'currentColor'} stroke="currentColor" stroke-width="2"></rect></svg>`,
    )}</span> ${
      row.note
        ? html`<span class="note-line"><svg class="note-indent" width=${percent(row.note.indent)} height="1" aria-hidden="true" focusable="false"></svg><span class="note">${row.note.text}</span></span>`
        : nothing
    } <span class="tip" aria-hidden="true" hidden><strong>${row.value}</strong> ${row.text} · ${row.source}</span></li>`;
  }

  private derivedNote(story: Story, lang: Lang): string {
    const earlier = figure(story, 'troops-earlier');
    return earlier ? derivation(story, earlier, lang) : '';
  }

  /**
   * The chart's rows as drawn: labels, sources, and each segment's share of the
   * longest row (the scale ends at the data, never at a typed maximum).
   */
  private barRows(story: Story, lang: Lang): BarRow[] {
    const value = (id: string) => Math.max(0, figure(story, id)?.value ?? 0);
    const say = (id: string) => {
      const f = figure(story, id);
      return f ? qualifiedNumber(lang, f.value, f.qualifier) : '—';
    };
    const rows = CHART_ROWS.map((row, bar) => ({
      row,
      series: CHART_SERIES.filter((s) => s.bar === bar && figure(story, s.id)),
    }));
    const max = Math.max(1, ...rows.map(({ series }) => series.reduce((sum, s) => sum + value(s.id), 0)));
    return rows.map(({ row, series }) => {
      // The segment before the noted one: where the note starts.
      const lead = series[0] && 'note' in row && series[1]?.id === row.note ? value(series[0].id) : -1;
      return {
        id: row.id,
        value: say(row.id),
        text: t(lang, row.text),
        source: series
          .map((s) => figure(story, s.id)!)
          .map((g) =>
            g.derived
              ? `${say(g.id)}: ${t(lang, 'derived')}`
              : `${t(lang, 'sourceLabel')}: ${figureCredit(story, g, lang)}`,
          )
          .join('; '),
        segments: series.map((s) => ({
          id: s.id,
          color: s.color,
          derived: !!figure(story, s.id)!.derived,
          share: value(s.id) / max,
        })),
        note:
          lead < 0
            ? undefined
            : { text: t(lang, 'tally.bar.earlier', { value: say(series[1].id) }), indent: lead / max },
      };
    });
  }

  /** The values the chart draws, in reading order: its table and CSV. */
  chartRows(story: Story = this.story, lang: Lang = this.resolvedLang): ChartRow[] {
    return CHART_SERIES.flatMap((series) => {
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
        },
      ];
    });
  }

  private rowElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.bars > .row')];
  }

  /** Arrows, Home and End move the one Tab stop from row to row; Escape hides the tooltip. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = this.rowElements();
    const at = rows.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const last = rows.length - 1;
    const next = (
      { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: last } as Record<
        string,
        number
      >
    )[event.key];
    if (event.key === 'Escape') this.quiet = true;
    else if (next === undefined) return;
    else {
      this.explored = true;
      // The focus move is what a screen reader announces.
      rows[Math.min(Math.max(next, 0), last)].focus();
    }
    // The page must not scroll under the reader while they move.
    event.preventDefault();
    this.requestUpdate();
  };

  /**
   * The row focused (by Tab, an arrow, or a click or tap: a row with a tabindex
   * takes focus from the pointer) keeps the Tab stop; its tooltip shows, and a
   * screen reader says the row.
   */
  private readonly onFocusin = (event: FocusEvent): void => {
    const index = this.rowElements().indexOf(event.target as HTMLElement);
    if (index < 0) return;
    this.current = index;
    this.quiet = false;
    this.requestUpdate();
  };

  /** The chart as a PNG, with its title and credits: its code loads when the reader asks for it. */
  private async png(): Promise<Blob> {
    const { htmlChartPng } = await import('../../charts/chart-kit.js');
    const story = this.story;
    const lang = this.resolvedLang;
    // The sources once each: the editors' calculation has its own key line, and "Comando … (conferma … CNN)"
    // stands for the plain "Comando …" too, as in the card's footer.
    const credited = [...new Set(this.chartRows(story, lang).flatMap((row) => (row.derived ? [] : [row.source])))];
    const sources = credited.filter((name) => !credited.some((other) => other.startsWith(`${name} (`)));
    return htmlChartPng(this.renderRoot.querySelector<HTMLElement>('.bars')!, {
      title: t(lang, 'tally.png.title'),
      // The key under the chart travels with the picture: the hatched segment is the editors' calculation.
      credits: [
        this.derivedNote(story, lang),
        `${t(lang, sources.length > 1 ? 'sources' : 'sourceLabel')}: ${sources.join('; ')}.`,
        this.creditLine(story, lang),
      ],
    });
  }

  /** How the card's data is dated and whose texts it comes from, in one line: the picture and the data file carry it. */
  private creditLine(story: Story, lang: Lang): string {
    return `${asOfText(story, lang, this.cardUpdates(story))} · ${this.publisherLine(story, this.sourceIds(story), lang)}`;
  }
}

/** A row of the HTML chart. */
interface BarRow {
  id: string;
  /** The figure with its qualifier ("circa 11.000"). */
  value: string;
  /** What it counts ("in tutto"). */
  text: string;
  /** Who reports each segment's figure, or that the editors computed it. */
  source: string;
  /** Each drawn segment, its share (0–1) of the longest row. */
  segments: { id: string; color: string; derived: boolean; share: number }[];
  /** The note under a derived segment, indented to where that segment starts. */
  note?: { text: string; indent: number };
}

/** A share as an SVG length: "27.273%". */
const percent = (share: number) => `${+(Math.min(1, share) * 100).toFixed(3)}%`;

declare global {
  interface HTMLElementTagNameMap {
    'dprk-russia-tally': DprkRussiaTally;
  }
}
