/**
 * The card cache: one PNG per content hash in a folder that survives builds (and that a CI
 * can keep between runs). A file is written under a temporary name and renamed, so an
 * interrupted build never leaves a half-written card under a valid hash.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The cache folder of a site: CARDS_CACHE_DIR, or .cache/carduri/ in the project, with one
 * subfolder per site host so that two sites built from one project keep their own cards.
 */
export function cardCacheDir(siteUrl: string, env: Record<string, string | undefined> = process.env, projectRoot = process.cwd()): string {
  return join(env.CARDS_CACHE_DIR || join(projectRoot, '.cache', 'carduri'), new URL(siteUrl).host);
}

export function cardPath(cacheDir: string, hash: string): string {
  return join(cacheDir, `${hash}.png`);
}

export function writeCard(cacheDir: string, hash: string, png: Uint8Array): void {
  const tmp = join(cacheDir, `.${hash}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  writeFileSync(tmp, png);
  renameSync(tmp, cardPath(cacheDir, hash));
}

/** Hashes of the cards present in the cache folder (created when missing). */
export function cachedHashes(cacheDir: string): Set<string> {
  mkdirSync(cacheDir, { recursive: true });
  return new Set(readdirSync(cacheDir).filter((f) => /^[0-9a-f]+\.png$/.test(f)).map((f) => f.slice(0, -4)));
}

/** Removes cards no longer used (an old title, an unpublished entry) and stray temporary files. */
export function pruneCards(cacheDir: string, keep: Set<string>): number {
  let removed = 0;
  for (const f of readdirSync(cacheDir)) {
    const hash = f.endsWith('.png') ? f.slice(0, -4) : undefined;
    if (hash && keep.has(hash)) continue;
    rmSync(join(cacheDir, f), { force: true });
    removed++;
  }
  return removed;
}
