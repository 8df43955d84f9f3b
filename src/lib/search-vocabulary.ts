/**
 * The words of a page as Pagefind may index them, for the vocabulary page each search
 * shard carries (src/integrations/pagefind.ts). Build side only.
 *
 * Why: when no word of a shard begins with a searched term, Pagefind does not answer
 * "nothing"; it searches the longest word of that shard that the term begins with instead
 * („41” for „418/2026”, „c” for a village named only in older years). In one index that
 * happens only when the term is nowhere in the archive; in shards it would happen in every
 * shard that lacks the term, and fill the first page with unrelated releases. So each shard
 * also indexes one hidden page holding the words of the other shards: a term found anywhere
 * is then found in every shard (on that page, which no search returns), and Pagefind's
 * fallback happens exactly when it would in a single index.
 *
 * The list must hold every word Pagefind indexes (a word missing brings the fallback back
 * for that word); extra words are harmless (a term that only they match finds nothing). So
 * it is a superset: the text with every tag read as a word break, and again with inline
 * tags read as nothing (Pagefind joins inline elements, splits block ones), plus the
 * attribute values Pagefind reads (metadata, alt and title text).
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

/** Adds the words of one page's HTML (from its indexed part on) to `into`. */
export function addPageWords(html: string, into: Set<string>): void {
  const start = html.indexOf('data-pagefind-body');
  const body = (start >= 0 ? html.slice(html.lastIndexOf('<', start)) : html)
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    // Parts Pagefind skips, where a regular expression can find their end: a paragraph or
    // heading holds no other (the print-only source line, the release's header lines).
    .replace(/<(p|h[1-6])\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
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
