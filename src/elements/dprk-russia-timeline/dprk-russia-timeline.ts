import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { StoryElement } from '../../base/story-element.js';
import { widget } from '../../widgets.js';
import { EVENT_STATUSES, type EditorNote, type Figure, type Story, type StoryEvent } from '../../data/schema.js';
import { onAsOfYear } from '../../data/dates.js';
import { documentOf } from '../../data/derive.js';
import { figure, figureCredit, notesAbout } from '../../data/story.js';
import { labelCertainty } from '../../i18n/messages.js';
import { formatDate, pick, qualifiedNumber, t, unitWords, type Lang } from '../../i18n/i18n.js';
import { timelineStyles } from './dprk-russia-timeline.styles.js';

type EventStatus = (typeof EVENT_STATUSES)[number];

/** The dot on the rail is also the status's shape: full, half, or a broken outline. */
const STATUS_DOTS: Record<EventStatus, SVGTemplateResult> = {
  happened: svg`<circle cx="12" cy="12" r="8" fill="currentColor" />`,
  ongoing: svg`<circle cx="12" cy="12" r="8" /><path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor" stroke="none" />`,
  possible: svg`<circle cx="12" cy="12" r="8" stroke-dasharray="3 2.6" />`,
};

/**
 * The story's events in time. Those the article dates (the defence pact, "2023"
 * in the article, with the editors' note; the halt, from 25 March, to strikes
 * on energy facilities) sit on a rail in date order, each date as precise as the article
 * gives it. The rest are grouped under "Undated in the article", happened
 * first, then ongoing, then possible; no date is ever made up for them.
 *
 * @summary Timeline of the story's diplomacy and war, dated only where the article dates it.
 *
 * @csspart base - The card.
 * @csspart header - Kicker and title.
 * @csspart title - The card heading.
 * @csspart body - The dated rail and the undated group.
 * @csspart event - One event.
 * @csspart footer - Sources, editors' notes, and how the data is dated (the article is undated).
 * @csspart notice - Notices about data or attributes.
 *
 * @cssprop --drw-accent - Events that happened, and figures.
 * @cssprop --drw-ok - Ongoing events.
 * @cssprop --drw-muted - Possible events.
 * @cssprop --drw-border - The rail.
 *
 * @fires drw-data-load - Data from `src` or inline JSON was applied.
 * @fires drw-data-error - Data from `src` or inline JSON was rejected; the previous data stays.
 */
export class DprkRussiaTimeline extends StoryElement {
  static override styles = [...StoryElement.styles, timelineStyles];

  protected readonly entry = widget('dprk-russia-timeline');

  protected sourceIds(story: Story): string[] {
    const { dated, undated } = this.groups(story);
    // A figure's own credit stands at the figure (CNN reported the confirmation of the deployment, not of the total).
    return [...dated, ...undated].map((e) => e.source);
  }

  protected override noteTargets(story: Story): string[] {
    return story.events.map((e) => e.id);
  }

  protected override notesAtClaim(story: Story): EditorNote[] {
    return story.events.filter((e) => e.date).flatMap((e) => notesAbout(story, e.id).filter((n) => n.atClaim));
  }

  /**
   * A figure's credit where its source is not its event's: within the article, who reported it
   * ("(conferma dell'invio riportata da CNN)"); from another text, that text's full credit
   * (source, outlet, date); for a figure we compute, our calculation.
   */
  private figureConfirmation(story: Story, event: StoryEvent, f: Figure, lang: Lang): string {
    if (f.derived) return ` (${figureCredit(story, f, lang)})`;
    if (f.source === event.source) return '';
    const source = story.sources.find((s) => s.id === f.source);
    if (documentOf(story, f) !== documentOf(story, event)) return ` (${figureCredit(story, f, lang)})`;
    return source?.reportedBy ? ` (${t(lang, 'confirmedBy', { outlet: pick(source.reportedBy, lang) })})` : '';
  }

  /** Dated events by date; undated ones happened, then ongoing, then possible (data order within each). */
  groups(story: Story = this.story): { dated: StoryEvent[]; undated: StoryEvent[] } {
    // A day given without a year sorts as the latest such day up to asOf (the year is never shown).
    const when = (e: StoryEvent) => onAsOfYear(e.date!, story.asOf);
    const dated = story.events
      .filter((e) => e.date)
      .sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0));
    const rank = (e: StoryEvent) => EVENT_STATUSES.indexOf(e.status);
    const undated = story.events.filter((e) => !e.date).sort((a, b) => rank(a) - rank(b));
    return { dated, undated };
  }

  private figuresOf(story: Story, event: StoryEvent): Figure[] {
    return (event.figures ?? []).map((id) => figure(story, id)).filter((f): f is Figure => !!f);
  }

  protected renderBody(story: Story, lang: Lang): TemplateResult {
    const { dated, undated } = this.groups(story);
    return html`<div class="timeline">
      ${
        dated.length
          ? html`<section class="dated">
            ${this.subheading(t(lang, 'timeline.dated'), 'group-title')}
            <ol class="events" role="list">
              ${dated.map((e) => this.renderEvent(story, e, lang))}
            </ol>
          </section>`
          : nothing
      }
      ${
        undated.length
          ? html`<section class="undated">
            ${this.subheading(t(lang, 'timeline.undated'), 'group-title')}
            <p class="undated-note">${t(lang, 'timeline.undatedNote')}</p>
            <ul class="events" role="list">
              ${undated.map((e) => this.renderEvent(story, e, lang))}
            </ul>
          </section>`
          : nothing
      }
    </div>`;
  }

  private renderEvent(story: Story, event: StoryEvent, lang: Lang): TemplateResult {
    const figures = this.figuresOf(story, event);
    const notes = notesAbout(story, event.id);
    // A correction of the date stands at the date, as the editors' note: "2023, secondo l'articolo; nota della redazione: …".
    const dateFix = event.date ? notes.find((n) => n.atClaim) : undefined;
    return html`<li class="event keep" part="event" data-event=${event.id} data-status=${event.status} data-certainty=${labelCertainty(`event.${event.status}`)}>
      <svg class="dot" viewBox="0 0 24 24" aria-hidden="true">${STATUS_DOTS[event.status]}</svg>
      ${
        event.date
          ? dateFix?.atClaim
            ? html`<span class="when corrected"
              >${this.fill(lang, 'correctionAtClaim', {
                claim: html`<time datetime=${event.date}>${formatDate(lang, event.date)}</time>`,
                correction: this.correction(dateFix.atClaim, lang),
              })}</span
            >`
            : html`<time class="when" datetime=${event.date}>${formatDate(lang, event.date)}</time>`
          : nothing
      }
      <span class="badge">${t(lang, `event.${event.status}`)}</span>
      <span class="event-title">${pick(event.title, lang)}</span>
      <p class="event-detail">${pick(event.detail, lang)}</p>
      ${
        figures.length
          ? html`<ul class="event-figures" role="list">
            ${figures.map(
              (f) => html`<li data-figure=${f.id}>
                <span class="number">${qualifiedNumber(lang, f.value, f.qualifier)} ${unitWords(lang, f.unit)}</span>:
                ${pick(f.label, lang)}${this.figureConfirmation(story, event, f, lang)}
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${notes.some((n) => n !== dateFix) ? html`<span class="see-note">${t(lang, 'seeNote')}</span>` : nothing}
      ${this.itemSource(story, event.source, lang)}
      ${event.then ? html`<span class="then">${pick(event.then, lang)}</span>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dprk-russia-timeline': DprkRussiaTimeline;
  }
}
