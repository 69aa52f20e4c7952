import { LitElement, css, html, isServer, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { StoryDataController } from '../data/data-controller.js';
import type { EditorNote, Story } from '../data/schema.js';
import { sourceName } from '../data/story.js';
import { WIDGETS, widget, type WidgetTag } from '../widgets.js';
import { LangController } from '../i18n/lang-controller.js';
import { hasLang } from '../i18n/text.js';
import { formatDate, pick, t, type Lang } from '../i18n/i18n.js';
import { ThemeController } from '../styles/theme-controller.js';
import { LIMITS, bounded, rangeText, type Bounded, type Limit } from '../guards/limits.js';
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
 * The height a card added by a script holds off-screen before it has ever been
 * laid out (card.styles.ts, `.lazy`): the most it takes, from the registry (`maxPx`).
 */
const placeholders = css`${unsafeCSS(WIDGETS.map((w) => `:host(${w.tag}){--_placeholder:${w.maxPx}px}`).join(''))}`;

/**
 * What every story widget shares: `lang`, `theme`, data from the bundle,
 * inline JSON or `src`, the card frame with its heading, notices, sources and
 * as-of date. Subclasses supply the title, the body and the sources they cite.
 */
export abstract class StoryElement extends LitElement {
  static override styles = [cardStyles, placeholders, printStyles];

  static override properties = {
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    src: { type: String },
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    refresh: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
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
  /** Milliseconds to wait for `src` before keeping the bundled data: 100–60000, default 8000. */
  declare srcTimeout: number;
  /** Seconds between fetches of `src` for fresh data: 1–86400; unset or 0: fetch once. */
  declare refresh: number | null;
  /** Level of the card's heading (2–6), to fit the host page's outline. Default 2. */
  declare headingLevel: number;
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
    const turn = this.hasUpdated ? null : firstRenderTurn(this, (where) => this.beforeFirstRender(where));
    // A card a script adds with no content (no height yet: where it will be is unknown) is
    // laid out when it comes near the viewport (card.styles.ts, .lazy), and so are the cards of
    // a story added that way; one with fallback content or reserved space renders when near
    // (first-render.ts) and is laid out at once, cards included, and so is every widget in a
    // frame (an iframe embed): the height it takes from the start (and the one a frame reports
    // to its page) is its cards' real heights.
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

  /** The widget that renders this one (the story, for its cards), if any. */
  private composer(): StoryElement | null {
    const host = hostOf(this);
    return host instanceof StoryElement ? host : null;
  }

  /** The markup the element was pre-rendered with (src/ssr/), while it still shows it. */
  private prerendered: ChildNode[] | null = null;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Until the first render, which waits for its turn and its language's text, the element
    // shows what the page put inside it (the embed snippet's fallback) with no shadow root:
    // the root is attached by the first render (update()). A widget waiting below the first
    // screen costs its page nothing until then: no styles parsed, nothing restyled or laid out
    // again (`npm run bench`, six-element page). A stand-in holds Lit's place meanwhile.
    if (!isServer && !this.shadowRoot) return document.createDocumentFragment();
    return this.attachRoot();
  }

  /** The shadow root, with the element's styles; a pre-rendered element arrives with its declarative one. */
  private attachRoot(): ShadowRoot | HTMLElement | DocumentFragment {
    const markup = !isServer && this.shadowRoot ? [...this.shadowRoot.childNodes] : null;
    const root = super.createRenderRoot();
    if (isServer) return root;
    // Lit would render before the first node it finds (the pre-rendered markup), which goes at the first render.
    this.renderOptions.renderBefore = null;
    if (markup) this.prerendered = markup;
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
      if (this.data.origin === 'bundled' && !this.data.error && this.querySelector(':scope > script[type="application/json"]')) return false;
    }
    return super.shouldUpdate(changed);
  }

  /** What the first render waits for once the widget is known to be near the viewport (a chart's code, for a card with one). */
  protected beforeFirstRender(_where: DOMRect): Promise<unknown> | null {
    return null;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!isServer && !this.shadowRoot) (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = this.attachRoot();
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
        // Name the value as written ("1e309"), not as Lit converted it ("Infinity").
        parsed.rejected = this.getAttribute(attr)?.slice(0, 40) ?? parsed.rejected;
        console.warn(
          `[dprk-russia-widgets] <${this.localName}> has ${attr}="${parsed.rejected}"; it takes a number in ${rangeText(limit)}. Using ${parsed.value ?? 'none'}.`,
        );
      }
    }
    if (changed.has('lang')) this.langs.resolve();
    // Lit SSR runs no controller hooks: the theme (and its notice) is resolved here for the pre-rendered markup (src/ssr/).
    if (isServer) this.themes.resolve();
    if ((changed.has('src') || changed.has('storyData')) && this.isConnected) this.data.reload();
    if (changed.has('src') || changed.has('refresh')) this.data.schedule();
  }

  /** The element's entry in the registry (src/widgets.ts): its title and its topic's kicker. */
  protected abstract readonly registryTag: WidgetTag;

  protected cardTitle(lang: Lang): string {
    return widget(this.registryTag).title(this.story, lang);
  }

  /** One kicker per topic (data/style.json): the truce card is not "Corea del Nord – Russia". */
  protected kicker(lang: Lang): string {
    return t(lang, `kicker.${widget(this.registryTag).topic}`);
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

  /** A correction in the words shown at its claim: "il trattato è del 19 giugno 2024". */
  protected correction(atClaim: NonNullable<EditorNote['atClaim']>, lang: Lang): string {
    return pick(atClaim.text, lang).replace('{date}', formatDate(lang, atClaim.date));
  }

  /** A message whose `{name}` placeholders are filled with markup (a `<time>`, say) rather than text. */
  protected fill(lang: Lang, key: Parameters<typeof t>[1], parts: Record<string, unknown>): unknown[] {
    const template = t(lang, key);
    return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece));
  }
  protected abstract renderBody(story: Story, lang: Lang): TemplateResult;
  /** Ids of the sources the body cites, in the order they appear. */
  protected abstract sourceIds(story: Story): string[];
  /** Ids of the items whose editor's notes belong on this card. */
  protected noteTargets(_story: Story): string[] {
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
    const notes = story.notes.filter((n) => n.about.some((id) => targets.has(id)));
    const names = (ids: string[]) => `${ids.map((id) => this.sourceName(story, id, lang)).join('; ')}.`;
    return html`
      <article part="base" class="card" lang=${lang} data-theme=${this.themes.scheme} aria-labelledby="title">
        <div class=${this.lazy ? 'contents lazy' : 'contents'}>
        <header part="header">
          <p class="kicker" part="kicker">${this.kicker(lang)}</p>
          ${staticHtml`<${tag} id="title" class="title" part="title">${title}</${tag}>`}
        </header>
        ${this.renderNotices(lang)}
        <div class="body" part="body">${this.renderBody(story, lang)}</div>
        <footer class="footer" part="footer">
          ${notes.map(
            (note) => html`<p class="note"><strong>${t(lang, 'editorNote')}:</strong> ${pick(note.text, lang)}</p>`,
          )}
          ${this.defaultSource && !others.length
            ? html`<p class="sources"><span>${t(lang, 'sourceLabel')}:</span> ${names([this.defaultSource])}</p>`
            : this.defaultSource
              ? html`<p class="sources"><span>${t(lang, 'sourceDefault')}:</span> ${names([this.defaultSource])}</p>
                  <p class="sources"><span>${t(lang, 'otherSources')}:</span> ${names(others)}</p>`
              : others.length
                ? html`<p class="sources"><span>${t(lang, 'sources')}:</span> ${names(others)}</p>`
                : nothing}
          <p class="publisher">${t(lang, 'articleBy', { publisher: story.article.publisher })}</p>
          <p class="as-of">${this.renderAsOf(story, lang)}</p>
        </footer>
        </div>
      </article>
    `;
  }

  protected renderAsOf(story: Story, lang: Lang): TemplateResult {
    const [before, after] = t(lang, 'asOf', { date: '\u0000' }).split('\u0000');
    return html`${before}<time datetime=${story.asOf}>${formatDate(lang, story.asOf)}</time>${after}`;
  }

  protected renderNotices(lang: Lang): TemplateResult | typeof nothing {
    const notices: string[] = [];
    const error = this.data.error;
    if (error) {
      const reason = t(lang, `notice.reason.${error.reason}`, { status: error.status ?? '' });
      notices.push(t(lang, 'notice.dataError', { reason }));
    }
    if (this.langs.unknown !== null) {
      notices.push(t(lang, 'notice.attribute', { attr: 'lang', value: this.langs.unknown, fallback: lang }));
    }
    if (this.themes.unknown !== null) {
      notices.push(t(lang, 'notice.attribute', { attr: 'theme', value: this.themes.unknown, fallback: 'auto' }));
    }
    for (const { attr, prop, limit } of NUMERIC_ATTRIBUTES) {
      const { rejected, value } = this.bounded(prop);
      if (rejected === null) continue;
      notices.push(
        t(lang, 'notice.range', { attr, value: rejected, range: rangeText(limit), fallback: value === null ? t(lang, 'notice.none') : String(value) }),
      );
    }
    if (!notices.length) return nothing;
    return html`<div class="notice" part="notice" role="status">${notices.map((n) => html`<p>${n}</p>`)}</div>`;
  }
}
