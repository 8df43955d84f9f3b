import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { astroCacheDir, siteRoot } from '../lib/build-cache.ts';
import { localYear, resolveNow } from '../lib/dates.ts';
import { placeTree, replaceFile, walkFiles } from '../lib/files.ts';
import { addPageWords, INDEXED_ELEMENT, indexedPart } from '../lib/search-vocabulary.ts';
import { SEARCH_PRELOAD_ANCHOR, SHARD_MANIFEST, SHARD_MANIFEST_ELEMENT, SHARDED_FROM_PAGES, shardKeys, VOCABULARY_ALL, VOCABULARY_FILTER, WHOLE_ARCHIVE, type ShardManifest } from '../lib/search-shards.ts';

/**
 * The search index, built by Pagefind's Node API once Astro has written dist/. It reads
 * the pages the build wrote, so it holds exactly what is public (isPublished decided which
 * pages exist), and only the parts marked data-pagefind-body (see SearchData.astro).
 *
 * The index is split by date into shards (src/lib/search-shards.ts): the newest year, the
 * year before, and the rest of the archive in blocks of years, each a complete Pagefind index in
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

/** The search page, which gets the preload links of the newest shard (addSearchPreloads). */
const SEARCH_PAGE = 'cautare/index.html';

/** Where the hidden vocabulary pages say they are: never a real page (nothing is published under a dot folder). */
const VOCABULARY_URL = '/.vocabular/';

/** Staging folders, where a shard's pages are hard-linked for Pagefind to read. */
const STAGING_PREFIX = '.search-staging-';
/** Written last into a cached shard: a shard without it is not used. */
const CACHE_COMPLETE = '.complete';
/** Beside an older shard in the cache: its words, for the newest shard's hidden pages. */
const CACHE_WORDS = '.words';

/** Bumped when what this file writes for the same pages changes (cached shards are then rebuilt). */
const FORMAT = 3;
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
}

/**
 * What reading a page file told the search index (its year and the digest of what Pagefind
 * reads; null for a page that is not indexed), under the file's identity: device, inode,
 * size and modification time. A page the page store places is the same file, linked,
 * build after build (src/integrations/page-store.ts; nothing writes into a placed file), so
 * its identity is unchanged and the next build need not read it again: 10,000 of the
 * 11,000 pages of a large archive. A page written by this build is a new file, read. It
 * assumes what every build here does: a page changed in place gets a new modification
 * time (nothing sets a page's time back).
 */
export interface PageFact {
  id: string;
  year: number | null;
  digest: string | null;
}
export type PageFacts = Map<string, PageFact>;

/** Kept in the search cache between builds (the facts of the last build's pages). */
const PAGE_FACTS = 'pages.json';
const PAGE_FACTS_VERSION = 1;

/**
 * A file's identity, or '' (matches nothing) for a file changed less than RACY_MS before
 * `since`: the file system's clock is coarse, and a file rewritten in the same tick with
 * the same size would keep its identity (git's "racily clean" entries, handled alike).
 */
const RACY_MS = 2000;
function fileIdentity(abs: string, since: number): string {
  const s = statSync(abs, { bigint: true });
  if (Number(s.mtimeNs / 1_000_000n) > since - RACY_MS) return '';
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
}

function readPageFacts(cacheDir: string): PageFacts {
  try {
    const saved = JSON.parse(readFileSync(join(cacheDir, PAGE_FACTS), 'utf8')) as { version: number; pages: [string, string, number | null, string | null][] };
    if (saved.version !== PAGE_FACTS_VERSION) return new Map();
    return new Map(saved.pages.map(([rel, id, year, digest]) => [rel, { id, year, digest }]));
  } catch {
    // None yet, or unreadable: every page is read.
    return new Map();
  }
}

function savePageFacts(cacheDir: string, facts: PageFacts): void {
  try {
    replaceFile(join(cacheDir, PAGE_FACTS), JSON.stringify({ version: PAGE_FACTS_VERSION, pages: [...facts].map(([rel, f]) => [rel, f.id, f.year, f.digest]) }));
  } catch (error) {
    console.warn(`[cancelaria:pagefind] could not keep ${PAGE_FACTS} for the next build: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The year and digest of a page from its HTML (null when it is not indexed). */
function readPage(rel: string, html: string): { year: number | null; digest: string | null } {
  if (!INDEXED_ELEMENT.test(html)) return { year: null, digest: null };
  const sort = /data-pagefind-sort="data:(\d{4})-\d\d-\d\dT\d\d:\d\d"/.exec(html);
  if (!sort) throw new Error(`${rel}: an indexed page (data-pagefind-body) has no date sort key (data-pagefind-sort="data:…"); pass search={…} with a date to Base.astro`);
  return { year: Number(sort[1]), digest: createHash('sha256').update(indexedPart(html)).digest('hex') };
}

export interface IndexedPagesOptions {
  shardedFrom?: number | undefined;
  olderShardPages?: number | undefined;
  /** What an earlier build learnt of its pages (PageFact); pages with the same identity are not read. */
  known?: PageFacts | undefined;
  /** Filled with this build's facts, for the next build. */
  learnt?: PageFacts;
  /** Counted: the HTML files found, and those read (the others were known). */
  counts?: { files: number; read: number };
}

/** Every page Pagefind will index (it has data-pagefind-body), grouped by shard key. */
export function indexedPages(site: string, currentYear: number, { shardedFrom = SHARDED_FROM_PAGES, olderShardPages, known, learnt, counts }: IndexedPagesOptions = {}): Map<string, ShardPages> {
  const byYear = new Map<number, PageFile[]>();
  let count = 0;
  const since = Date.now();
  for (const { abs, link } of walkFiles(site)) {
    if (link || !abs.endsWith('.html')) continue;
    const rel = relative(site, abs).split('\\').join('/');
    const id = known || learnt ? fileIdentity(abs, since) : '';
    const before = known?.get(rel);
    const reuse = before !== undefined && id !== '' && before.id === id;
    if (counts) {
      counts.files++;
      if (!reuse) counts.read++;
    }
    const { year, digest } = reuse ? before : readPage(rel, readFileSync(abs, 'utf8'));
    learnt?.set(rel, { id, year, digest });
    if (year === null || digest === null) continue;
    const files = byYear.get(year) ?? [];
    files.push({ rel, digest });
    byYear.set(year, files);
    count++;
  }
  const keys = count >= shardedFrom ? shardKeys(new Map([...byYear].map(([year, files]) => [year, files.length])), currentYear, olderShardPages) : undefined;
  const shards = new Map<string, ShardPages>();
  for (const [year, files] of byYear) {
    const key = keys?.get(year) ?? WHOLE_ARCHIVE;
    const shard = shards.get(key) ?? { years: new Set<number>(), files: [] };
    shard.years.add(year);
    shard.files.push(...files);
    shards.set(key, shard);
  }
  for (const shard of shards.values()) shard.files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return shards;
}

/** Every word of a shard's pages, sorted: a superset of what Pagefind indexes (search-vocabulary.ts). */
export function shardWords(site: string, files: readonly PageFile[]): string[] {
  const words = new Set<string>();
  for (const f of files) addPageWords(indexedPart(readFileSync(join(site, f.rel), 'utf8')), words);
  return [...words].sort();
}

/**
 * A hidden page of the newest shard: the words of an older shard. Together they give the
 * newest shard every word of the archive, so it answers as one index would; each tells the
 * search page whether its shard has the searched words (src/lib/search-vocabulary.ts).
 */
export interface VocabularyPage {
  /** The older shard whose words it holds. */
  key: string;
  words: string[];
}

let pagefindVersion: string | undefined;

/** The inputs of one shard's index: Pagefind's version, the options, and every page's path and bytes. */
function shardDigest(key: string, files: PageFile[], older: readonly string[]): string {
  pagefindVersion ??= (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '../package.json'), 'utf8')) as { version: string }).version;
  const h = createHash('sha256').update(`${FORMAT}\n${pagefindVersion}\n${JSON.stringify(INDEX_OPTIONS)}\n${key}\n`);
  for (const f of files) h.update(`${f.rel}\0${f.digest}\n`);
  // The newest shard's hidden pages hold the older shards' words (each shard's key and the digest of its words).
  for (const name of older) h.update(`older ${name}\n`);
  return h.digest('hex').slice(0, 32);
}

/** Indexes one shard's pages (hard-linked into a staging folder, so Pagefind reads only them) into `out`. */
async function indexShard(site: string, files: PageFile[], vocabulary: VocabularyPage[], out: string, stagingRoot: string): Promise<void> {
  mkdirSync(stagingRoot, { recursive: true });
  const staging = mkdtempSync(join(stagingRoot, STAGING_PREFIX));
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
    if (added.errors.length) throw new Error(`Pagefind could not index the pages: ${added.errors.join('; ')}`);
    if (added.page_count !== files.length) throw new Error(`Pagefind indexed ${added.page_count} pages of ${files.length}`);
    for (const { key, words } of vocabulary) {
      // No date sort key: a date sort drops it; other searches exclude it by its filter.
      const record = await index.addCustomRecord({
        url: `${VOCABULARY_URL}${key}/`,
        content: words.join(' '),
        language: 'ro',
        meta: { title: '' },
        filters: { [VOCABULARY_FILTER]: [VOCABULARY_ALL, key] },
      });
      if (record.errors.length) throw new Error(`Pagefind could not index the vocabulary page of ${key}: ${record.errors.join('; ')}`);
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
  /** Pages per block of the older archive (OLDER_SHARD_PAGES); tests lower it to split the sample site's older years. */
  olderShardPages?: number;
}

/** Indexes a built site into its pagefind/ folder; returns the line for the build log. */
export async function buildSearchIndex(site: string, { cacheDir, shardedFrom, olderShardPages }: SearchIndexOptions = {}): Promise<string> {
  const started = performance.now();
  const learnt: PageFacts = new Map();
  const counts = { files: 0, read: 0 };
  // Without a cache there is nowhere to keep what the pages told: no identity is taken.
  const facts = cacheDir ? { known: readPageFacts(cacheDir), learnt } : {};
  const shards = indexedPages(site, localYear(resolveNow()), { shardedFrom, olderShardPages, ...facts, counts });
  const readMs = performance.now() - started;
  if (shards.size === 0) throw new Error('no page has data-pagefind-body; the search would be empty');
  const outputPath = join(site, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  // Newest first: the search page starts them in this order.
  const sorted = [...shards.entries()].sort((a, b) => Math.max(...b[1].years) - Math.max(...a[1].years));
  // Each older shard is named by its pages; the newest, which holds the older shards' words
  // in hidden pages, by its own pages and those words (not the older shards' names): an
  // edit in an older year that brings no new word to its block re-indexes that block only.
  const older = sorted.slice(1).map(([key, shard]) => {
    const name = `${key}-${shardDigest(key, shard.files, [])}`;
    return { key, shard, out: join(outputPath, key), name, cached: cacheDir ? join(cacheDir, name) : undefined };
  });
  const isCached = (cached: string | undefined) => cached !== undefined && existsSync(join(cached, CACHE_COMPLETE));
  // An older shard's words: kept beside it in the cache, else read again from its pages
  // (indexedPages keeps digests only), which happens only when the shard changed.
  const wordsOf = new Map<string, string[]>();
  const words = (o: (typeof older)[number]): string[] => {
    let w = wordsOf.get(o.key);
    if (!w) {
      w = isCached(o.cached) && existsSync(join(o.cached!, CACHE_WORDS)) ? readFileSync(join(o.cached!, CACHE_WORDS), 'utf8').split('\n').filter(Boolean) : shardWords(site, o.shard.files);
      wordsOf.set(o.key, w);
    }
    return w;
  };
  const [newestKey, newestShard] = sorted[0]!;
  const newestName = `${newestKey}-${shardDigest(
    newestKey,
    newestShard.files,
    older.map((o) => `${o.key} ${createHash('sha256').update(words(o).join('\n')).digest('hex')}`),
  )}`;
  const ordered = [{ key: newestKey, shard: newestShard, out: join(outputPath, newestKey), name: newestName, cached: cacheDir ? join(cacheDir, newestName) : undefined }, ...older];
  let indexed = 0;
  let reused = 0;
  let serviceStarted = false;
  // Shards are indexed side by side (Pagefind's service works on several indexes at once);
  // all of them settle before the service is closed, so none runs on after a failure.
  const settled = await Promise.allSettled(
    ordered.map(async (o, position) => {
      if (isCached(o.cached)) {
        // Linked, not copied (11,000 files at 10,000 releases): the files written below replace theirs.
        placeTree(o.cached!, o.out);
        reused++;
        return;
      }
      serviceStarted = true;
      const vocabulary = position === 0 ? ordered.slice(1).map((older) => ({ key: older.key, words: words(older) })) : [];
      await indexShard(site, o.shard.files, vocabulary, o.out, cacheDir ?? tmpdir());
      indexed++;
      // An older shard keeps its words for the newest shard's next hidden pages.
      if (o.cached) saveToCache(o.out, o.cached, position > 0 ? words(o) : undefined);
    }),
  );
  if (serviceStarted) await pagefind.close();
  const failure = settled.find((r) => r.status === 'rejected');
  if (failure) throw failure.reason;
  // The cache keeps the shards of this build only (staging and half-copied folders of an
  // interrupted build go too).
  if (cacheDir) {
    const used = new Set(ordered.map((o) => o.name));
    for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
    savePageFacts(cacheDir, learnt);
  }
  const manifest: ShardManifest = { version: 1, shards: [] };
  let newest: NewestShard | undefined;
  for (const [position, { key, shard, out }] of ordered.entries()) {
    // One loader for all shards; one WebAssembly module, in the newest shard (see WASM_STUB).
    if (position === 0) writeFileSync(join(outputPath, LOADER), patchLoader(readFileSync(join(out, LOADER), 'utf8')));
    rmSync(join(out, LOADER));
    const entryText = readFileSync(join(out, 'pagefind-entry.json'), 'utf8');
    const entry = JSON.parse(entryText) as { languages: Record<string, { hash: string; page_count: number; wasm?: string }> };
    if (Object.keys(entry.languages).join() !== 'ro' || entry.languages.ro!.wasm !== 'ro') throw new Error(`search shard ${key}: Pagefind wrote an index for ${JSON.stringify(entry.languages)}, not one Romanian index`);
    if (position === 0 && statSync(join(out, WASM)).size <= WASM_STUB.length) throw new Error(`search shard ${key}: ${WASM} is missing`);
    if (position > 0) {
      // Replaced, not written into: it may be a link to the cached shard's file.
      rmSync(join(out, WASM));
      writeFileSync(join(out, WASM), WASM_STUB);
    }
    // The newest shard's hidden pages, one per older shard, are not pages of the site.
    const pages = entry.languages.ro!.page_count - (position === 0 ? ordered.length - 1 : 0);
    if (pages !== shard.files.length) throw new Error(`search shard ${key}: ${pages} pages indexed of ${shard.files.length}`);
    const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 16);
    manifest.shards.push({ key, years: [...shard.years].sort((a, b) => b - a), pages, entry: tag });
    if (position === 0) {
      const meta = `pagefind.${entry.languages.ro!.hash}.pf_meta`;
      if (!existsSync(join(out, meta))) throw new Error(`search shard ${key}: ${meta}, named by its pagefind-entry.json, is missing`);
      newest = { key, tag, meta };
    }
  }
  writeFileSync(join(outputPath, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
  addSearchPreloads(site, newest!, manifest);
  const { files, bytes } = folderSize(outputPath);
  const pages = manifest.shards.reduce((n, s) => n + s.pages, 0);
  const shardsNote = manifest.shards.map((s) => `${s.key} ${s.pages}`).join(', ');
  return `search index: ${pages} pages in ${manifest.shards.length} ${manifest.shards.length === 1 ? 'shard' : 'shards'} (${shardsNote}; ${indexed} indexed, ${reused} unchanged), ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (${Math.round(performance.now() - started)} ms; pages read ${counts.read} of ${counts.files}, ${Math.round(readMs)} ms)`;
}

interface NewestShard {
  key: string;
  /** Its manifest entry tag (Shard.entry). */
  tag: string;
  /** Its metadata file, named by Pagefind after its content. */
  meta: string;
}

/**
 * Writes, after the search page's Pagefind loader link, the shard manifest (a JSON block,
 * SHARD_MANIFEST_ELEMENT) and preload links for what the newest shard's instance fetches
 * before it can search: its entry file (at the address metaCacheTag gives it), its
 * metadata and the WebAssembly. The browser fetches them while it reads the page; without
 * them each waited for the previous one, after the page's script had run (README
 * "Căutare" has the measurements). `crossorigin`: a preload is used by fetch() only with
 * the same request mode (CORS, same-origin credentials).
 */
export function addSearchPreloads(site: string, newest: NewestShard, manifest: ShardManifest): void {
  const file = join(site, SEARCH_PAGE);
  if (!existsSync(file)) throw new Error(`${SEARCH_PAGE}: the search page is missing from the build; the search index needs it (src/pages/cautare.astro)`);
  const html = readFileSync(file, 'utf8');
  const at = html.indexOf(SEARCH_PRELOAD_ANCHOR);
  if (at < 0 || html.indexOf(SEARCH_PRELOAD_ANCHOR, at + 1) >= 0) {
    throw new Error(`${SEARCH_PAGE}: expected the link ${SEARCH_PRELOAD_ANCHOR} exactly once (src/pages/cautare.astro writes it in the head), to add the search index's preload links after it`);
  }
  const base = `/pagefind/${newest.key}/`;
  const links = [`${base}pagefind-entry.json?ts=${newest.tag}`, `${base}${newest.meta}`, `${base}${WASM}`]
    .map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`)
    .join('');
  // A JSON block runs nothing; "<" is escaped so no value can close it.
  const block = `<script type="application/json" id="${SHARD_MANIFEST_ELEMENT}">${JSON.stringify(manifest).replace(/</g, '\\u003c')}</script>`;
  const end = at + SEARCH_PRELOAD_ANCHOR.length;
  // What an earlier indexing of the same folder wrote is replaced, not added to.
  const rest = html.slice(end).replace(new RegExp(`^(?:<script type="application/json" id="${SHARD_MANIFEST_ELEMENT}">[^<]*</script>|<link rel="preload" href="/pagefind/[^"]*" as="fetch" crossorigin>)+`), '');
  // A new file, renamed over the page: the page may be a hard link into a cache or an earlier build.
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, `${html.slice(0, end)}${block}${links}${rest}`);
  renameSync(temp, file);
}

/**
 * Pagefind's loader waits for its WebAssembly to be ready by polling every 50 ms
 * (`getPtr`), so the first search of an opening page lost up to 50 ms, 25 on average,
 * after the index was ready. The copy the site serves polls every millisecond instead
 * (the browser clamps repeated timers to about 4 ms; it polls only while the index
 * loads). The exact text is required: a Pagefind release that changes it fails the build
 * here, to be looked at again, rather than being served unpatched or patched wrongly.
 */
export const LOADER_WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';

export function patchLoader(source: string): string {
  const at = source.indexOf(LOADER_WAIT);
  if (at < 0 || source.indexOf(LOADER_WAIT, at + 1) >= 0) {
    throw new Error(`${LOADER} (Pagefind ${loaderVersion(source)}): its readiness wait (getPtr) was not found exactly once; src/integrations/pagefind.ts patchLoader needs updating for this Pagefind version`);
  }
  return source.replace(LOADER_WAIT, LOADER_WAIT.replace('asyncSleep(50)', 'asyncSleep(1)'));
}

function loaderVersion(source: string): string {
  return /pagefind_version\s*=\s*"([^"]+)"/.exec(source)?.[1] ?? 'unknown version';
}

/**
 * Keeps a freshly indexed shard: copied under a temporary name, marked complete, then
 * renamed, so an interrupted build never leaves a half-copied shard that looks whole. A
 * cache that cannot be written costs the next build time, not this build.
 */
function saveToCache(out: string, cached: string, words?: string[]): void {
  const temp = `${cached}.tmp-${process.pid}`;
  try {
    rmSync(temp, { recursive: true, force: true });
    cpSync(out, temp, { recursive: true });
    if (words) writeFileSync(join(temp, CACHE_WORDS), words.join('\n'));
    writeFileSync(join(temp, CACHE_COMPLETE), '');
    rmSync(cached, { recursive: true, force: true });
    renameSync(temp, cached);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    console.warn(`[cancelaria:pagefind] could not keep ${cached} for the next build: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** File count and total size of a folder, for the build log and the bench. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const { abs } of walkFiles(dir)) {
    files++;
    bytes += statSync(abs).size;
  }
  return { files, bytes };
}
