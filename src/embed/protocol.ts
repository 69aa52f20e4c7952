/**
 * The messages between the iframe embed page and the resizer on the host page.
 * Both sides check every message: only these shapes, only from the window and
 * origin expected, heights clamped (src/guards/limits.ts).
 */
import { LIMITS, MAX_ID_LENGTH } from '../guards/limits.js';

/** What the embed page posts to its parent whenever its height changes, and when asked. */
export interface ResizeMessage {
  type: 'drw:resize';
  /** The `id` URL parameter of the embed page, so a parent can tell iframes apart. */
  id: string;
  /** The content's height in CSS pixels. */
  height: number;
}

/** What the resizer posts to each of our iframes when it starts: "tell me your height". */
export interface HelloMessage {
  type: 'drw:hello';
}

export const RESIZE_TYPE = 'drw:resize';
export const HELLO_TYPE = 'drw:hello';
/** The embed page's file name (the resizer adopts an iframe by its `data-drw-id`, never by this name). */
export const EMBED_PAGE_FILE = 'embed.html';
/** No sane card is taller; anything beyond is a malformed or hostile message. */
export const MAX_HEIGHT = LIMITS.frameHeight.max;
/** Allowed characters of an embed `id`. */
export const ID_PATTERN = new RegExp(`^[\\w-]{0,${MAX_ID_LENGTH}}$`);

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === RESIZE_TYPE &&
    typeof m.id === 'string' &&
    ID_PATTERN.test(m.id) &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height >= 0 &&
    m.height <= MAX_HEIGHT
  );
}

export function isHelloMessage(data: unknown): data is HelloMessage {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).type === HELLO_TYPE;
}

/** A reported height as the iframe gets it: whole pixels within the frame limits. */
export function clampHeight(height: number): number {
  return Math.min(LIMITS.frameHeight.max, Math.max(LIMITS.frameHeight.min, Math.ceil(height)));
}
