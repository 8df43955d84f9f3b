/**
 * How the search index is split, and how the search page walks the parts. Imported by the
 * build (src/integrations/pagefind.ts) and by the browser (src/client/search.ts), so it
 * imports only search-state.ts, itself free of imports; pure, so it is unit-tested without
 * either.
 *
 * Why split: Pagefind keeps, for each word, the list of pages holding it, in one file. A
 * word on every page ("prefectul") has a list as long as the archive: on 10,000 releases
 * about 110 KB to download and decode before any result shows. Results are sorted newest
 * first by default, so the first ten usually come from the newest year. The index is
 * therefore one Pagefind index per recent year plus a few for the rest of the archive; the
 * page searches the newest first and shows what it finds while the older shards answer.
 * Two recent years, not one: in January the newest year holds a few pages only. Only two:
 * a rare word costs one index file per shard searched.
 *
 * The older archive is split too, into blocks of whole years of about OLDER_SHARD_PAGES
 * pages each: a correction to an old release then indexes its block again (about 2,200
 * pages), not the whole older archive (8,900 pages on 10,000 releases: the search index
 * step of such an edit took 19.2 s, 7.0 s with the blocks).
 */

import { isQuotedPhrase } from './search-state.ts';

/** The file, in dist/pagefind/, listing the shards newest first. */
export const SHARD_MANIFEST = 'shards.json';

/** How many of the newest years get a shard of their own; older years share one. */
export const RECENT_YEARS = 2;

/**
 * Below this many indexed pages the index is not split: a word on every page costs little
 * (about 25 KB at 2,000 pages), and relevance scores of shards this small would not compare
 * (Pagefind weighs a word by how rare it is in its own index: in a shard of 20 pages one
 * match outranks a page matching every word in a shard of 700).
 */
export const SHARDED_FROM_PAGES = 2000;

/**
 * Filters only the hidden vocabulary pages of the newest shard carry (one page per older
 * shard; src/lib/search-vocabulary.ts says why they exist): `vocabular`, with the value
 * VOCABULARY_ALL, by which searches not sorted by date exclude them, and the older shard's
 * key, by which the search page asks whether that shard has the searched words.
 */
export const VOCABULARY_FILTER = 'vocabular';
export const VOCABULARY_ALL = 'da';

/** The one shard of an archive too small to split. */
export const WHOLE_ARCHIVE = 'toate';

export interface Shard {
  /** Folder under dist/pagefind/: a year ("2026"), or the first and last year of a block of the older archive ("2016-2017"). */
  key: string;
  /** The years of its pages, newest first. */
  years: number[];
  pages: number;
  /**
   * The version of the shard's pagefind-entry.json (a digest of it), passed to Pagefind as
   * metaCacheTag: the search page asks for pagefind-entry.json?ts=<entry>, the address its
   * preload links name (SEARCH_PRELOAD_ANCHOR), instead of a new address each time.
   */
  entry: string;
}

/**
 * The link the search page carries (src/pages/cautare.astro), once, in its head; the build
 * writes the preload links of the newest shard after it once the index exists
 * (src/integrations/pagefind.ts), so the browser fetches what Pagefind needs first while
 * it reads the page, before the page's script has run.
 */
export const SEARCH_PRELOAD_ANCHOR = '<link rel="modulepreload" href="/pagefind/pagefind.js">';

/**
 * The id of the JSON block, written by the build after the preload links, that carries the
 * shard manifest in the search page itself: the script reads it instead of fetching
 * dist/pagefind/shards.json (one request, and one wait, less before the first search).
 */
export const SHARD_MANIFEST_ELEMENT = 'search-shards';

export interface ShardManifest {
  version: 1;
  /** Newest first. */
  shards: Shard[];
}

/**
 * Pages per block of the older archive (years before the RECENT_YEARS): a block closes
 * with the first year that brings it to this many pages. Smaller blocks make a correction
 * to an old release cheaper to index; more blocks cost a search that counts every match one
 * more request each. Not below SHARDED_FROM_PAGES, for the same reason (comparable scores).
 */
export const OLDER_SHARD_PAGES = 2000;

/**
 * The shard of each year that has pages, in a build made in `currentYear`: the current
 * year (with the announced events of next year), the year before, and the older archive
 * in blocks of whole years, gathered from the oldest year on until a block holds
 * `olderShardPages` pages (the newest block may hold fewer). Gathered from the oldest: a
 * page added to a year, or a year leaving the recent ones, can move only the blocks from
 * that year on, so the older blocks (and their cached indexes) stay as they were. A block's
 * key names its first and last year ("2016-2017"; one year: "2024").
 */
export function shardKeys(pagesByYear: ReadonlyMap<number, number>, currentYear: number, olderShardPages: number = OLDER_SHARD_PAGES): Map<number, string> {
  const keys = new Map<number, string>();
  const older: number[] = [];
  for (const year of [...pagesByYear.keys()].sort((a, b) => a - b)) {
    if (year >= currentYear) keys.set(year, String(currentYear));
    else if (year > currentYear - RECENT_YEARS) keys.set(year, String(year));
    else older.push(year);
  }
  let block: number[] = [];
  let pages = 0;
  const close = () => {
    const key = block.length === 1 ? String(block[0]) : `${block[0]}-${block.at(-1)}`;
    for (const y of block) keys.set(y, key);
    block = [];
    pages = 0;
  };
  for (const year of older) {
    block.push(year);
    pages += pagesByYear.get(year) ?? 0;
    if (pages >= olderShardPages) close();
  }
  if (block.length) close();
  return keys;
}

/** True when a manifest is one this code can read (anything else: the search page says it could not load). */
export function isShardManifest(value: unknown): value is ShardManifest {
  if (!value || typeof value !== 'object') return false;
  const m = value as Partial<ShardManifest>;
  return (
    m.version === 1 &&
    Array.isArray(m.shards) &&
    m.shards.length > 0 &&
    m.shards.every(
      (s) =>
        typeof s?.key === 'string' &&
        /^[a-z0-9-]+$/.test(s.key) &&
        Array.isArray(s.years) &&
        s.years.every(Number.isInteger) &&
        Number.isInteger(s.pages) &&
        typeof s.entry === 'string' &&
        /^[0-9a-f]{16}$/.test(s.entry),
    )
  );
}

export interface ShardPlan {
  /** Indexes into manifest.shards, in the order their results come. */
  order: number[];
  /**
   * 'in-order': each shard's results follow the previous shard's (a date sort: shards
   * do not overlap in time), so the first shard's results can be shown at once.
   * 'merge': results of every shard are merged by score (relevance), shown when all answered.
   */
  mode: 'in-order' | 'merge';
}

/**
 * Which shards a search needs, in which order: newest first for „cele mai noi”, oldest
 * first for „cele mai vechi”, all at once for relevance; only the shard holding the year
 * when the search is filtered by year (`an`).
 */
export function shardPlan(shards: readonly Shard[], sort: string, year?: string): ShardPlan {
  let order = shards.map((_, i) => i);
  if (year !== undefined) {
    const y = Number(year);
    order = order.filter((i) => shards[i]!.years.includes(y));
  }
  if (sort === 'relevanta') return { order, mode: 'merge' };
  if (sort === 'vechi') order.reverse();
  return { order, mode: 'in-order' };
}

type Query = { term: string | null; options: { filters: Record<string, unknown>; sort: Record<string, string> } };

/**
 * The query shard `index` runs. Only the newest shard (0) has hidden vocabulary pages; a
 * date sort drops them (they have no date); any other search excludes them by their filter.
 */
export function shardQuery<Q extends Query>(query: Q, index: number, shards: readonly Shard[]): Q {
  if (index !== 0 || shards.length < 2 || Object.keys(query.options.sort).length) return query;
  return { ...query, options: { ...query.options, filters: { ...query.options.filters, not: { [VOCABULARY_FILTER]: VOCABULARY_ALL } } } };
}

/**
 * Whether the older shards must be asked first if they hold the searched words (see
 * search-vocabulary.ts): for a term that is not a quoted phrase (an exact search never
 * falls back to another word), when the index is split.
 */
export function needsVocabularyCheck(term: string | null, shardCount: number): term is string {
  return term !== null && shardCount > 1 && !isQuotedPhrase(term);
}

/**
 * The search, on the newest shard, that finds the hidden pages of the older shards holding
 * every searched word (all of them carry VOCABULARY_ALL): one search for all the shards,
 * whose answer says which by its counts per value of the filter (vocabularyHolders).
 */
export function vocabularyCheck(term: string): [string, { filters: Record<string, string> }] {
  return [term, { filters: { [VOCABULARY_FILTER]: VOCABULARY_ALL } }];
}

/**
 * The older shards whose hidden page the vocabulary check found, from its counts per
 * filter value: each shard's key is a value of VOCABULARY_FILTER on its hidden page only,
 * so a count above zero means that page matched.
 */
export function vocabularyHolders(counts: Record<string, Record<string, number>>, shards: readonly Shard[]): Set<number> {
  const byKey = counts[VOCABULARY_FILTER] ?? {};
  const found = new Set<number>();
  shards.forEach((s, i) => {
    if (i > 0 && (byKey[s.key] ?? 0) > 0) found.add(i);
  });
  return found;
}

/** Results of several shards merged by score, highest first; equal scores keep shard order (newest first). */
export function mergeByScore<T extends { score: number }>(perShard: readonly (readonly T[])[]): T[] {
  return perShard
    .flatMap((results, shard) => results.map((r, i) => ({ r, shard, i })))
    .sort((a, b) => b.r.score - a.r.score || a.shard - b.shard || a.i - b.i)
    .map((x) => x.r);
}

/** Counts per filter value summed over shards (Pagefind's own merge of several indexes does the same). */
export function sumCounts(perShard: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const total: Record<string, Record<string, number>> = {};
  for (const counts of perShard) {
    for (const [name, values] of Object.entries(counts)) {
      const into = (total[name] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return total;
}
