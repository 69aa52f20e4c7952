/**
 * The live preview: every card, in Italian and English, at a phone's width
 * (360 px) or a desktop's (1200 px), light or dark, fed the story as the
 * widgets see it (`storyData`, after their own validator). The cards are the
 * package's own elements, loaded by the page from the built bundle, so the
 * preview is what readers get. Also reads a card's text as a reader sees it,
 * for the diff shown at publishing.
 */
import type { Story } from '../data/schema.js';
import { WIDGETS } from '../widgets.js';
import { el, tr } from './ui.js';

/** The cards (the composed story page repeats them). */
export const CARD_TAGS = WIDGETS.filter((w) => w.story !== null).map((w) => w.tag);

type Card = HTMLElement & { storyData: Story | null; updateComplete?: Promise<unknown> };

export class Preview {
  readonly root: HTMLElement;
  private cards: Card[] = [];
  private story: Story | null = null;
  private width: '360' | '1200' = '360';
  private theme: 'light' | 'dark' = 'light';
  private readonly notice: HTMLElement;
  private readonly panes: HTMLElement;

  constructor() {
    this.notice = el('p', { class: 'notice', role: 'status', hidden: true });
    this.panes = el('div', { class: 'panes' });
    this.root = el('section', { class: 'preview', 'aria-labelledby': 'preview-heading' });
    this.render();
  }

  /** Rebuilds the controls and panes (after a change of the interface language or of width/theme). */
  render(): void {
    const controls = el(
      'div',
      { class: 'preview-controls' },
      this.radios(
        'width',
        tr('preview.width'),
        [
          ['360', tr('preview.phone')],
          ['1200', tr('preview.desktop')],
        ],
        this.width,
      ),
      this.radios(
        'theme',
        tr('preview.theme'),
        [
          ['light', tr('preview.light')],
          ['dark', tr('preview.dark')],
        ],
        this.theme,
      ),
    );
    this.root.replaceChildren(
      el('h2', { id: 'preview-heading' }, tr('preview.heading')),
      controls,
      this.notice,
      this.panes,
    );
    this.panes.replaceChildren();
    this.panes.className = `panes w${this.width}`;
    this.cards = [];
    for (const lang of ['it', 'en'] as const) {
      const label = tr('preview.col', { lang: tr(lang === 'it' ? 'lang.it' : 'lang.en') });
      const pane = el('div', {
        class: `pane theme-${this.theme}`,
        role: 'group',
        'aria-label': label,
        lang,
        'data-lang': lang,
      });
      for (const tag of CARD_TAGS) {
        const card = document.createElement(tag) as Card;
        card.setAttribute('lang', lang);
        card.setAttribute('theme', this.theme);
        card.setAttribute('heading-level', '3');
        if (this.story) card.storyData = this.story;
        pane.append(card);
        this.cards.push(card);
      }
      this.panes.append(pane);
    }
  }

  /** Shows `story`; `null` keeps the last story the widgets accepted, with a notice. */
  show(story: Story | null): void {
    this.notice.hidden = story !== null;
    this.notice.textContent = story ? '' : tr('preview.stale');
    if (!story || story === this.story) return;
    this.story = story;
    for (const card of this.cards) card.storyData = story;
  }

  private radios(name: string, legend: string, options: Array<[string, string]>, chosen: string): HTMLElement {
    const set = el('fieldset', { class: 'radios' }, el('legend', {}, legend));
    for (const [value, text] of options) {
      const id = `preview-${name}-${value}`;
      const radio = el('input', { type: 'radio', name: `preview-${name}`, id, value, checked: value === chosen });
      radio.addEventListener('change', () => {
        if (name === 'width') this.width = value as '360' | '1200';
        else this.theme = value as 'light' | 'dark';
        this.render();
        document.getElementById(id)?.focus();
      });
      set.append(el('span', { class: 'radio' }, radio, el('label', { for: id }, text)));
    }
    return set;
  }
}

/** Elements whose text is one line of what a reader reads. */
const BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'caption',
  'figcaption',
  'dt',
  'dd',
  'summary',
  'blockquote',
]);
const isBlock = (x: Element) => BLOCKS.has(x.localName);

/** A card's text as a reader reads it, one line per block, in the order shown. */
export async function readerLines(tag: string, story: Story, lang: 'it' | 'en', host: HTMLElement): Promise<string[]> {
  await customElements.whenDefined(tag);
  const card = document.createElement(tag) as Card;
  card.setAttribute('lang', lang);
  card.storyData = story;
  host.append(card);
  await card.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const lines: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (!(child instanceof Element) || child.localName === 'style' || child.localName === 'script') continue;
      if (child.shadowRoot) walk(child.shadowRoot);
      if (isBlock(child) && ![...child.querySelectorAll('*')].some(isBlock)) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) lines.push(text);
      } else walk(child);
    }
  };
  walk(card.shadowRoot ?? card);
  card.remove();
  return lines;
}

/** Lines of `before` not in `after` and the reverse, each kept once per time it occurs. */
export function lineDiff(before: string[], after: string[]): { removed: string[]; added: string[] } {
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const a = count(before);
  const b = count(after);
  const removed = before.filter((l) => {
    const n = b.get(l) ?? 0;
    if (n > 0) {
      b.set(l, n - 1);
      return false;
    }
    return true;
  });
  const added = after.filter((l) => {
    const n = a.get(l) ?? 0;
    if (n > 0) {
      a.set(l, n - 1);
      return false;
    }
    return true;
  });
  return { removed, added };
}
