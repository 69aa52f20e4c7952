import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { HEADINGS, StoryElement } from '../../base/story-element.js';
import type { Story } from '../../data/schema.js';
import { figure } from '../../data/story.js';
import { documentOf } from '../../data/derive.js';
import { pick, qualifiedNumber, t, toLang, type Lang } from '../../i18n/i18n.js';
import { THEMES, surroundingsChanged } from '../../styles/theme-controller.js';
import { safeHref } from '../../guards/safe-url.js';
import { STORY_CARDS, widget } from '../../widgets.js';
import { storyStyles } from './dprk-russia-story.styles.js';

/**
 * The whole story on one section, for a standalone page or a long read: the
 * article's headline and standfirst, one as-of line, and every card of the
 * story (those the registry, src/widgets.ts, marks for it), laid out in one column on phones and two on wide screens.
 *
 * The cards follow the story: its `lang` and `theme` are passed to them only
 * when set on it; data from its `src` (with `refresh`) or inline JSON is loaded
 * once, by the story, and handed to every card (otherwise they read the page, exactly as
 * the story does), and their headings sit one level below the story's.
 *
 * @summary Every card of the story, composed into one responsive section.
 *
 * @csspart base - The section.
 * @csspart header - Kicker, headline, standfirst and as-of line.
 * @csspart kicker - The kicker above the headline.
 * @csspart title - The headline.
 * @csspart standfirst - The article's standfirst.
 * @csspart body - The cards.
 * @csspart footer - How the data is dated, and the article it comes from.
 * @csspart notice - Notices about data or attributes.
 *
 * @cssprop --drw-bg - Section background (the cards take theirs too).
 * @cssprop --drw-fg - Text colour.
 * @cssprop --drw-muted - Standfirst and footer.
 *
 * @fires drw-data-load - Data from `src` or inline JSON was applied (and handed to every card).
 * @fires drw-data-error - Data from `src` or inline JSON was rejected; the previous data stays.
 */
export class DprkRussiaStory extends StoryElement {
  static override styles = [...StoryElement.styles, storyStyles];

  private renderedScheme: string | null = null;

  /**
   * A story a script adds with no content lays its cards out when they come
   * near the viewport (the first screen is drawn without the others' work),
   * and the rest when the page is idle, one card per idle moment: their
   * headings and landmarks are read from the start (they sit outside the lazy
   * contents), their sections as soon as the page is idle, with no scrolling.
   */
  protected override firstUpdated(): void {
    const idle: (run: () => void) => void =
      typeof requestIdleCallback === 'function'
        ? (run) => requestIdleCallback(run, { timeout: 2000 })
        : (run) => setTimeout(run, 50);
    const next = (cards: StoryElement[]) => {
      const [card, ...rest] = cards;
      if (!card || !this.isConnected) return;
      card.layOutNow();
      if (rest.length) idle(() => next(rest));
    };
    idle(() =>
      next([...this.renderRoot.querySelectorAll<StoryElement>('.cards > *')].filter((c) => c instanceof StoryElement)),
    );
  }

  protected override updated(): void {
    const scheme = this.resolvedScheme;
    if (scheme === this.renderedScheme) return;
    this.renderedScheme = scheme;
    // A card in `auto` reads the color-scheme of this section, which has only
    // now changed: the page-wide signal that told the story reached the cards
    // before the story re-rendered.
    for (const card of this.renderRoot.querySelectorAll('.cards > *')) surroundingsChanged(card as HTMLElement);
  }

  protected readonly entry = widget('dprk-russia-story');

  protected sourceIds(_story: Story): string[] {
    return [];
  }

  /**
   * The cards render inside {@link render}; this is the header's own body: the
   * article's standfirst shown as the article's words (in English, our
   * translation, said so), then the figures in our words with the article's qualifiers.
   */
  protected renderBody(story: Story, lang: Lang): TemplateResult {
    const say = (id: string) => {
      const f = figure(story, id);
      return f ? qualifiedNumber(lang, f.value, f.qualifier) : '—';
    };
    // Both figures are the Joint Chiefs'; CNN reported the confirmation of the deployment only, so it is
    // said apart, in the article's order ("La conferma di questo invio è stata riportata dalla CNN").
    const total = figure(story, 'troops-total');
    const latest = figure(story, 'troops-latest');
    const latestSource = story.sources.find((s) => s.id === latest?.source);
    // A figure from a later report is not "in the article's body": the line then names each figure's source,
    // whose name says which report it comes from (as the cards' source lines do).
    const fromReport = [latest, total].some((f) => f && documentOf(story, f) !== 'article');
    const sources = [...new Set([latest?.source, total?.source].filter((id): id is string => !!id))];
    const figures = {
      latest: say('troops-latest'),
      total: say('troops-total'),
      source: total?.source ? this.sourceName(story, total.source, lang) : '—',
      sources: sources.length ? sources.map((id) => this.sourceName(story, id, lang)).join('; ') : '—',
      label: t(lang, sources.length > 1 ? 'sources' : 'sourceLabel'),
    };
    // The standfirst is unita.tv's and drops the body's "almeno" and "circa": its caption says so, the line under it has them.
    return html`<figure class="standfirst" part="standfirst">
        <blockquote><p>${pick(story.article.standfirst, lang)}</p></blockquote>
        <figcaption>${story.article.publisher}: ${t(lang, 'story.standfirst')}</figcaption>
      </figure>
      <p class="figures-line">
        ${t(lang, fromReport ? 'story.figuresReports' : 'story.figures', figures)}
        ${latestSource?.reportedBy ? t(lang, 'story.confirmation', { outlet: pick(latestSource.reportedBy, lang) }) : nothing}
      </p>
      ${this.renderUpdates(story, lang)}`;
  }

  /** The figures the header shows: an update that changes one of them is shown under them, as on the cards. */
  protected override figureIds(): readonly string[] {
    return ['troops-latest', 'troops-total'];
  }

  /**
   * Unlike a single card, nothing that wraps the cards carries `lang`: a card
   * without its own `lang` must find the page's (or the story's own attribute)
   * when it walks up, never a copy the story has not re-rendered yet.
   */
  protected override render(): TemplateResult {
    const story = this.story;
    const lang = this.resolvedLang;
    const level = this.level;
    const heading = HEADINGS[level];
    // The header's figures may come from a later report: its outlet is named beside the article.
    const outlets = this.reportOutlets(story, []);
    const pass = {
      lang: toLang(this.lang) ? lang : nothing,
      theme: this.theme && (THEMES as readonly string[]).includes(this.theme) ? this.theme : nothing,
      // The story loads `src` / inline JSON once (and refreshes it) and hands the result down.
      data: this.data.origin === 'bundled' ? null : story,
      level: String(Math.min(level + 1, 6)),
    };
    return html`
      <section part="base" class="card story" data-theme=${this.resolvedScheme} aria-labelledby="title">
        <header part="header" class="head" lang=${lang}>
          <p class="kicker" part="kicker">${this.kicker(lang)}</p>
          ${staticHtml`<${heading} id="title" class="title" part="title">${this.cardTitle(lang)}</${heading}>`}
          ${this.renderBody(story, lang)}
          <p class="as-of">${this.renderAsOf(story, lang)}</p>
        </header>
        <div lang=${lang}>${this.renderNotices(lang)}</div>
        <div class="cards" part="body" role="group" aria-label=${t(lang, 'story.cards')}>
          ${STORY_CARDS.map(
            // The tags come from the registry (src/widgets.ts), never from data or attributes.
            (card) =>
              staticHtml`<${unsafeStatic(card.tag)} class=${card.story === 'wide' ? 'wide' : nothing} lang=${pass.lang} theme=${pass.theme} .storyData=${pass.data} heading-level=${pass.level}></${unsafeStatic(card.tag)}>`,
          )}
        </div>
        <footer part="footer" class="footer" lang=${lang}>
          <p class="as-of-note">${pick(story.asOfNote, lang)}</p>
          <p class="publisher">
            ${
              story.article.url
                ? // Validated data already passes the rule; data handed in as storyData is checked here too.
                  html`<a href=${safeHref(story.article.url) ?? nothing}
                    >${t(lang, 'articleBy', { publisher: story.article.publisher })}</a
                  >`
                : t(lang, 'articleBy', { publisher: story.article.publisher })
            }${outlets.length ? `; ${t(lang, 'alsoFrom', { outlets: outlets.join(', ') })}` : nothing}
          </p>
        </footer>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dprk-russia-story': DprkRussiaStory;
  }
}
