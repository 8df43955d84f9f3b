/**
 * An entry's Markdown body as standalone HTML, for places outside the site's own pages
 * (the full text in RSS). Feed readers show the HTML away from the site, so every
 * site-relative address (/media/…, /comunicate/…, #…) is made absolute.
 *
 * Bodies are plain Markdown plus GFM tables; the MDX guard already refuses code and tags
 * at build time, and raw HTML that slipped through would be dropped here anyway
 * (remark-rehype leaves it out unless told otherwise).
 */
import type { Nodes, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';

/** An address with a scheme (https:, mailto:, tel:) or protocol-relative: already absolute. */
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

function absolutize(node: Nodes, base: string): void {
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !ABSOLUTE.test(node.url)) {
    node.url = new URL(node.url, base).href;
  }
  if ('children' in node) for (const child of node.children) absolutize(child, base);
}

/**
 * Bodies are MDX files, and MDX has no indented code blocks: a paragraph indented by four
 * spaces is a paragraph on the page, so it must not become code in the feed.
 */
function remarkNoIndentedCode(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

function remarkAbsoluteUrls(options: { base: string }) {
  return (tree: Root) => absolutize(tree, options.base);
}

/**
 * Renders Markdown to HTML with every relative link and image address resolved against
 * `base`: the absolute URL of the page the body belongs to (root-relative addresses then
 * land on the site, and #fragments on that page).
 */
export function markdownToHtml(markdown: string, base: string): string {
  // A processor per call: the base differs per entry, and building one is cheap next to parsing.
  return String(
    unified()
      .use(remarkParse)
      .use(remarkNoIndentedCode)
      .use(remarkGfm)
      .use(remarkAbsoluteUrls, { base })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  ).trim();
}
