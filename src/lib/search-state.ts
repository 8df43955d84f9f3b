/**
 * The search page's state as it lives in the URL (?q=&tip=&categorie=&tema=&an=&sort=),
 * what it asks of Pagefind, and how results are worded. Runs in the browser (/cautare/),
 * so it imports nothing; pure, so it is unit-tested without one.
 */

/** Sort orders of the search page; the first is the default. */
export const SEARCH_SORTS = [
  { value: 'noi', label: 'Cele mai noi întâi', pagefind: { data: 'desc' } },
  { value: 'vechi', label: 'Cele mai vechi întâi', pagefind: { data: 'asc' } },
  { value: 'relevanta', label: 'Relevanță', pagefind: {} },
] as const;

export type SearchSort = (typeof SEARCH_SORTS)[number]['value'];

/** The filters of the search page, in URL order; each names a Pagefind filter of the same name. */
export const SEARCH_FILTERS = ['tip', 'categorie', 'tema', 'an'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: SearchSort;
}

const MAX_QUERY = 200;

/** The search state a URL carries. Unknown parameters and empty values are ignored. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const v = params.get(name)?.trim();
    if (v) filters[name] = v.slice(0, 100);
  }
  const sortParam = params.get('sort');
  const sort = SEARCH_SORTS.find((s) => s.value === sortParam)?.value ?? SEARCH_SORTS[0].value;
  return { q, filters, sort };
}

/** The query string of a state, defaults left out, so equal searches share one URL. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of SEARCH_FILTERS) if (state.filters[name]) params.set(name, state.filters[name]!);
  if (state.sort !== SEARCH_SORTS[0].value) params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Romanian function words, with and without diacritics. In a query of several words they
 * narrow nothing (nearly every page has them), yet each costs the download of its index
 * chunk, the largest of all: on 10,000 releases "de" alone is over 100 KB.
 */
const STOP_WORDS = new Set(
  'a ai al ale cu ce că ca care cel cea cei cele de din după dupa despre în in într intr între intre la le lui o pe pentru prin sau să sa și si spre un una unei unui unor'.split(' '),
);

/** A query in quotes: Pagefind searches it as an exact phrase (its own test, in pagefind.js). */
export function isQuotedPhrase(q: string): boolean {
  return /^\s*".+"\s*$/.test(q);
}

/**
 * The term Pagefind searches: the query without function words when it has other words,
 * as typed when it is a quoted phrase ("…") or nothing but function words.
 */
export function searchTerm(q: string): string {
  if (isQuotedPhrase(q)) return q;
  const words = q.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLocaleLowerCase('ro')));
  return (kept.length ? kept : words).join(' ');
}

/** Arguments for pagefind.search(): a term (null lists by filters alone) and its options. */
export function pagefindQuery(state: SearchState): { term: string | null; options: { filters: Record<string, string>; sort: Record<string, string> } } {
  const filters: Record<string, string> = {};
  for (const name of SEARCH_FILTERS) if (state.filters[name]) filters[name] = state.filters[name]!;
  const sort = { ...SEARCH_SORTS.find((s) => s.value === state.sort)!.pagefind } as Record<string, string>;
  return { term: state.q ? searchTerm(state.q) : null, options: { filters, sort } };
}

/** True when a state asks for anything: a term or a filter. */
export function hasQuery(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}

/** "1 rezultat", "3 rezultate", "20 de rezultate": Romanian takes "de" from 20 on (and after 100, 120…). */
export function countPhrase(n: number, one: string, few: string): string {
  const lastTwo = n % 100;
  const withDe = n !== 0 && (lastTwo === 0 || lastTwo >= 20);
  if (n === 1) return `1 ${one}`;
  return `${n.toLocaleString('ro-RO')} ${withDe ? 'de ' : ''}${few}`;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/**
 * Pagefind's excerpt (text with `<mark>` around matched words, `<` and `>` escaped) as
 * plain parts, so the page builds text nodes and never parses content as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (s: string) => s.replace(/&(?:lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e]!);
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of excerpt.matchAll(re)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1]!), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text !== '');
}

/**
 * The result link, with a text fragment (#:~:text=) that makes the browser scroll to and
 * highlight the first matched word on the target page: highlighting with no script there.
 */
export function resultHref(url: string, parts: ExcerptPart[]): string {
  const word = parts.find((p) => p.mark)?.text.trim();
  if (!word || url.includes('#')) return url;
  const encoded = encodeURIComponent(word).replace(/-/g, '%2D');
  return `${url}#:~:text=${encoded}`;
}
