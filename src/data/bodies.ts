/** Entry bodies as pages use them: from the body store, by the digest Astro's store keeps. */
import { bodiesDir, readBody, type StoredBody } from '../lib/body-store.ts';

const dir = bodiesDir();

type StoredEntry = { collection: string; id: string; digest?: unknown };

/** An entry's digest (its file and the sizes of the media it names, src/lib/content-loader.ts): names its body, and is the page store's input for the entry's own content. */
export function entryDigest(entry: StoredEntry): string {
  if (typeof entry.digest !== 'string') throw new Error(`${entry.collection}/${entry.id}: stored without a digest; build again with an empty cache`);
  return entry.digest;
}

export function bodyOf(entry: StoredEntry): StoredBody {
  return readBody(dir, entry.collection, entryDigest(entry));
}
