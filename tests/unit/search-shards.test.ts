/**
 * How the search index is split by date, how the search page walks the shards, and the
 * words of a page that go into the other shards' vocabulary pages.
 */
import fc from 'fast-check';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isShardManifest, mergeByScore, needsVocabularyCheck, OLDER_SHARD_PAGES, SHARD_MANIFEST_ELEMENT, shardKeys, shardPlan, shardQuery, sumCounts, VOCABULARY_ALL, VOCABULARY_FILTER, vocabularyCheck, vocabularyHolders, type Shard } from '../../src/lib/search-shards.ts';
import { addPageWords, INDEXED_ELEMENT, indexedPart } from '../../src/lib/search-vocabulary.ts';
import { addSearchPreloads, LOADER_WAIT, patchLoader } from '../../src/integrations/pagefind.ts';

const SHARDS: Shard[] = [
  { key: '2026', years: [2027, 2026], pages: 900, entry: '0123456789abcdef' },
  { key: '2025', years: [2025], pages: 1000, entry: '1123456789abcdef' },
  { key: '2016-2024', years: [2024, 2023, 2016], pages: 8000, entry: '2123456789abcdef' },
];

describe('shardKeys', () => {
  const years = (entries: [number, number][]) => new Map(entries);

  it('gives the current year (with next year’s announced events) and the year before a shard each', () => {
    const keys = shardKeys(years([[2027, 5], [2026, 900], [2025, 1000]]), 2026);
    expect([...keys]).toEqual([[2025, '2025'], [2026, '2026'], [2027, '2026']]);
  });

  it('splits the older archive, from its oldest year, into blocks of whole years of at least OLDER_SHARD_PAGES pages; the newest block may hold fewer', () => {
    const archive = years([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y) => [y, 1100] as [number, number]));
    const keys = shardKeys(archive, 2026);
    expect(OLDER_SHARD_PAGES).toBe(2000);
    expect(Object.fromEntries(keys)).toEqual({
      2016: '2016-2017', 2017: '2016-2017', 2018: '2018-2019', 2019: '2018-2019', 2020: '2020-2021', 2021: '2020-2021', 2022: '2022-2023', 2023: '2022-2023', 2024: '2024',
    });
    // A year with no pages is in no shard; a block is named by the years it holds.
    expect(Object.fromEntries(shardKeys(years([[2010, 300], [2013, 300]]), 2026, 1000))).toEqual({ 2010: '2010-2013', 2013: '2010-2013' });
  });

  it('keeps the older blocks when a year leaves the recent ones or a recent year grows: only the newest block changes', () => {
    const archive: [number, number][] = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => [y, 1100]);
    const now = shardKeys(years(archive), 2026);
    const next = shardKeys(years([...archive, [2027, 40]]), 2027);
    for (const y of [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]) expect(next.get(y)).toBe(now.get(y));
    expect(now.get(2024)).toBe('2024');
    expect(next.get(2024)).toBe('2024-2025');
  });

  it('puts every year in exactly one shard, and a later year never in an older shard than an earlier year', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.integer({ min: 1990, max: 2100 }).map(String), fc.integer({ min: 1, max: 3000 })), fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 5000 }), (counts, now, size) => {
        const pages = new Map(Object.entries(counts).map(([y, n]) => [Number(y), n]));
        const keys = shardKeys(pages, now, size);
        expect([...keys.keys()].sort()).toEqual([...pages.keys()].sort());
        const sorted = [...pages.keys()].sort((a, b) => a - b);
        // Keys in year order are grouped: once a shard is left, it never comes back.
        const seen: string[] = [];
        for (const y of sorted) if (seen.at(-1) !== keys.get(y)) seen.push(keys.get(y)!);
        expect(new Set(seen).size).toBe(seen.length);
        // Every older block but the newest holds at least `size` pages.
        const older = seen.filter((k) => sorted.some((y) => keys.get(y) === k && y < now - 1));
        for (const k of older.slice(0, -1)) expect(sorted.filter((y) => keys.get(y) === k).reduce((n, y) => n + pages.get(y)!, 0)).toBeGreaterThanOrEqual(size);
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

describe('shardQuery, needsVocabularyCheck, vocabularyCheck', () => {
  const query = { term: 'sedinta', options: { filters: { tip: 'comunicat' } as Record<string, unknown>, sort: {} as Record<string, string> } };
  it('excludes the newest shard’s hidden vocabulary pages from a search not sorted by date', () => {
    expect(shardQuery(query, 0, SHARDS).options.filters).toEqual({ tip: 'comunicat', not: { [VOCABULARY_FILTER]: VOCABULARY_ALL } });
  });
  it('leaves date sorts (the hidden pages have no date), the older shards (they have none) and a single index alone', () => {
    const byDate = { ...query, options: { ...query.options, sort: { data: 'desc' } } };
    expect(shardQuery(byDate, 0, SHARDS)).toBe(byDate);
    expect(shardQuery(query, 1, SHARDS)).toBe(query);
    expect(shardQuery(query, 0, SHARDS.slice(0, 1))).toBe(query);
  });
  it('checks the older shards for a term, not for a quoted phrase (no fallback there), a filter-only search or one index', () => {
    expect(needsVocabularyCheck('418/2026', 3)).toBe(true);
    expect(needsVocabularyCheck('"situații de urgență"', 3)).toBe(false);
    expect(needsVocabularyCheck(null, 3)).toBe(false);
    expect(needsVocabularyCheck('418/2026', 1)).toBe(false);
    expect(vocabularyCheck('418/2026')).toEqual(['418/2026', { filters: { [VOCABULARY_FILTER]: VOCABULARY_ALL } }]);
  });
  it('reads from the check’s counts per filter value which older shards hold the words (never the newest)', () => {
    expect(vocabularyHolders({ [VOCABULARY_FILTER]: { [VOCABULARY_ALL]: 1, '2025': 0, '2016-2024': 1 } }, SHARDS)).toEqual(new Set([2]));
    expect(vocabularyHolders({ [VOCABULARY_FILTER]: { '2026': 1, '2025': 1 } }, SHARDS)).toEqual(new Set([1]));
    expect(vocabularyHolders({}, SHARDS)).toEqual(new Set());
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
    for (const bad of [
      null,
      'x',
      {},
      { version: 2, shards: SHARDS },
      { version: 1, shards: [] },
      { version: 1, shards: [{ ...SHARDS[0], key: '../x' }] },
      { version: 1, shards: [{ ...SHARDS[0], years: ['2026'] }] },
      // The entry tag goes into an address: hex only.
      { version: 1, shards: [{ ...SHARDS[0], entry: undefined }] },
      { version: 1, shards: [{ ...SHARDS[0], entry: '0123456789abcde&' }] },
    ]) {
      expect(isShardManifest(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('addPageWords', () => {
  const words = (html: string) => {
    const into = new Set<string>();
    addPageWords(indexedPart(html), into);
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

  it('finds the indexed element by its attribute, not by the same words in a text', () => {
    expect(INDEXED_ELEMENT.test('<p>Atributul data-pagefind-body marchează…</p>')).toBe(false);
    expect(INDEXED_ELEMENT.test('<div class="wrap" data-pagefind-body>')).toBe(true);
    expect(INDEXED_ELEMENT.test('<div data-pagefind-body="">')).toBe(true);
  });

  it('leaves the build time printed on every page out of what the index cache hashes', () => {
    const page = (time: string) => `<header>x</header><div data-pagefind-body><h1>T</h1><p class="print-source" data-pagefind-ignore>Sursa<br>Versiunea <time>${time}</time></p></div><footer>f</footer>`;
    expect(indexedPart(page('27 noiembrie 2026, 12:00'))).toBe(indexedPart(page('27 noiembrie 2026, 12:15')));
    expect(indexedPart(page('x'))).not.toContain('header');
  });

  it('leaves out what Pagefind skips: scripts, and paragraphs marked data-pagefind-ignore', () => {
    const w = words('<main data-pagefind-body><p class="print-source" data-pagefind-ignore>Sursa: https://x.ro/a/</p><script>var secret</script><p>Text</p></main>');
    expect([...w]).toEqual(['Text']);
  });
});

describe('addSearchPreloads', () => {
  const ANCHOR = '<link rel="modulepreload" href="/pagefind/pagefind.js">';
  const page = `<!DOCTYPE html><html lang="ro"><head><title>Căutare</title>${ANCHOR}<link rel="stylesheet" href="/x.css"></head><body></body></html>`;
  const newest = { key: '2026', tag: '0123456789abcdef', meta: 'pagefind.ro_29026a6769.pf_meta' };
  const manifest = { version: 1 as const, shards: [{ key: '2026', years: [2026], pages: 3, entry: '0123456789abcdef' }] };
  const inlined = (html: string) => JSON.parse(new RegExp(`<script type="application/json" id="${SHARD_MANIFEST_ELEMENT}">([^<]*)</script>`).exec(html)![1]!) as unknown;
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cancelaria-preload-'));
    mkdirSync(join(dir, 'cautare'));
    writeFileSync(join(dir, 'cautare/index.html'), page);
    return dir;
  };

  it('writes, after the loader, the shard list and links to the newest shard’s entry (at its tagged address), metadata and WebAssembly', () => {
    const dir = site();
    try {
      addSearchPreloads(dir, newest, manifest);
      const html = readFileSync(join(dir, 'cautare/index.html'), 'utf8');
      expect([...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((m) => m[1])).toEqual([
        '/pagefind/2026/pagefind-entry.json?ts=0123456789abcdef',
        '/pagefind/2026/pagefind.ro_29026a6769.pf_meta',
        '/pagefind/2026/wasm.ro.pagefind',
      ]);
      expect(html.indexOf(`<script type="application/json" id="${SHARD_MANIFEST_ELEMENT}">`)).toBe(html.indexOf(ANCHOR) + ANCHOR.length);
      expect(inlined(html)).toEqual(manifest);
      // Indexing the same folder again replaces the block and the links.
      const next = { ...manifest, shards: [{ ...manifest.shards[0]!, entry: 'fedcba9876543210' }] };
      addSearchPreloads(dir, { ...newest, tag: 'fedcba9876543210' }, next);
      const again = readFileSync(join(dir, 'cautare/index.html'), 'utf8');
      expect(again.match(/rel="preload"/g)).toHaveLength(3);
      expect(again.match(/type="application\/json"/g)).toHaveLength(1);
      expect(again).toContain('ts=fedcba9876543210');
      expect(inlined(again)).toEqual(next);
      expect(again.replace(/<link rel="preload"[^>]*>/g, '').replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, '')).toBe(page);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a hard-linked copy of the page alone (dist/ may share files with a cache)', () => {
    const dir = site();
    try {
      linkSync(join(dir, 'cautare/index.html'), join(dir, 'other.html'));
      addSearchPreloads(dir, newest, manifest);
      expect(readFileSync(join(dir, 'other.html'), 'utf8')).toBe(page);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the build, naming the file, when the search page or its loader link is missing or doubled', () => {
    const dir = site();
    try {
      writeFileSync(join(dir, 'cautare/index.html'), page.replace(ANCHOR, ''));
      expect(() => addSearchPreloads(dir, newest, manifest)).toThrow(/cautare\/index\.html: expected the link .* exactly once/);
      writeFileSync(join(dir, 'cautare/index.html'), page.replace(ANCHOR, ANCHOR + ANCHOR));
      expect(() => addSearchPreloads(dir, newest, manifest)).toThrow(/exactly once/);
      rmSync(join(dir, 'cautare'), { recursive: true });
      expect(() => addSearchPreloads(dir, newest, manifest)).toThrow(/cautare\/index\.html: the search page is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('patchLoader', () => {
  const loader = `var pagefind_version="1.6.0";class X{async getPtr(){${LOADER_WAIT}return this.raw_ptr;}}`;

  it('makes the readiness wait poll every millisecond, and changes nothing else', () => {
    const patched = patchLoader(loader);
    expect(patched).toBe(loader.replace('asyncSleep(50)', 'asyncSleep(1)'));
  });

  it('stops the build, naming the Pagefind version, when the wait is not there exactly once', () => {
    expect(() => patchLoader(loader.replace('asyncSleep(50)', 'asyncSleep(40)'))).toThrow(/pagefind\.js \(Pagefind 1\.6\.0\): its readiness wait \(getPtr\) was not found exactly once/);
    expect(() => patchLoader(loader + LOADER_WAIT)).toThrow(/exactly once/);
  });
});
