/**
 * How the search index is split by date, how the search page walks the shards, and the
 * words of a page that go into the other shards' vocabulary pages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isShardManifest, mergeByScore, shardKeyFor, shardPlan, shardQuery, sumCounts, VOCABULARY_FILTER, type Shard } from '../../src/lib/search-shards.ts';
import { addPageWords } from '../../src/lib/search-vocabulary.ts';

const SHARDS: Shard[] = [
  { key: '2026', years: [2027, 2026], pages: 900 },
  { key: '2025', years: [2025], pages: 1000 },
  { key: 'pana-la-2024', years: [2024, 2023, 2016], pages: 8000 },
];

describe('shardKeyFor', () => {
  it('gives the current year (with next year’s announced events) and the year before a shard each, and the rest one', () => {
    expect(shardKeyFor(2027, 2026)).toBe('2026');
    expect(shardKeyFor(2026, 2026)).toBe('2026');
    expect(shardKeyFor(2025, 2026)).toBe('2025');
    expect(shardKeyFor(2024, 2026)).toBe('pana-la-2024');
    expect(shardKeyFor(1999, 2026)).toBe('pana-la-2024');
  });

  it('puts every year in exactly one shard, and a later year never in an older shard', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 2000, max: 2090 }), (a, b, now) => {
        const order = (key: string) => (key.startsWith('pana-la-') ? 0 : Number(key));
        if (a <= b) expect(order(shardKeyFor(a, now))).toBeLessThanOrEqual(order(shardKeyFor(b, now)));
      }),
    );
  });
});

describe('shardPlan', () => {
  it('asks the newest shard first for „cele mai noi”, in order, so its results show at once', () => {
    expect(shardPlan(SHARDS, 'noi')).toEqual({ order: [0, 1, 2], mode: 'in-order' });
  });
  it('asks the oldest first for „cele mai vechi”', () => {
    expect(shardPlan(SHARDS, 'vechi')).toEqual({ order: [2, 1, 0], mode: 'in-order' });
  });
  it('asks every shard and merges by score for relevance', () => {
    expect(shardPlan(SHARDS, 'relevanta')).toEqual({ order: [0, 1, 2], mode: 'merge' });
  });
  it('asks only the shard holding the year when the search is filtered by year', () => {
    expect(shardPlan(SHARDS, 'noi', '2023').order).toEqual([2]);
    expect(shardPlan(SHARDS, 'relevanta', '2027').order).toEqual([0]);
    expect(shardPlan(SHARDS, 'noi', '1980').order).toEqual([]);
  });
});

describe('shardQuery', () => {
  const query = { term: 'sedinta', options: { filters: { tip: 'comunicat' }, sort: {} as Record<string, string> } };
  it('excludes the vocabulary pages from a relevance search over shards', () => {
    expect(shardQuery(query, shardPlan(SHARDS, 'relevanta'), 3).options.filters).toEqual({ tip: 'comunicat', not: { [VOCABULARY_FILTER]: 'da' } });
  });
  it('leaves date sorts (the vocabulary page has no date) and a single index alone', () => {
    expect(shardQuery(query, shardPlan(SHARDS, 'noi'), 3)).toBe(query);
    expect(shardQuery(query, shardPlan(SHARDS.slice(0, 1), 'relevanta'), 1)).toBe(query);
  });
});

describe('mergeByScore and sumCounts', () => {
  it('merges by score, highest first, equal scores in shard order', () => {
    const merged = mergeByScore([[{ id: 'a', score: 2 }, { id: 'b', score: 1 }], [{ id: 'c', score: 3 }, { id: 'd', score: 1 }]]);
    expect(merged.map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });
  it('sums counts per filter value', () => {
    expect(sumCounts([{ an: { '2026': 3 }, tip: { comunicat: 2 } }, { an: { '2025': 4 }, tip: { comunicat: 1, eveniment: 1 } }])).toEqual({
      an: { '2026': 3, '2025': 4 },
      tip: { comunicat: 3, eveniment: 1 },
    });
  });
});

describe('isShardManifest', () => {
  it('accepts what the build writes and refuses anything else', () => {
    expect(isShardManifest({ version: 1, shards: SHARDS })).toBe(true);
    for (const bad of [null, 'x', {}, { version: 2, shards: SHARDS }, { version: 1, shards: [] }, { version: 1, shards: [{ key: '../x', years: [2026], pages: 1 }] }, { version: 1, shards: [{ key: '2026', years: ['2026'], pages: 1 }] }]) {
      expect(isShardManifest(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('addPageWords', () => {
  const words = (html: string) => {
    const into = new Set<string>();
    addPageWords(html, into);
    return into;
  };

  it('holds every word of the indexed part, its metadata and alt text, decoded', () => {
    const w = words(
      `<nav>Meniu</nav><div class="wrap" data-pagefind-body><h1>Ședința CJSU</h1><p>Nr. 418/2026 &amp; HCJSU&nbsp;7/2026, la Zlatna.</p>` +
        `<img alt="Podul de la Câmpeni" src="/media/x.jpg"><div hidden><span data-pagefind-meta="acte:HCJSU 7/2026\\, HCL 3/2026"></span></div></div>`,
    );
    for (const word of ['Ședința', 'CJSU', '418/2026', '&', 'HCJSU', '7/2026,', 'Zlatna.', 'Podul', 'Câmpeni', 'HCL', '3/2026']) expect(w.has(word), word).toBe(true);
    // Before the indexed part: not Pagefind's words.
    expect(w.has('Meniu')).toBe(false);
  });

  it('reads an inline tag both as a break and as none (Pagefind joins inline elements), a block tag as a break', () => {
    const w = words('<main data-pagefind-body><p><b>Pre</b>fectul</p><p>Alba</p><p>Iulia</p></main>');
    for (const word of ['Prefectul', 'Pre', 'fectul', 'Alba', 'Iulia']) expect(w.has(word), word).toBe(true);
    expect(w.has('AlbaIulia')).toBe(false);
  });

  it('leaves out what Pagefind skips: scripts, and paragraphs marked data-pagefind-ignore', () => {
    const w = words('<main data-pagefind-body><p class="print-source" data-pagefind-ignore>Sursa: https://x.ro/a/</p><script>var secret</script><p>Text</p></main>');
    expect([...w]).toEqual(['Text']);
  });
});
