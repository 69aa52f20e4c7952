/** What the iframe embed page posts to its parent whenever its height changes. */
export interface ResizeMessage {
  type: 'drw:resize';
  /** The `id` URL parameter of the embed page, so a parent can tell iframes apart. */
  id: string;
  /** The content's height in CSS pixels. */
  height: number;
}

export const RESIZE_TYPE = 'drw:resize';
/** No sane card is taller; anything beyond is a malformed or hostile message. */
export const MAX_HEIGHT = 20_000;

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === RESIZE_TYPE &&
    typeof m.id === 'string' &&
    m.id.length <= 200 &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height >= 0 &&
    m.height <= MAX_HEIGHT
  );
}
