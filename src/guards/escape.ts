const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe to write into HTML we build as a string (snippets, static pages, server-rendered
 * links), in element content and in quoted attribute values alike. The one escaper: Lit escapes
 * what its templates render; this is for the strings that never pass through a template.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
