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
