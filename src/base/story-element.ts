import { LitElement, adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { StoryDataController } from '../data/data-controller.js';
import type { EditorNote, Story } from '../data/schema.js';
import { asOfLine, sourceName } from '../data/story.js';
import { documentOf } from '../data/derive.js';
import { LangController } from '../i18n/lang-controller.js';
import { hasLang } from '../i18n/text.js';
import { formatDate, pick, t, type Lang } from '../i18n/i18n.js';
import type { Topic } from '../i18n/messages.js';
import { THEMES, ThemeController } from '../styles/theme-controller.js';
import { LIMITS, bounded, rangeText, type Bounded, type Limit } from '../guards/limits.js';
import { quoted } from '../guards/quote.js';
import { LANGS } from '../i18n/i18n.js';
import { cardStyles } from '../styles/card.styles.js';
import { firstRenderTurn } from './first-render.js';
import { hostOf } from './host-of.js';
import { printStyles } from '../styles/print.styles.js';

/** Heading tags by level, for `heading-level`. */
export const HEADINGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The numeric attributes, each parsed against its limits (src/guards/limits.ts). */
const NUMERIC_ATTRIBUTES = [
  { attr: 'refresh', prop: 'refresh', limit: LIMITS.refresh },
  { attr: 'src-timeout', prop: 'srcTimeout', limit: LIMITS.srcTimeout },
  { attr: 'heading-level', prop: 'headingLevel', limit: LIMITS.headingLevel },
] as const satisfies readonly { attr: string; prop: string; limit: Limit }[];
type NumericProp = (typeof NUMERIC_ATTRIBUTES)[number]['prop'];

/**
 * A numeric attribute kept as written: Lit's `Number` converter would read
 * "0x10" as 16 and "1e3" as 1000 before `bounded` (src/guards/limits.ts)
 * could refuse anything but decimal digits.
 */
const asWritten = (value: string | null) => value;

/**
 * What every story widget shares: `lang`, `theme`, data from the bundle,
 * inline JSON or `src`, the card frame with its heading, notices, sources and
 * as-of date. Subclasses supply the title, the body and the sources they cite.
 */
export abstract class StoryElement extends LitElement {
  static override styles = [cardStyles, printStyles];

  static override properties = {
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    src: { type: String },
    srcTimeout: { attribute: 'src-timeout', converter: asWritten },
    refresh: { converter: asWritten },
    headingLevel: { attribute: 'heading-level', converter: asWritten },
    storyData: { attribute: false },
  };

  /** `it` or `en`. Without it, the closest `lang` on the page, else Italian. */
  declare lang: string;
  /**
   * A story already loaded and validated by a composing element (as
   * `<dprk-russia-story>` does for its cards), so one `src` is fetched once.
   * The element's own `src` or inline JSON still win.
   */
  declare storyData: Story | null;
  /** `auto` (default: the page's `color-scheme`, else the reader's setting), `light` or `dark`. */
  declare theme: string | null;
  /** URL of a story JSON (same shape as `data/story.json`) to use instead of the bundled data. */
  declare src: string | null;
  /** Milliseconds to wait for `src` before keeping the bundled data: 100–60000, default 8000 (whole numbers in digits; the attribute as written). */
  declare srcTimeout: number | string | null;
  /** Seconds between fetches of `src` for fresh data: 1–86400; unset or 0: fetch once (whole numbers in digits; the attribute as written). */
  declare refresh: number | string | null;
  /** Level of the card's heading (2–6), to fit the host page's outline. Default 2 (a digit; the attribute as written). */
  declare headingLevel: number | string | null;
  /** Each numeric attribute as used (a rejected value replaced by its default). */
  private numeric = {} as Record<NumericProp, Bounded>;

  /** @internal */
  readonly internals: ElementInternals | undefined;
  protected readonly langs = new LangController(this);
  protected readonly themes = new ThemeController(this);
  protected readonly data = new StoryDataController(this);

  constructor() {
    super();
    this.theme = null;
    this.src = null;
    this.srcTimeout = 0;
    this.storyData = null;
    this.refresh = null;
    this.headingLevel = 2;
    // Custom states (`:state(dark)`) where supported; the widget works without them.
    this.internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
  }

  /**
   * The first render waits for its turn (a widget far from the viewport renders
   * when it comes near, or when the page is idle: src/base/first-render.ts) and
   * for the text of the widget's language (src/i18n/text.ts); later ones find both.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (isServer) return super.scheduleUpdate();
    const turn = this.hasUpdated ? null : firstRenderTurn(this);
    // A card a script adds with no content (no height yet: where it will be is unknown) is
    // laid out when it comes near the viewport (card.styles.ts, .lazy), and so are the cards of
    // a story added that way, until the story lays them out when the page is idle (layOutNow);
    // one with fallback content or reserved space renders when near (first-render.ts) and is laid
    // out at once, cards included, and so is every widget in a frame (an iframe embed): the height
    // it takes from the start (and the one a frame reports to its page) is its cards' real heights.
    if (!this.hasUpdated && !turn) this.lazy = this.composer()?.lazy ?? false;
    if (!turn && hasLang(this.langs.lang)) return super.scheduleUpdate();
    return (async () => {
      if (turn) this.lazy = (await turn) === 'unknown' && window.parent === window;
      if (!hasLang(this.langs.lang)) await this.langs.ready();
      return super.scheduleUpdate();
    })();
  }

  /** Whether the card's contents wait to be laid out until near the viewport (src/base/first-render.ts). */
  private lazy = false;

  /**
   * Lays out contents still waiting to come near the viewport. Chromium leaves
   * contents skipped by content-visibility out of the accessibility tree: the
   * story calls this on its cards when the page is idle, so a reader reaches
   * every card's sections by heading without scrolling (issue 28).
   * @internal
   */
  layOutNow(): void {
    if (!this.lazy) return;
    this.lazy = false;
    this.requestUpdate();
  }

  /** The widget that renders this one (the story, for its cards), if any. */
  private composer(): StoryElement | null {
    const host = hostOf(this);
    return host instanceof StoryElement ? host : null;
  }

  /** The markup the element was pre-rendered with (src/ssr/), while it still shows it. */
  private prerendered: ChildNode[] | null = null;

  /** Set while the shadow root waits for the first render: it shows the page's own content and carries no styles yet. */
  private waiting: ShadowRoot | null = null;

  /**
   * Until the first render, which waits for its turn and its language's text, the element
   * shows what the page put inside it (the embed snippet's fallback), through a bare `<slot>`
   * in a shadow root that has no styles: a widget waiting below the first screen costs its
   * page no stylesheet parsed and nothing of ours restyled or laid out. The first render
   * (update()) adopts the styles, Lit's own way (`adoptStyles`), and replaces the slot.
   * A pre-rendered element arrives with its declarative root and its markup.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (isServer) return super.createRenderRoot();
    if (this.shadowRoot) {
      this.prerendered = [...this.shadowRoot.childNodes];
      const root = super.createRenderRoot();
      // Lit would render before the first node it finds (the pre-rendered markup), which goes at the first render.
      this.renderOptions.renderBefore = null;
      return root;
    }
    const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    root.append(document.createElement('slot'));
    this.waiting = root;
    return root;
  }

  /**
   * A pre-rendered element keeps its markup until it can render the same
   * data: while its inline JSON is being checked, and for good when it sits
   * pre-rendered inside another widget (`<dprk-russia-story>`), whose own
   * first render replaces it.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.prerendered) {
      if (this.composer()) return false;
      if (
        this.data.origin === 'bundled' &&
        !this.data.error &&
        this.querySelector(':scope > script[type="application/json"]')
      )
        return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.waiting) {
      this.waiting.replaceChildren();
      adoptStyles(this.waiting, (this.constructor as typeof LitElement).elementStyles);
      this.waiting = null;
    }
    // The first render replaces the pre-rendered markup in the same task, so no frame shows the card empty (upgrade in place, no hydration).
    if (this.prerendered) {
      for (const node of this.prerendered) node.remove();
      this.prerendered = null;
    }
    super.update(changed);
  }

  /** The data on screen (bundled, inline or from `src`). */
  get story(): Story {
    return this.data.story;
  }

  /** Settles once the data from `src` or inline JSON has been applied or rejected. */
  get dataSettled(): Promise<void> {
    return this.data.settled;
  }

  /** The language the widget renders in, after resolution. */
  get resolvedLang(): Lang {
    return this.langs.lang;
  }

  /** The colour scheme the widget renders in, after resolving `auto`. */
  get resolvedScheme(): 'light' | 'dark' {
    return this.themes.scheme;
  }

  /** `refresh` as used: seconds, or `null` for no refresh. */
  get refreshSeconds(): number | null {
    return this.bounded('refresh').value;
  }

  /** `src-timeout` as used, in milliseconds. */
  get timeoutMs(): number {
    return this.bounded('srcTimeout').value!;
  }

  private bounded(prop: NumericProp): Bounded {
    const { limit } = NUMERIC_ATTRIBUTES.find((a) => a.prop === prop)!;
    return (this.numeric[prop] ??= bounded(this[prop], limit));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const { attr, prop, limit } of NUMERIC_ATTRIBUTES) {
      if (!changed.has(prop)) continue;
      const parsed = (this.numeric[prop] = bounded(this[prop], limit));
      if (parsed.rejected !== null) {
        // The value only in the console, quoted and cut; the notice names the attribute alone.
        console.warn(
          `[dprk-russia-widgets] <${this.localName}> has ${attr}=${quoted(parsed.rejected)}; it takes a whole number in ${rangeText(limit)}, in digits. Using ${parsed.value ?? 'none'}.`,
        );
      }
    }
    if (changed.has('lang')) this.langs.resolve();
    // Lit SSR runs no controller hooks: the theme (and its notice) is resolved here for the pre-rendered markup (src/ssr/).
    if (isServer) this.themes.resolve();
    if ((changed.has('src') || changed.has('storyData')) && this.isConnected) this.data.reload();
    if (changed.has('src') || changed.has('refresh')) this.data.schedule();
  }

  /** What the card is titled, and the topic its kicker names: the subclass passes its registry entry. */
  protected abstract readonly entry: { title(story: Story, lang: Lang): string; topic: Topic };

  protected cardTitle(lang: Lang): string {
    return this.entry.title(this.story, lang);
  }

  /** One kicker per topic (data/style.json): the agreements card is "Russia – Ucraina", not "Corea del Nord – Russia". */
  protected kicker(lang: Lang): string {
    return t(lang, `kicker.${this.entry.topic}`);
  }

  /**
   * The source most of the card's items share (two or more), credited once in
   * the footer instead of under each item; `null` when no source repeats.
   */
  private defaultSource: string | null = null;

  private sharedSource(ids: string[]): string | null {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    let best: string | null = null;
    for (const [id, n] of counts) if (n >= 2 && n > (best ? counts.get(best)! : 0)) best = id;
    return best;
  }

  /** An item's source line, or nothing where the footer already credits the source the card's items share. */
  protected itemSource(story: Story, id: string, lang: Lang): TemplateResult | typeof nothing {
    if (id === this.defaultSource) return nothing;
    return html`<span class="source">${t(lang, 'sourceLabel')}: ${this.sourceName(story, id, lang)}</span>`;
  }

  /** A correction in the words shown at its claim, its `{date}` filled in. */
  protected correction(atClaim: NonNullable<EditorNote['atClaim']>, lang: Lang): string {
    return pick(atClaim.text, lang).replace('{date}', formatDate(lang, atClaim.date));
  }

  /** A message whose `{name}` placeholders are filled with markup (a `<time>`, say) rather than text. */
  protected fill(lang: Lang, key: Parameters<typeof t>[1], parts: Record<string, unknown>): unknown[] {
    const template = t(lang, key);
    return template
      .split(/\{(\w+)\}/)
      .map((piece, i) => (i % 2 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece));
  }
  protected abstract renderBody(story: Story, lang: Lang): TemplateResult;
  /** Ids of the sources the body cites, in the order they appear. */
  protected abstract sourceIds(story: Story): string[];
  /** Ids of the items whose editors' notes belong on this card. */
  protected noteTargets(_story: Story): string[] {
    return [];
  }
  /** Notes the card already gives at their claim, labelled as the editors' note there: not repeated in the footer. */
  protected notesAtClaim(_story: Story): EditorNote[] {
    return [];
  }

  protected get level(): number {
    return this.bounded('headingLevel').value!;
  }

  /** Heading one level below the card's own, for sections inside the card. */
  protected subheading(text: string, className = ''): TemplateResult {
    const tag = HEADINGS[Math.min(this.level + 1, 6)];
    return staticHtml`<${tag} class=${className}>${text}</${tag}>`;
  }

  protected sourceName(story: Story, id: string, lang: Lang): string {
    return sourceName(story, id, lang);
  }

  protected override render(): TemplateResult {
    const story = this.data.story;
    const lang = this.langs.lang;
    const tag = HEADINGS[this.level];
    const title = this.cardTitle(lang);
    const cited = this.sourceIds(story);
    this.defaultSource = this.sharedSource(cited);
    const others = [...new Set(cited)].filter((id) => id !== this.defaultSource);
    const targets = new Set(this.noteTargets(story));
    const atClaim = new Set(this.notesAtClaim(story));
    const notes = story.notes.filter((n) => n.about.some((id) => targets.has(id)) && !atClaim.has(n));
    // A source named once: "Comando … (conferma dell'invio riportata da CNN)" stands for the plain "Comando …" too.
    // Names compared in the language shown: a page split by language carries only that one.
    const reported = (id: string, ids: string[]) => {
      const source = story.sources.find((s) => s.id === id);
      const name = source ? pick(source.name, lang) : undefined;
      return (
        !!name &&
        ids.some(
          (other) =>
            other !== id && story.sources.some((s) => s.id === other && s.reportedBy && pick(s.name, lang) === name),
        )
      );
    };
    const named = others.filter((id) => !reported(id, others));
    const names = (ids: string[]) =>
      `${ids
        .filter((id) => !reported(id, ids))
        .map((id) => this.sourceName(story, id, lang))
        .join('; ')}.`;
    return html`
      <article part="base" class="card" lang=${lang} data-theme=${this.themes.scheme} aria-labelledby="title">
        <header part="header">
          <p class="kicker" part="kicker">${this.kicker(lang)}</p>
          ${staticHtml`<${tag} id="title" class="title" part="title">${title}</${tag}>`}
        </header>
        <div class=${this.lazy ? 'contents lazy' : 'contents'}>
        ${this.renderNotices(lang)}
        <div class="body" part="body">${this.renderBody(story, lang)}</div>
        <footer class="footer" part="footer">
          ${this.renderUpdates(story, lang)}
          ${notes.map(
            (note) => html`<p class="note"><strong>${t(lang, 'editorNote')}:</strong> ${pick(note.text, lang)}</p>`,
          )}
          ${
            this.defaultSource && !others.length
              ? html`<p class="sources"><span>${t(lang, 'sourceLabel')}:</span> ${names([this.defaultSource])}</p>`
              : this.defaultSource
                ? html`<p class="sources"><span>${t(lang, 'sourceDefault')}:</span> ${names([this.defaultSource])}</p>
                  <p class="sources"><span>${t(lang, 'otherSources')}:</span> ${names(others)}</p>`
                : others.length
                  ? html`<p class="sources"><span>${t(lang, named.length > 1 ? 'sources' : 'sourceLabel')}:</span> ${names(others)}</p>`
                  : nothing
          }
          <p class="publisher">${this.publisherLine(story, cited, lang)}</p>
          <p class="as-of">${this.renderAsOf(story, lang)}</p>
        </footer>
        </div>
      </article>
    `;
  }

  /** Whose texts the card's facts come from: the article, and any later report a fact on it cites. */
  protected publisherLine(story: Story, cited: string[], lang: Lang): string {
    const outlets = this.reportOutlets(story, cited);
    const publisher = story.article.publisher;
    return outlets.length
      ? t(lang, 'articleAndReportsBy', { publisher, outlets: outlets.join(', ') })
      : t(lang, 'articleBy', { publisher });
  }

  /** The outlets of the later reports behind the sources `cited` and the figures the card shows with their own credit. */
  protected reportOutlets(story: Story, cited: string[]): string[] {
    const shown = this.figureIds().flatMap((id) => story.figures.find((f) => f.id === id)?.source ?? []);
    const documents = new Set(
      [...cited, ...shown].map((id) => documentOf(story, { source: id })).filter((id) => id !== 'article'),
    );
    return [...new Set((story.documents ?? []).filter((d) => documents.has(d.id)).map((d) => d.outlet))];
  }

  /**
   * The items on this card an update may change: its items, the figures they
   * show, and on the tally its figures. An update that names none of them is
   * not this card's; one that names no items is the whole story's.
   */
  private updateTargets(story: Story): Set<string> {
    const items = this.noteTargets(story);
    const figures = [...story.truce.strands, ...story.events]
      .filter((x) => items.includes(x.id))
      .flatMap((x) => x.figures ?? []);
    return new Set([...items, ...figures, ...this.figureIds()]);
  }

  /** The figures the card shows as figures of its own (the tally's), beside its items. */
  protected figureIds(): readonly string[] {
    return [];
  }

  /** The updates that concern this card's facts: those naming one of them, and those naming none (the whole story's). */
  protected cardUpdates(story: Story): NonNullable<Story['updates']> {
    const targets = this.updateTargets(story);
    return (story.updates ?? []).filter((u) => !u.changes || u.changes.some((id) => targets.has(id)));
  }

  /** The update log's entries for this card's facts, latest first: "Aggiornato il {day}: … Perché: …". */
  protected renderUpdates(story: Story, lang: Lang): TemplateResult[] {
    return [...this.cardUpdates(story)]
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .map(
        (u) =>
          html`<p class="update"><strong>${this.fill(lang, u.correction ? 'corrected' : 'updated', { date: html`<time datetime=${u.date}>${formatDate(lang, u.date)}</time>` })}:</strong>
            ${pick(u.what, lang)} ${t(lang, 'updateWhy')}: ${pick(u.why, lang)}</p>`,
      );
  }

  /** The as-of line: a card no update concerns keeps the article's, however the rest of the story moved. */
  protected renderAsOf(story: Story, lang: Lang): TemplateResult {
    const { before, date, datetime, after } = asOfLine(story, lang, this.cardUpdates(story));
    return html`${before}<time datetime=${datetime}>${date}</time>${after}`;
  }

  /**
   * One notice per attribute, and one for the data. A notice names the
   * attribute and what it takes, never the value: whoever wrote the value
   * (a link to an embed page, a CMS field) must not get their words shown as
   * the publisher's. Data errors say why in our words (the schema's messages,
   * which quote the data, go to the console only).
   */
  protected renderNotices(lang: Lang): TemplateResult | typeof nothing {
    const notices: string[] = [];
    const error = this.data.error;
    if (error) {
      const reason = t(lang, `notice.reason.${error.reason}`, { status: error.status ?? '' });
      const stopped = this.data.refreshStopped ? ` ${t(lang, 'notice.refreshStopped')}` : '';
      // After a refresh that failed, the data on screen may be an earlier answer of src, not the article's.
      notices.push(
        t(lang, this.data.origin === 'bundled' ? 'notice.dataError' : 'notice.dataErrorKept', { reason }) + stopped,
      );
    }
    if (this.langs.unknown !== null) {
      notices.push(t(lang, 'notice.attribute', { attr: 'lang', accepted: LANGS.join(', '), fallback: lang }));
    }
    if (this.themes.unknown !== null) {
      notices.push(t(lang, 'notice.attribute', { attr: 'theme', accepted: THEMES.join(', '), fallback: 'auto' }));
    }
    for (const { attr, prop, limit } of NUMERIC_ATTRIBUTES) {
      const { rejected, value } = this.bounded(prop);
      if (rejected === null) continue;
      notices.push(
        t(lang, 'notice.range', {
          attr,
          range: rangeText(limit),
          fallback: value === null ? t(lang, 'notice.none') : String(value),
        }),
      );
    }
    if (!notices.length) return nothing;
    return html`<div class="notice" part="notice" role="status">${notices.map((n) => html`<p>${n}</p>`)}</div>`;
  }
}
