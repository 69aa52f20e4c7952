/**
 * The element whose shadow root holds `node`: for a card the story renders,
 * the story; null for a node in the document itself.
 */
export function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
