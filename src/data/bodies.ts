/** Entry bodies as pages use them: from the body store, by the digest Astro's store keeps. */
import { bodiesDir, readBody, type StoredBody } from '../lib/body-store.ts';

const dir = bodiesDir();

export function bodyOf(entry: { collection: string; id: string; digest?: unknown }): StoredBody {
  if (typeof entry.digest !== 'string') throw new Error(`${entry.collection}/${entry.id}: stored without a digest; build again with an empty cache`);
  return readBody(dir, entry.collection, entry.digest);
}
