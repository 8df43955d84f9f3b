/** Escaping for XML and HTML output (feeds, sitemap, inline SVG). */

// Characters XML 1.0 forbids even when escaped; a stray control character pasted from a
// word processor would otherwise make a whole feed unreadable. CR, DEL and C1 controls
// are dropped too: no output carries a control character.
export const NOT_XML = /[^\t\n\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or attribute value, escaped for XML (and therefore also for HTML). */
export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
