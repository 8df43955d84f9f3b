/**
 * The words of a page as Pagefind may index them, for the hidden vocabulary pages of the
 * newest search shard (src/integrations/pagefind.ts). Build side only.
 *
 * Why: when no word of an index begins with a searched term, Pagefind does not answer
 * "nothing"; it searches the longest word of that index that the term begins with instead
 * („41” for „418/2026”, „c” for a village named only in older years). In one index that
 * happens only when the term is nowhere in the archive; in shards it would happen in every
 * shard that lacks the term, and fill the first page with unrelated releases. So the
 * newest shard also indexes, for each older shard, one hidden page holding that shard's
 * words. With them the newest shard knows every word of the archive and answers as one
 * index would; and before asking an older shard, the search page asks the newest whether
 * that shard's hidden page has the searched words (with the same stemming and the same
 * fallback), and skips the shard if not. The older shards carry nothing extra, so a new
 * release changes the newest shard only.
 *
 * A hidden page must hold every word its shard indexes (a word missing would skip the
 * shard where it should be searched); extra words are harmless. So the words are a
 * superset: the text with every tag read as a word break, and again with inline tags read
 * as nothing (Pagefind joins inline elements, splits block ones), plus the attribute
 * values Pagefind reads (metadata, alt and title text).
 */

/** Tags of inline elements, which Pagefind reads as no break at all ("<b>Pre</b>fect" is one word). */
const INLINE_TAG = /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^>]*>/gi;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITY[e.toLowerCase()] ?? m;
  });
}

/** The element Pagefind indexes: an attribute, not the same words in text. */
export const INDEXED_ELEMENT = /<[a-z][^>]*\sdata-pagefind-body(?=[\s=>/])/i;

/**
 * What of a page Pagefind reads: from the element marked data-pagefind-body to the end of
 * <main>,
 * without scripts and without the paragraphs and headings marked data-pagefind-ignore
 * (where a regular expression can find their end: a paragraph or heading holds no other;
 * the print-only source line with the build time, the release's header lines). Also what
 * the search index's cache hashes: the build time printed on every page does not count.
 */
export function indexedPart(html: string): string {
  const start = INDEXED_ELEMENT.exec(html)?.index ?? 0;
  // The indexed element sits inside <main>; the footer after it is not indexed.
  const end = html.lastIndexOf('</main>');
  return html
    .slice(start, end > start ? end : undefined)
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(p|h[1-6])\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
}

/** Adds the words of a page's indexed part (indexedPart) to `into`. */
export function addPageWords(body: string, into: Set<string>): void {
  const add = (text: string) => {
    for (const w of decode(text).split(/\s+/u)) if (w) into.add(w);
  };
  add(body.replace(/<[^>]*>/g, ' '));
  add(body.replace(INLINE_TAG, '').replace(/<[^>]*>/g, ' '));
  for (const m of body.matchAll(/\s(data-pagefind-meta|alt|title)="([^"]*)"/g)) {
    const value = m[2]!;
    // Metadata is "key:value" (commas escaped); Pagefind indexes the value.
    add(m[1] === 'data-pagefind-meta' ? value.slice(value.indexOf(':') + 1).replace(/\\,/g, ',') : value);
  }
}
