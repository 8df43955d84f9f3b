import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { astroCacheDir, siteRoot } from '../lib/build-cache.ts';
import { localYear, resolveNow } from '../lib/dates.ts';
import { addPageWords } from '../lib/search-vocabulary.ts';
import { SHARD_MANIFEST, SHARDED_FROM_PAGES, shardKeyFor, VOCABULARY_FILTER, WHOLE_ARCHIVE, type ShardManifest } from '../lib/search-shards.ts';

/**
 * The search index, built by Pagefind's Node API once Astro has written dist/. It reads
 * the pages the build wrote, so it holds exactly what is public (isPublished decided which
 * pages exist), and only the parts marked data-pagefind-body (see SearchData.astro).
 *
 * The index is split by date into shards (src/lib/search-shards.ts): the newest year, the
 * year before, and the rest of the archive, each a complete Pagefind index in
 * dist/pagefind/<key>/. Results are sorted newest first by default, so the search page
 * searches the newest shard first and shows its results while the older shards answer:
 * a word on every page of a 10,000-release archive then costs its posting list over one
 * year, not over ten. A shard whose pages did not change is copied from the cache of the
 * previous build instead of being indexed again. Options that keep a first search small
 * are explained in README ("Căutare").
 */

/**
 * Files Pagefind writes that the site never loads: its ready-made UIs (/cautare/ has its
 * own), the highlight script (results link with a text fragment instead, so result pages
 * stay script-free), the Web Worker (search runs on the page: one file less to fetch) and
 * the WebAssembly for pages of unknown language (every page is Romanian).
 */
const UNUSED = /^(pagefind-(component-ui|modular-ui|ui)\.(js|css)|pagefind-highlight\.js|pagefind-worker\.js|wasm\.unknown\.pagefind)$/;

/** Pagefind's WebAssembly for Romanian, and the loader every shard shares (one copy, in dist/pagefind/). */
const WASM = 'wasm.ro.pagefind';
const LOADER = 'pagefind.js';

/**
 * What an instance that is not the first fetches instead of the 59 KB WebAssembly: a file
 * that Pagefind reads as "already decompressed, empty". All instances share one
 * WebAssembly module (Pagefind's wasm-bindgen glue keeps it per page and ignores a second
 * one), so the search page starts the newest shard first and the others once it is ready
 * (src/client/search.ts); each of them would otherwise download the same module again,
 * from its own folder.
 */
export const WASM_STUB = 'pagefind_dcd';

/** The hidden vocabulary page's address: never a real page (nothing is published under a dot folder). */
const VOCABULARY_URL = '/.vocabular/';

/** Bumped when what this file writes for the same pages changes (cached shards are then rebuilt). */
const FORMAT = 1;
const INDEX_OPTIONS = { forceLanguage: 'ro' } as const;

/**
 * Set by `npm run build` (scripts/atomic-build.ts), which indexes the site itself once
 * Astro has exited: Pagefind then does not run beside Astro's process, and the build's
 * peak memory is the larger of the two, not their sum (about 1.6 GB each at 10,000
 * releases). `astro build` alone indexes in its build:done hook.
 */
export const INDEX_AFTER_ASTRO = 'CANCELARIA_SEARCH_INDEX_AFTER_ASTRO';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'cancelaria:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_ASTRO] === '1') return;
        logger.info(await buildSearchIndex(fileURLToPath(dir), { cacheDir: searchCacheDir() }));
      },
    },
  };
}

/** Where indexed shards are kept between builds, beside Astro's own cache for this site. */
export function searchCacheDir(projectRoot: string = process.cwd()): string {
  return join(astroCacheDir(projectRoot, siteRoot(projectRoot)), 'search');
}

interface PageFile {
  /** Path relative to the site, with forward slashes. */
  rel: string;
  digest: string;
}

interface ShardPages {
  years: Set<number>;
  files: PageFile[];
  /** Every word of its pages (a superset of what Pagefind indexes: see search-vocabulary.ts). */
  words: Set<string>;
}

/** Every page Pagefind will index (it has data-pagefind-body), grouped by shard key. */
export function indexedPages(site: string, currentYear: number, shardedFrom: number = SHARDED_FROM_PAGES): Map<string, ShardPages> {
  const byYear = new Map<number, { files: PageFile[]; words: Set<string> }>();
  let count = 0;
  for (const abs of htmlFiles(site, join(site, 'pagefind'))) {
    const bytes = readFileSync(abs);
    if (!bytes.includes('data-pagefind-body')) continue;
    const rel = relative(site, abs).split('\\').join('/');
    const html = bytes.toString('utf8');
    const sort = /data-pagefind-sort="data:(\d{4})-\d\d-\d\dT\d\d:\d\d"/.exec(html);
    if (!sort) throw new Error(`${rel}: an indexed page (data-pagefind-body) has no date sort key (data-pagefind-sort="data:…"); pass search={…} with a date to Base.astro`);
    const year = Number(sort[1]);
    const into = byYear.get(year) ?? { files: [], words: new Set<string>() };
    into.files.push({ rel, digest: createHash('sha256').update(bytes).digest('hex') });
    addPageWords(html, into.words);
    byYear.set(year, into);
    count++;
  }
  const split = count >= shardedFrom;
  const shards = new Map<string, ShardPages>();
  for (const [year, { files, words }] of byYear) {
    const key = split ? shardKeyFor(year, currentYear) : WHOLE_ARCHIVE;
    const shard = shards.get(key) ?? { years: new Set<number>(), files: [], words: new Set<string>() };
    shard.years.add(year);
    shard.files.push(...files);
    for (const w of words) shard.words.add(w);
    shards.set(key, shard);
  }
  for (const shard of shards.values()) shard.files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return shards;
}

/** The words of the other shards that this one lacks, sorted: its vocabulary page (search-vocabulary.ts). */
export function vocabularyOf(key: string, shards: Map<string, ShardPages>): string[] {
  const own = shards.get(key)!.words;
  const missing = new Set<string>();
  for (const [other, shard] of shards) if (other !== key) for (const w of shard.words) if (!own.has(w)) missing.add(w);
  return [...missing].sort();
}

/** The HTML files under `dir`, except under `skip` (the index's own folder). */
function* htmlFiles(dir: string, skip: string): Generator<string> {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) {
      if (p !== skip) yield* htmlFiles(p, skip);
    } else if (d.isFile() && d.name.endsWith('.html')) yield p;
  }
}

/** The inputs of one shard's index: Pagefind's version, the options, and every page's path and bytes. */
function shardDigest(key: string, files: PageFile[], vocabulary: string[]): string {
  const version = (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '../package.json'), 'utf8')) as { version: string }).version;
  const h = createHash('sha256').update(`${FORMAT}\n${version}\n${JSON.stringify(INDEX_OPTIONS)}\n${key}\n`);
  for (const f of files) h.update(`${f.rel}\0${f.digest}\n`);
  h.update(`vocabulary\n${vocabulary.join('\n')}`);
  return h.digest('hex').slice(0, 32);
}

/** Indexes one shard's pages (hard-linked into a staging folder, so Pagefind reads only them) into `out`. */
async function indexShard(site: string, files: PageFile[], vocabulary: string[], out: string): Promise<void> {
  const staging = mkdtempSync(join(dirname(site), '.search-staging-'));
  try {
    for (const f of files) {
      const target = join(staging, f.rel);
      mkdirSync(dirname(target), { recursive: true });
      try {
        linkSync(join(site, f.rel), target);
      } catch {
        copyFileSync(join(site, f.rel), target);
      }
    }
    const { index, errors: createErrors } = await pagefind.createIndex(INDEX_OPTIONS);
    if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
    if (added.page_count !== files.length) throw new Error(`Pagefind indexed ${added.page_count} pages of ${files.length}`);
    if (vocabulary.length) {
      // No date sort key: a date sort drops it; the relevance sort excludes it by its filter.
      const record = await index.addCustomRecord({ url: VOCABULARY_URL, content: vocabulary.join(' '), language: 'ro', meta: { title: '' }, filters: { [VOCABULARY_FILTER]: ['da'] } });
      if (record.errors.length) throw new Error(`Pagefind could not index the vocabulary page: ${record.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind could not write ${out}: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    for (const name of readdirSync(out)) if (UNUSED.test(name)) rmSync(join(out, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export interface SearchIndexOptions {
  /** Keeps each shard's index by the digest of its pages; unchanged shards are copied, not indexed. */
  cacheDir?: string;
  /** Splits the index from this many pages (SHARDED_FROM_PAGES); tests lower it to split the sample site. */
  shardedFrom?: number;
}

/** Indexes a built site into its pagefind/ folder; returns the line for the build log. */
export async function buildSearchIndex(site: string, { cacheDir, shardedFrom }: SearchIndexOptions = {}): Promise<string> {
  const started = performance.now();
  const shards = indexedPages(site, localYear(resolveNow()), shardedFrom);
  if (shards.size === 0) throw new Error('no page has data-pagefind-body; the search would be empty');
  const outputPath = join(site, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  const manifest: ShardManifest = { version: 1, shards: [] };
  // Newest first: the search page starts them in this order.
  const ordered = [...shards.entries()]
    .sort((a, b) => Math.max(...b[1].years) - Math.max(...a[1].years))
    .map(([key, shard]) => {
      const vocabulary = vocabularyOf(key, shards);
      const digest = shardDigest(key, shard.files, vocabulary);
      return { key, shard, vocabulary, out: join(outputPath, key), cached: cacheDir ? join(cacheDir, `${key}-${digest}`) : undefined };
    });
  let indexed = 0;
  let reused = 0;
  let serviceStarted = false;
  try {
    // Shards are indexed side by side: Pagefind's service works on several indexes at once.
    await Promise.all(
      ordered.map(async ({ key, shard, vocabulary, out, cached }) => {
        if (cached && existsSync(join(cached, 'pagefind-entry.json'))) {
          cpSync(cached, out, { recursive: true });
          reused++;
          return;
        }
        serviceStarted = true;
        await indexShard(site, shard.files, vocabulary, out);
        indexed++;
        if (cacheDir && cached) {
          mkdirSync(cacheDir, { recursive: true });
          // Only the newest copy of each shard is kept.
          for (const name of readdirSync(cacheDir)) if (name.startsWith(`${key}-`)) rmSync(join(cacheDir, name), { recursive: true, force: true });
          const temp = `${cached}.tmp-${process.pid}`;
          cpSync(out, temp, { recursive: true });
          renameSync(temp, cached);
        }
      }),
    );
  } finally {
    if (serviceStarted) await pagefind.close();
  }
  for (const [position, { key, shard, vocabulary, out }] of ordered.entries()) {
    // One loader for all shards; one WebAssembly module, in the newest shard (see WASM_STUB).
    if (position === 0) copyFileSync(join(out, LOADER), join(outputPath, LOADER));
    rmSync(join(out, LOADER));
    if (position > 0) writeFileSync(join(out, WASM), WASM_STUB);
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) - (vocabulary.length ? 1 : 0);
    if (pages !== shard.files.length) throw new Error(`search shard ${key}: ${pages} pages indexed of ${shard.files.length}`);
    manifest.shards.push({ key, years: [...shard.years].sort((a, b) => b - a), pages });
  }
  writeFileSync(join(outputPath, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
  const { files, bytes } = folderSize(outputPath);
  const pages = manifest.shards.reduce((n, s) => n + s.pages, 0);
  const shardsNote = manifest.shards.map((s) => `${s.key} ${s.pages}`).join(', ');
  return `search index: ${pages} pages in ${manifest.shards.length} ${manifest.shards.length === 1 ? 'shard' : 'shards'} (${shardsNote}; ${indexed} indexed, ${reused} unchanged), ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (${Math.round(performance.now() - started)} ms)`;
}

/** File count and total size of a folder, for the build log and the bench. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const sub = folderSize(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}
