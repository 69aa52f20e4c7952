import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { StoryElement } from '../../base/story-element.js';
import { widget } from '../../widgets.js';
import type { Arm, Story } from '../../data/schema.js';
import { ARM_KINDS, ARM_STATUSES } from '../../data/schema.js';
import { pick, t, type Lang } from '../../i18n/i18n.js';
import { labelCertainty } from '../../i18n/messages.js';
import { armsStyles } from './dprk-russia-arms.styles.js';

type ArmKind = (typeof ARM_KINDS)[number];
type ArmStatus = (typeof ARM_STATUSES)[number];

/** A pictogram per kind of weapon; decorative, the name says what it is. */
const KIND_ICONS: Record<ArmKind, SVGTemplateResult> = {
  missile: svg`<path d="M12 2.5c2.6 2.6 3.6 6 3.6 9.5v5.5H8.4V12c0-3.5 1-6.9 3.6-9.5z" /><path d="M8.4 13.5L5 18v1.5h3.4M15.6 13.5L19 18v1.5h-3.4" /><path d="M10.5 20.5h3" /><circle cx="12" cy="9" r="1.3" />`,
  artillery: svg`<rect x="2.5" y="13" width="14" height="6" rx="3" /><path d="M5.5 13v-2.5h7.5V13" /><path d="M12 10.5l9.5-5" /><circle cx="6" cy="16" r="0.8" /><circle cx="9.5" cy="16" r="0.8" /><circle cx="13" cy="16" r="0.8" />`,
  rocket: svg`<path d="M2.5 15.5h16v3h-16z" /><circle cx="6" cy="19.5" r="1.5" /><circle cx="15" cy="19.5" r="1.5" /><path d="M6 15.5l11-8.5 2.5 3-9 5.5" /><path d="M9.5 12.8l8.7-4.3M11.5 14.3l7.2-3.7" />`,
  drone: svg`<circle cx="5.5" cy="5.5" r="3" /><circle cx="18.5" cy="5.5" r="3" /><circle cx="5.5" cy="18.5" r="3" /><circle cx="18.5" cy="18.5" r="3" /><path d="M7.6 7.6l2.4 2.4M16.4 7.6L14 10M7.6 16.4l2.4-2.4M16.4 16.4L14 14" /><rect x="9.5" y="9.5" width="5" height="5" rx="1.2" />`,
  technology: svg`<rect x="7" y="7" width="10" height="10" rx="1.5" /><path d="M10 3.5V7M14 3.5V7M10 17v3.5M14 17v3.5M3.5 10H7M3.5 14H7M17 10h3.5M17 14h3.5" /><path d="M10 12h4" />`,
};

/** A shape per status, so no status is told by colour alone (the word is always there too). */
const STATUS_ICONS: Record<ArmStatus, SVGTemplateResult> = {
  // Moved from one country to the other.
  supplied: svg`<path d="M3.5 12h15M13 6l6 6-6 6" />`,
  // Part-way done.
  developing: svg`<circle cx="12" cy="12" r="8.5" /><path d="M12 12V3.5a8.5 8.5 0 0 1 8.5 8.5z" fill="currentColor" />`,
  // Not known to have happened: a broken circle and a question mark.
  feared: svg`<circle cx="12" cy="12" r="8.5" stroke-dasharray="3 3" /><path d="M9.6 9.6a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1.1.9-1.1 1.6v.4M12 16.8v.1" />`,
};

/**
 * What North Korea has supplied to Russia (short-range ballistic missiles,
 * self-propelled howitzers, multiple rocket launchers), the AI attack drones it
 * is developing, and the transfer of technology the United States fears: one
 * icon card each, with its status in words and a shape, and its source.
 *
 * @summary Weapons and military technology between North Korea and Russia, as icon cards.
 *
 * @csspart base - The card.
 * @csspart header - Kicker and title.
 * @csspart title - The card heading.
 * @csspart body - The icon cards.
 * @csspart arm - One weapon or technology.
 * @csspart footer - Sources, editors' notes, and how the data is dated (the article is undated).
 * @csspart notice - Notices about data or attributes.
 *
 * @cssprop --drw-accent - Frame of supplied weapons.
 * @cssprop --drw-warn - Frame of weapons in development.
 * @cssprop --drw-muted - Dashed frame of feared transfers.
 * @cssprop --drw-surface - Disc behind each icon.
 *
 * @fires drw-data-load - Data from `src` or inline JSON was applied.
 * @fires drw-data-error - Data from `src` or inline JSON was rejected; the previous data stays.
 */
export class DprkRussiaArms extends StoryElement {
  static override styles = [...StoryElement.styles, armsStyles];

  protected readonly entry = widget('dprk-russia-arms');

  protected sourceIds(story: Story): string[] {
    return story.arms.map((a) => a.source);
  }

  protected override noteTargets(story: Story): string[] {
    return story.arms.map((a) => a.id);
  }

  protected renderBody(story: Story, lang: Lang): TemplateResult {
    return html`<ul class="arms pairs" role="list">
      ${story.arms.map((arm) => this.renderArm(story, arm, lang))}
    </ul>`;
  }

  private renderArm(story: Story, arm: Arm, lang: Lang): TemplateResult {
    return html`<li class="arm keep" part="arm" data-arm=${arm.id} data-kind=${arm.kind} data-status=${arm.status} data-certainty=${labelCertainty(`arms.status.${arm.status}`)}>
      ${this.subheading(pick(arm.name, lang), 'arm-name')}
      <div class="top">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${KIND_ICONS[arm.kind]}</svg>
        <span class="badge"
          ><svg viewBox="0 0 24 24" aria-hidden="true">${STATUS_ICONS[arm.status]}</svg>${t(lang, `arms.status.${arm.status}`)}</span
        >
      </div>
      <p class="detail">${pick(arm.detail, lang)}</p>
      ${this.itemSource(story, arm.source, lang)}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dprk-russia-arms': DprkRussiaArms;
  }
}
