import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { StoryElement } from '../../base/story-element.js';
import { widget } from '../../widgets.js';
import type { Story, Strand, TruceState } from '../../data/schema.js';
import { figure } from '../../data/story.js';
import { formatDate, pick, t, type Lang } from '../../i18n/i18n.js';
import { ceasefireStyles } from './ceasefire-status.styles.js';

/** A shape per state, so no state is told by colour alone (the word is always there too). */
const ICONS: Record<TruceState, SVGTemplateResult> = {
  holding: svg`<path d="M4 12.5l5 5L20 6.5" />`,
  agreed: svg`<path d="M4 12.5l5 5L20 6.5" /><path d="M4 20h16" />`,
  negotiating: svg`<circle cx="5" cy="12" r="1.5" /><circle cx="12" cy="12" r="1.5" /><circle cx="19" cy="12" r="1.5" />`,
  conditions: svg`<path d="M7 3.5h10v17H7z" /><path d="M10 8.5h4M10 12h4M10 15.5h2.5" />`,
  opposed: svg`<path d="M6 6l12 12M18 6L6 18" />`,
  fighting: svg`<path d="M12 3l9.5 17h-19z" /><path d="M12 10v4.5M12 17.5v.5" />`,
};

/**
 * Each point of the agreement reached at the Russia–Ukraine talks in Saudi
 * Arabia, and of the talks, conditions, positions and fighting around it, as
 * the article reports them: its state (in words and a shape), the facts behind
 * it and their sources, and the day since which, according to the article,
 * neither side has struck the other's energy facilities (as the article gives
 * it: no count of days, no year).
 *
 * @summary The Russia–Ukraine agreements and talks, point by point, each with its state and sources.
 *
 * @csspart base - The card.
 * @csspart header - Kicker and title.
 * @csspart title - The card heading.
 * @csspart body - The energy halt's start date and the points.
 * @csspart strand - One point of the agreements and talks.
 * @csspart footer - Sources, editors' notes, and how the data is dated (the article is undated).
 * @csspart notice - Notices about data or attributes.
 *
 * @cssprop --drw-ok - Colour of holding or agreed points, and of the energy halt's date.
 * @cssprop --drw-warn - Colour of points under negotiation or under Russia's conditions.
 * @cssprop --drw-bad - Colour of points Russia opposes, and of the fighting.
 *
 * @fires drw-data-load - Data from `src` or inline JSON was applied.
 * @fires drw-data-error - Data from `src` or inline JSON was rejected; the previous data stays.
 */
export class CeasefireStatus extends StoryElement {
  static override styles = [...StoryElement.styles, ceasefireStyles];

  protected readonly entry = widget('ceasefire-status');

  protected sourceIds(story: Story): string[] {
    return story.truce.strands
      .flatMap((s) => [
        ...s.facts.map((f) => f.source),
        ...(s.figures ?? []).map((id) => figure(story, id)?.source ?? ''),
      ])
      .filter(Boolean);
  }

  protected override noteTargets(story: Story): string[] {
    return story.truce.strands.map((s) => s.id);
  }

  /**
   * The day the energy halt began, as the article gives it ("Dal 25 marzo"). No
   * count of days: the article is undated, so any end to the count would be ours.
   */
  haltSince(story: Story = this.story): string | null {
    return story.truce.strands.find((s) => s.state === 'holding' && s.since)?.since ?? null;
  }

  protected renderBody(story: Story, lang: Lang): TemplateResult {
    const since = this.haltSince(story);
    return html`
      ${
        since
          ? html`<p class="days">
            <span class="what">${t(lang, 'ceasefire.since')}</span>
            <span class="count"><time datetime=${since}>${formatDate(lang, since)}</time></span>
            <span class="what">${t(lang, 'ceasefire.halt')}</span>
          </p>`
          : ''
      }
      <ul class="strands pairs" role="list">
        ${story.truce.strands.map((strand) => this.renderStrand(story, strand, lang))}
      </ul>
    `;
  }

  private renderStrand(story: Story, strand: Strand, lang: Lang): TemplateResult {
    return html`<li class="strand" part="strand" data-strand=${strand.id} data-state=${strand.state}>
      ${this.subheading(pick(strand.title, lang), 'strand-title')}
      <span class="badge"><svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[strand.state]}</svg>${t(lang, `state.${strand.state}`)}</span>
      <ul class="facts" role="list">
        ${strand.facts.map(
          // The source's line follows its own words; what the article adds after them in the same
          // sentence ("Di conseguenza, …") comes after the line, the article's (the card's footer credits it).
          (fact) => html`<li>
            ${pick(fact.text, lang)}
            ${this.itemSource(story, fact.source, lang)}
            ${fact.then ? html`<span class="then">${pick(fact.then, lang)}</span>` : ''}
          </li>`,
        )}
      </ul>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ceasefire-status': CeasefireStatus;
  }
}
