/**
 * A card off-screen is not laid out or painted until it comes near the
 * viewport (`content-visibility: auto`, src/styles/card.styles.ts); once laid
 * out it keeps its height. This brings `el` and every card inside it (a
 * story's) into view in turn, for two frames each, as a reader scrolling past
 * them would, so what a test then measures is what that reader saw.
 */
export async function scrollThrough(el: Element): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const cards = [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.shadowRoot?.querySelector('[part~="base"]'));
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
 * Whether every card in `el` (a story's too) has its contents laid out and
 * painted now: none skipped by `content-visibility: auto`. A screenshot taken
 * before would show an empty card (the browser decides at its next frame, later
 * on a busy machine).
 */
export function laidOut(el: Element): boolean {
  const cards = [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.shadowRoot);
  return cards.every((card) =>
    [...card.shadowRoot!.querySelectorAll('.contents.lazy')].every((contents) => {
      const first = contents.firstElementChild;
      return !first || !('checkVisibility' in first) || first.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);
    }),
  );
}
