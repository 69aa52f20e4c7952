import { html, nothing, svg, type TemplateResult } from 'lit';
import { StoryElement } from '../../base/story-element.js';
import { widget } from '../../widgets.js';
import { FLOW_DIRECTIONS, type EditorNote, type Flow, type Story } from '../../data/schema.js';
import { notesAbout } from '../../data/story.js';
import { pick, t, type Lang } from '../../i18n/i18n.js';
import { exchangeStyles } from './dprk-russia-exchange.styles.js';

type Direction = (typeof FLOW_DIRECTIONS)[number];

const HEAD = svg`<path d="M4 3l16 9-16 9z" />`;

/**
 * What flows between North Korea and Russia, drawn as two banks with arrows
 * between them: soldiers, weapons and care for wounded Russian soldiers one way;
 * coal, food and medicine (and, the United States fears, technology) the other;
 * education exchanges and the defence pact both ways. Each direction is a
 * real list under a heading that says the direction in words; the arrows are
 * decorative. At narrow widths the banks stack, North Korea above Russia.
 *
 * @summary Two-way picture of what North Korea and Russia exchange.
 *
 * @csspart base - The card.
 * @csspart header - Kicker and title.
 * @csspart title - The card heading.
 * @csspart body - North Korea and Russia, and the lanes between them.
 * @csspart lane - One direction: its heading, arrow and flows.
 * @csspart flow - One thing that flows.
 * @csspart footer - Sources, editors' notes, and how the data is dated (the article is undated).
 * @csspart notice - Notices about data or attributes.
 *
 * @cssprop --drw-chart-1 - Arrow and edge of flows to Russia.
 * @cssprop --drw-chart-3 - Arrow and edge of flows to North Korea.
 * @cssprop --drw-muted - Arrow and edge of flows both ways.
 * @cssprop --drw-surface - Background of North Korea and Russia.
 *
 * @fires drw-data-load - Data from `src` or inline JSON was applied.
 * @fires drw-data-error - Data from `src` or inline JSON was rejected; the previous data stays.
 */
export class DprkRussiaExchange extends StoryElement {
  static override styles = [...StoryElement.styles, exchangeStyles];

  protected readonly entry = widget('dprk-russia-exchange');

  protected sourceIds(story: Story): string[] {
    return FLOW_DIRECTIONS.flatMap((d) => story.flows.filter((f) => f.direction === d).map((f) => f.source));
  }

  protected override noteTargets(story: Story): string[] {
    return story.flows.map((f) => f.id);
  }

  protected override notesAtClaim(story: Story): EditorNote[] {
    return story.flows.flatMap((f) => notesAbout(story, f.id).filter((n) => n.atClaim));
  }

  protected renderBody(story: Story, lang: Lang): TemplateResult {
    return html`<div class="exchange">
      <p class="pole north-korea" aria-hidden="true">${t(lang, 'exchange.northKorea')}</p>
      <div class="lanes">
        ${FLOW_DIRECTIONS.map((direction) => {
          const flows = story.flows.filter((f) => f.direction === direction);
          return flows.length ? this.renderLane(story, direction, flows, lang) : nothing;
        })}
      </div>
      <p class="pole russia" aria-hidden="true">${t(lang, 'exchange.russia')}</p>
    </div>`;
  }

  private renderLane(story: Story, direction: Direction, flows: Flow[], lang: Lang): TemplateResult {
    const start = direction !== 'toRussia';
    const end = direction !== 'toNorthKorea';
    return html`<section class="lane" part="lane" data-direction=${direction}>
      ${this.subheading(t(lang, `exchange.${direction}`), 'lane-title')}
      <div class="arrow" aria-hidden="true">
        ${start ? html`<svg class="head start" viewBox="0 0 24 24">${HEAD}</svg>` : nothing}
        <span class="shaft"></span>
        ${end ? html`<svg class="head end" viewBox="0 0 24 24">${HEAD}</svg>` : nothing}
      </div>
      <ul class="flows" role="list">
        ${flows.map(
          (
            flow,
          ) => html`<li class="flow keep" part="flow" data-flow=${flow.id} data-kind=${flow.kind} data-certainty=${flow.certainty}>
            <span class="flow-label">${pick(flow.label, lang)}</span>
            ${flow.certainty === 'reported' ? nothing : html`<span class="badge">${t(lang, `certainty.${flow.certainty}`)}</span>`}
            <span class="flow-detail">${pick(flow.detail, lang)}</span>
            ${notesAbout(story, flow.id).map((note) =>
              note.atClaim
                ? html`<span class="correction"><strong>${t(lang, 'editorNote')}:</strong> ${this.correction(note.atClaim, lang)}.</span>`
                : html`<span class="see-note">${t(lang, 'seeNote')}</span>`,
            )}
            ${this.itemSource(story, flow.source, lang)}
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dprk-russia-exchange': DprkRussiaExchange;
  }
}
