import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { StoryElement } from '../../base/story-element.js';
import { onAsOfYear } from '../../data/dates.js';
import type { Story, Strand, TruceState } from '../../data/schema.js';
import { figure } from '../../data/story.js';
import { daysBetween, formatDate, formatNumber, pick, t, type Lang } from '../../i18n/i18n.js';
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
 * Each strand of the partial Russia–Ukraine truce agreed in Saudi Arabia, with
 * its state (in words and a shape), the facts behind it and their sources,
 * and the days without strikes on energy infrastructure counted to the data's
 * as-of date, never to today.
 *
 * @summary Status board of the partial Russia–Ukraine truce.
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
 * @csspart body - Day counter and strands.
 * @csspart strand - One strand of the truce.
 * @csspart footer - Sources, editor's notes and as-of date.
 * @csspart notice - Notices about data or attributes.
 *
 * @cssprop --drw-ok - Colour of holding strands.
 * @cssprop --drw-warn - Colour of agreed or negotiated strands.
 * @cssprop --drw-bad - Colour of blocked, opposed or fighting strands.
 *
 * @fires drw-data-load - Data from `src` or inline JSON was applied.
 * @fires drw-data-error - Data from `src` or inline JSON was rejected; the previous data stays.
 */
export class CeasefireStatus extends StoryElement {
  static override styles = [...StoryElement.styles, ceasefireStyles];

  protected readonly registryTag = 'ceasefire-status';

  protected sourceIds(story: Story): string[] {
    return story.truce.strands.flatMap((s) => [
      ...s.facts.map((f) => f.source),
      ...(s.figures ?? []).map((id) => figure(story, id)?.source ?? ''),
    ]).filter(Boolean);
  }

  protected override noteTargets(story: Story): string[] {
    return story.truce.strands.map((s) => s.id);
  }

  /** Days from the energy halt to the data's as-of date (derived). */
  daysSinceHalt(story: Story = this.story): { days: number; since: string } | null {
    const halted = story.truce.strands.find((s) => s.state === 'holding' && s.since);
    // A day the article gives without a year ("25 marzo") counts from the latest such day up to asOf.
    return halted?.since ? { days: daysBetween(onAsOfYear(halted.since, story.asOf), story.asOf), since: halted.since } : null;
  }

  protected renderBody(story: Story, lang: Lang): TemplateResult {
    const halt = this.daysSinceHalt(story);
    return html`
      ${halt
        ? html`<p class="days">
            <span class="count">${formatNumber(lang, halt.days)}</span>
            <span class="what">${t(lang, halt.days === 1 ? 'ceasefire.days.one' : 'ceasefire.days.other')}</span>
            <span class="detail derived"
              >${t(lang, 'ceasefire.daysDetail', { since: formatDate(lang, halt.since), asOf: formatDate(lang, story.asOf) })}</span
            >
          </p>`
        : ''}
      <ul class="strands pairs" role="list">
        ${story.truce.strands.map((strand) => this.renderStrand(story, strand, lang))}
      </ul>
    `;
  }

  private renderStrand(story: Story, strand: Strand, lang: Lang): TemplateResult {
    return html`<li class="strand" part="strand" data-strand=${strand.id} data-state=${strand.state}>
      <span class="badge"><svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[strand.state]}</svg>${t(lang, `state.${strand.state}`)}</span>
      ${this.subheading(pick(strand.title, lang), 'strand-title')}
      <ul class="facts" role="list">
        ${strand.facts.map(
          (fact) => html`<li>
            ${pick(fact.text, lang)}
            ${this.itemSource(story, fact.source, lang)}
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
