/**
 * An entry's body as standalone HTML, for places outside the site's own pages (the full
 * text in RSS). Feed readers show the HTML away from the site, so every site-relative
 * address (/media/…, /comunicate/…, #…) is made absolute. Same parser and checks as the
 * pages (src/lib/body.ts): a body the build refuses never reaches a feed either.
 */
import { bodyToHtml } from './body.ts';

/**
 * Renders a body to HTML with every relative link and image address resolved against
 * `base`: the absolute URL of the page the body belongs to.
 */
export function markdownToHtml(markdown: string, base: string): string {
  return bodyToHtml(base, markdown, { base });
}
