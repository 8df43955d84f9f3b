/**
 * The search split into shards by date gives what one index gives. The sample site is too
 * small to be split (SHARDED_FROM_PAGES), so a copy of the built site is indexed again with
 * the split forced (2026, 2025, and each older year a block of its own), served beside the
 * original, and the same searches are run on both in real Chromium: the same results in the
 * same order for a date sort, the same results for relevance, the same counts. Among them,
 * terms that only older years hold, where Pagefind alone would answer with unrelated pages
 * from the shards that lack them (see src/lib/search-vocabulary.ts).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';
import { localYear } from '../../src/lib/dates.ts';
import type { ShardManifest } from '../../src/lib/search-shards.ts';
import { launch } from './support/browser.ts';
import { TEST_BUILD_TIME } from './support/build.ts';
import { published, unpublished } from './support/content.ts';
import { walk } from './support/dist.ts';
import { serveWithNginx, type Served } from './support/nginx.ts';

const single = inject('baseUrl');
let copy: string;
let sharded: Served;
let manifest: ShardManifest;
let browser: Browser;
let context: BrowserContext;

/** Indexes a copy of the site split in shards, as a build at the tests' build time would. */
async function indexSplit(site: string, cacheDir?: string): Promise<string> {
  const saved = process.env.BUILD_TIME;
  process.env.BUILD_TIME = TEST_BUILD_TIME;
  try {
    // Every older year a block of its own (the sample site has a few pages a year): several older shards.
    return await buildSearchIndex(site, { shardedFrom: 0, olderShardPages: 1, ...(cacheDir ? { cacheDir } : {}) });
  } finally {
    if (saved === undefined) delete process.env.BUILD_TIME;
    else process.env.BUILD_TIME = saved;
  }
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'cancelaria-shards-'));
  cpSync(inject('distDir'), copy, { recursive: true });
  await indexSplit(copy);
  manifest = JSON.parse(readFileSync(join(copy, 'pagefind/shards.json'), 'utf8')) as ShardManifest;
  sharded = await serveWithNginx(copy);
  browser = await launch();
  context = await browser.newContext({ timezoneId: 'Europe/Bucharest', locale: 'ro-RO' });
});
afterAll(async () => {
  await browser?.close();
  await sharded?.stop();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

interface Outcome {
  paths: string[];
  status: string;
  counts: string[];
}

/** Every result of a search (all pages of „Mai multe rezultate”), its status line and the filter counts. */
async function everything(base: string, query: string): Promise<Outcome> {
  const page: Page = await context.newPage();
  await page.goto(`${base}/cautare/${query}`);
  await page.waitForFunction(() => document.body.dataset.searchDone !== undefined);
  const more = page.getByRole('button', { name: 'Mai multe rezultate' });
  for (let shown = await page.locator('#search-list > li').count(); await more.isVisible(); ) {
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-list > li').length > n, shown);
    shown = await page.locator('#search-list > li').count();
  }
  // Counts come last, after the results.
  await page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('#f-tip option[value="comunicat"]')?.textContent ?? ''));
  const outcome = {
    paths: await page.$$eval('#search-list > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    status: (await page.textContent('#search-status')) ?? '',
    counts: await page.$$eval('select option', (options) => options.map((o) => o.textContent ?? '')),
  };
  await page.close();
  return outcome;
}

const olderOnly = published.find((r) => r.data.number && localYear(r.data.date) < 2026)!;

const QUERIES = [
  '?q=sedinta',
  '?q=prefectul',
  `?q=${encodeURIComponent('situații de urgență')}`,
  `?q=${encodeURIComponent('HCJSU 7/2026')}`,
  // A number only an older year holds: the newer shards must not answer with „41…”.
  `?q=${encodeURIComponent(olderOnly.data.number!)}`,
  '?q=qwzxjkv',
  '?tip=eveniment',
  '?an=2025',
  '?q=sedinta&tip=comunicat',
  '?q=prefectul&an=2023',
];

describe('search over shards', () => {
  it('splits the copy by year, the newest first: this year, last year, and the older years in blocks', () => {
    const keys = manifest.shards.map((s) => s.key);
    expect(keys.slice(0, 2)).toEqual(['2026', '2025']);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const [i, s] of manifest.shards.slice(2).entries()) {
      expect(s.key).toBe(String(s.years[0]));
      expect(s.years[0]).toBeLessThan(manifest.shards[i + 1]!.years.at(-1)!);
    }
    expect(manifest.shards[0]!.years[0]).toBeGreaterThanOrEqual(2026);
  });

  it.each(QUERIES.flatMap((q) => [q, `${q}&sort=vechi`]))('%s: the same results in the same order as one index, the same counts', async (query) => {
    const [one, split] = await Promise.all([everything(single, query), everything(sharded.url, query)]);
    expect(split.paths).toEqual(one.paths);
    expect(split.status).toBe(one.status);
    expect(split.counts).toEqual(one.counts);
  });

  it.each(QUERIES.filter((q) => q.includes('q=')).map((q) => `${q}&sort=relevanta`))('%s: the same results as one index (relevance order may differ)', async (query) => {
    const [one, split] = await Promise.all([everything(single, query), everything(sharded.url, query)]);
    expect([...split.paths].sort()).toEqual([...one.paths].sort());
    expect(split.status).toBe(one.status);
    expect(split.paths.some((p) => p.includes('.vocabular'))).toBe(false);
  });

  it('holds nothing of the draft or the embargoed release in any file, vocabulary pages included', () => {
    expect(unpublished.length).toBeGreaterThan(0);
    const texts = [...walk(join(copy, 'pagefind'))].map((file) => {
      const raw = readFileSync(file);
      return { file, text: (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8') };
    });
    expect(texts.some((t) => t.text.includes('"url":"/.vocabular/'))).toBe(true);
    // The vocabulary pages are lists of single words: look for the words only the unpublished releases use.
    const publicText = [...walk(copy)]
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(f, 'utf8').replace(/<[^>]+>/g, ' '))
      .join(' ')
      .toLowerCase();
    for (const r of unpublished) {
      const ownWords = [...new Set(`${r.data.title} ${r.data.summary} ${r.body}`.toLowerCase().match(/\p{L}{9,}/gu) ?? [])].filter((w) => !publicText.includes(w));
      expect(ownWords.length, `${r.file} has words of its own to look for`).toBeGreaterThan(0);
      for (const { file, text } of texts) {
        const lower = text.toLowerCase();
        for (const needle of [r.id, r.data.title, r.data.summary.slice(0, 60)]) expect(text.includes(needle), `${file} contains "${needle}" of ${r.file}`).toBe(false);
        for (const word of ownWords) expect(lower.includes(word), `${file} contains "${word}" of ${r.file}`).toBe(false);
      }
    }
  });

  it('reuses every shard from the cache when no page changed (the build time printed on each page apart), and gives the same files', async () => {
    const site = mkdtempSync(join(tmpdir(), 'cancelaria-shards-cache-'));
    const cache = join(site, '.cache');
    try {
      cpSync(inject('distDir'), join(site, 'dist'), { recursive: true });
      const dist = join(site, 'dist');
      const files = () => Object.fromEntries([...walk(join(dist, 'pagefind'))].map((f) => [f.slice(dist.length), readFileSync(f).toString('base64')]));
      const all = manifest.shards.length;
      expect(await indexSplit(dist, cache)).toMatch(new RegExp(`${all} indexed, 0 unchanged`));
      const cold = files();
      // Pages not changed since the last indexing (an hour old, as those the page store links
      // are) are not read again; the search page, which the index step itself rewrites, is.
      const hourAgo = new Date(Date.now() - 3_600_000);
      for (const f of walk(dist)) if (f.endsWith('.html')) utimesSync(f, hourAgo, hourAgo);
      expect(await indexSplit(dist, cache)).toMatch(/0 indexed, \d+ unchanged\), .*pages read (\d+) of \1,/);
      expect(await indexSplit(dist, cache)).toMatch(/pages read 1 of \d+,/);
      expect(files()).toEqual(cold);
      // Another build time on every page: what Pagefind reads is the same.
      for (const f of walk(dist)) if (f.endsWith('.html')) writeFileSync(f, readFileSync(f, 'utf8').replace(/<time datetime="[^"]*">[^<]*<\/time><\/p>/, () => '<time datetime="2026-11-27T12:15">27 noiembrie 2026, 12:15</time></p>'));
      expect(await indexSplit(dist, cache)).toMatch(new RegExp(`0 indexed, ${all} unchanged`));
      expect(files()).toEqual(cold);
      // A new word in this year's release: the newest shard only is indexed again.
      const addWord = (release: (typeof published)[number], word: string) => {
        const page = join(dist, 'comunicate', release.id, 'index.html');
        writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', ` ${word}</h1>`));
      };
      addWord(published[0]!, 'Xilofonistul');
      expect(await indexSplit(dist, cache)).toMatch(new RegExp(`1 indexed, ${all - 1} unchanged`));
      // In last year's: that shard, and the newest (its hidden page of last year's words).
      addWord(published.find((r) => localYear(r.data.date) === 2025)!, 'Violoncelistul');
      expect(await indexSplit(dist, cache)).toMatch(new RegExp(`2 indexed, ${all - 2} unchanged`));
      // In an older year's page: that year's block and the newest, no other block.
      const olderPage = [...walk(dist)].find((f) => f.endsWith('.html') && new RegExp(`data-pagefind-sort="data:${manifest.shards.at(-1)!.years[0]}-`).test(readFileSync(f, 'utf8')))!;
      writeFileSync(olderPage, readFileSync(olderPage, 'utf8').replace('</h1>', ' Contrabasistul</h1>'));
      expect(await indexSplit(dist, cache)).toMatch(new RegExp(`2 indexed, ${all - 2} unchanged`));
      // The same page again, with a word its block already has: that block only (the newest
      // shard's hidden pages hold the block's words, which did not change).
      writeFileSync(olderPage, readFileSync(olderPage, 'utf8').replace('</h1>', ' Contrabasistul</h1>'));
      expect(await indexSplit(dist, cache)).toMatch(new RegExp(`1 indexed, ${all - 1} unchanged`));
      // The shards copied from the cache are linked to it; the files the index step
      // replaces (the older shards' WebAssembly placeholder) left the cache's own intact.
      // Beside them, what the last indexing learnt of each page (pagefind.ts, PageFact).
      const shardFolders = readdirSync(cache).filter((name) => name !== 'pages.json');
      expect(shardFolders.length).toBe(readdirSync(cache).length - 1);
      for (const name of shardFolders) expect(readFileSync(join(cache, name, 'wasm.ro.pagefind')).length, name).toBeGreaterThan(1000);
      // The cache keeps this build's shards only, each complete.
      expect(shardFolders.sort()).toEqual(manifest.shards.map((s) => s.key).sort().map((k) => expect.stringMatching(new RegExp(`^${k}-[0-9a-f]{32}$`))));
      for (const name of shardFolders) expect(existsSync(join(cache, name, '.complete')), name).toBe(true);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it.each([
    ['one index', () => single],
    ['shards', () => sharded.url],
  ])('%s: the search page preloads the newest shard’s first files, and each Pagefind file is fetched once', async (_, base) => {
    const html = await (await fetch(`${base()}/cautare/`)).text();
    const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((m) => m[1]!);
    const served = (await (await fetch(`${base()}/pagefind/shards.json`)).json()) as ShardManifest;
    const newest = served.shards[0]!;
    expect(preloads).toEqual([
      `/pagefind/${newest.key}/pagefind-entry.json?ts=${newest.entry}`,
      expect.stringMatching(new RegExp(`^/pagefind/${newest.key}/pagefind\\.ro_[0-9a-f]+\\.pf_meta$`)),
      `/pagefind/${newest.key}/wasm.ro.pagefind`,
    ]);
    for (const href of preloads) expect((await fetch(`${base()}${href}`)).status, href).toBe(200);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
    await page.goto(`${base()}/cautare/?q=sedinta`);
    await page.waitForFunction(() => document.body.dataset.searchDone !== undefined);
    await page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('#f-tip option[value="comunicat"]')?.textContent ?? ''));
    await page.close();
    const pagefind = requested.filter((u) => u.startsWith('/pagefind/'));
    // A preload the script's fetch did not match (another address or request mode) would be fetched twice.
    for (const href of preloads) expect(pagefind.filter((u) => u === href), href).toHaveLength(1);
    expect(pagefind.length).toBe(new Set(pagefind).size);
    // The shard list is in the page (the same as the file), so it is not fetched.
    expect(JSON.parse(/<script type="application\/json" id="search-shards">([^<]*)<\/script>/.exec(html)![1]!)).toEqual(served);
    expect(pagefind).not.toContain('/pagefind/shards.json');
  });

  it('finds the number of an older release once, in its year only', async () => {
    const { paths } = await everything(sharded.url, `?q=${encodeURIComponent(olderOnly.data.number!)}`);
    expect(paths).toEqual([`/comunicate/${olderOnly.id}/`]);
  });
});
