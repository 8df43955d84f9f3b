/**
 * Builds the social cards a site needs and no others: each card is named by the hash of
 * everything that decides its pixels (its element tree, the fonts, Satori and sharp), a
 * card already in the cache is not drawn again, and the missing ones are drawn on every
 * core, with progress on long runs.
 */
import { createHash } from 'node:crypto';
import { renderCardPng } from './render.ts';
import { RENDER_KEY } from './fonts.ts';
import { defaultThreads, renderInWorkers, type CardJob } from './pool.ts';
import { cachedHashes, pruneCards, writeCard } from './store.ts';
import { cardTree, type CardBrand, type CardContent, type CardNode } from './template.ts';

/** The content hash of a card: any change to its text, the template, the settings, the fonts or the renderer changes it. */
export function cardHash(tree: CardNode): string {
  return createHash('sha256').update(RENDER_KEY).update(JSON.stringify(tree)).digest('hex').slice(0, 20);
}

/**
 * Jobs already made in this process, by brand and content: a build makes every card's job
 * twice otherwise, in the head start (src/og/prewarm.ts, outside Astro's bundle) and for
 * the pages (src/data/cards.ts, inside it): two copies of this module, one map on
 * globalThis. The tree and its hash follow from the two (cardTree is pure); 0.8 s at
 * 10,000. Bounded, for `astro dev`, which runs for hours.
 */
const JOBS = Symbol.for('cancelaria.card-jobs');
const JOBS_LIMIT = 50_000;
const brandKeys = new WeakMap<CardBrand, string>();

function jobs(): Map<string, CardJob> {
  const g = globalThis as { [JOBS]?: Map<string, CardJob> };
  return (g[JOBS] ??= new Map());
}

/** A card to draw: its element tree and the hash that names it. */
export function cardJob(content: CardContent, brand: CardBrand): CardJob {
  let brandKey = brandKeys.get(brand);
  if (!brandKey) {
    brandKey = createHash('sha256').update(JSON.stringify(brand)).digest('hex');
    brandKeys.set(brand, brandKey);
  }
  const key = `${brandKey}\0${JSON.stringify(content)}`;
  const made = jobs();
  let job = made.get(key);
  if (!job) {
    const tree = cardTree(content, brand);
    job = { hash: cardHash(tree), tree };
    if (made.size >= JOBS_LIMIT) made.clear();
    made.set(key, job);
  }
  return job;
}

export interface EnsureResult {
  /** Cards drawn in this run. */
  rendered: number;
  /** Cards found in the cache. */
  reused: number;
  ms: number;
}

export interface EnsureOptions {
  cacheDir: string;
  /** Worker threads for a large batch (default: one per core). */
  threads?: number;
  /** Where progress lines go (default: nowhere). */
  log?: (line: string) => void;
  /** Removes the cache's cards not in `jobs` once done (a full build knows every card). */
  prune?: boolean;
}

/** Below this many missing cards, starting workers (fonts, WASM) costs more than it saves. */
const WORKER_THRESHOLD = 12;
const PROGRESS_EVERY_MS = 2000;

export async function ensureCards(jobs: CardJob[], opts: EnsureOptions): Promise<EnsureResult> {
  const started = performance.now();
  const have = cachedHashes(opts.cacheDir);
  const missing = [...new Map(jobs.filter((j) => !have.has(j.hash)).map((j) => [j.hash, j])).values()];
  let done = 0;
  let lastLog = started;
  const onCard = () => {
    done++;
    const now = performance.now();
    if (opts.log && now - lastLog >= PROGRESS_EVERY_MS) {
      lastLog = now;
      opts.log(`carduri sociale: ${done}/${missing.length}, ${Math.round((now - started) / 1000)} s`);
    }
  };
  const threads = opts.threads ?? defaultThreads();
  if (missing.length >= WORKER_THRESHOLD && threads > 1) {
    await renderInWorkers(missing, opts.cacheDir, { threads, onCard });
  } else {
    for (const job of missing) {
      writeCard(opts.cacheDir, job.hash, await renderCardPng(job.tree));
      onCard();
    }
  }
  if (opts.prune) pruneCards(opts.cacheDir, new Set(jobs.map((j) => j.hash)));
  const ms = performance.now() - started;
  opts.log?.(
    `carduri sociale: ${missing.length} desenate, ${jobs.length - missing.length} din cache, ${(ms / 1000).toFixed(1)} s` +
      (missing.length ? ` (${(ms / missing.length).toFixed(1)} ms/card)` : ''),
  );
  return { rendered: missing.length, reused: jobs.length - missing.length, ms };
}
