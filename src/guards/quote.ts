/**
 * Text a stranger wrote, as a log line or a terminal may print it: line breaks, control characters
 * and the characters that reorder or hide text (bidirectional overrides and isolates, U+202E among
 * them) escaped, never acted on, so a value can neither forge a line nor be made to read as
 * something else.
 */
export function escapeHidden(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
    (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A stranger's value as a console warning may show it: cut to `max` characters, in JSON quotes,
 * hidden characters escaped (`escapeHidden`). Notices never show it at all.
 */
export function quoted(value: unknown, max = 80): string {
  const text = String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return escapeHidden(JSON.stringify(cut));
}
