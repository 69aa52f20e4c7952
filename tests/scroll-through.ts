/**
 * A card off-screen is not laid out or painted until it comes near the
 * viewport (`content-visibility: auto`, src/styles/card.styles.ts); once laid
 * out it keeps its height. This brings `el` and every card inside it (a
 * story's) into view in turn, for two frames each, as a reader scrolling past
 * them would, so what a test then measures is what that reader saw.
 */
export async function scrollThrough(el: Element): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const cards = [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) =>
    e.shadowRoot?.querySelector('[part~="base"]'),
  );
  for (const card of cards) {
    for (const part of card.shadowRoot!.querySelectorAll('[part~="base"]')) {
      part.scrollIntoView({ block: 'start' });
      await frame();
      part.scrollIntoView({ block: 'end' });
      await frame();
      await frame();
    }
  }
}

/**
 * Paints every card in `el` (a story's too) whether near the viewport or not,
 * for a screenshot: a card skipped by `content-visibility: auto` shows empty,
 * and the browser decides again at each frame, so a check made before the
 * capture can be stale by the time the capture's own frame is drawn (a story
 * shot on a busy machine came out as five empty frames). What is compared is
 * how a card looks laid out, as a reader near it sees it.
 */
export function paintAll(el: Element): void {
  const cards = [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.shadowRoot);
  for (const card of cards) {
    for (const contents of card.shadowRoot!.querySelectorAll<HTMLElement>('.contents.lazy')) {
      // The containment `auto` brings with it stays: without it, text lands a fraction of a pixel elsewhere.
      contents.style.contain = 'layout style paint';
      contents.style.contentVisibility = 'visible';
    }
  }
}
