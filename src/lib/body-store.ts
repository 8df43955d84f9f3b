/**
 * Rendered bodies, kept beside Astro's cache in one file per body, named by the entry's
 * digest: node_modules/.astro/<key>/bodies/<collection>/<digest>.json.
 *
 * They are not in Astro's data store because Astro bundles the whole store into the
 * build's server code as one string: at 10,000 releases, 50 MB that the bundler copied
 * on every build (45 s) and that stayed in memory while pages were generated. The store
 * keeps each entry's data and digest; a page reads its body when it is generated.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroCacheDir, siteRoot } from './build-cache.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface StoredBody {
  /** The body as written (MDX), for the plain-text copies, the feeds and search. */
  body: string;
  html: string;
  /** The h2 and h3 of the body with their ids, for the contents list. */
  headings: Heading[];
  /** The body as plain text (the releases' .txt copies). */
  text: string;
}

export function bodiesDir(projectRoot: string = process.cwd(), root: string = siteRoot()): string {
  return join(astroCacheDir(projectRoot, root), 'bodies');
}

const fileOf = (dir: string, collection: string, digest: string) => join(dir, collection, `${digest}.json`);

export function hasBody(dir: string, collection: string, digest: string): boolean {
  return existsSync(fileOf(dir, collection, digest));
}

export function writeBody(dir: string, collection: string, digest: string, body: StoredBody): void {
  const file = fileOf(dir, collection, digest);
  mkdirSync(join(dir, collection), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(body));
  renameSync(tmp, file);
}

export function readBody(dir: string, collection: string, digest: string): StoredBody {
  return JSON.parse(readFileSync(fileOf(dir, collection, digest), 'utf8')) as StoredBody;
}

/** Removes the bodies of a collection that no stored entry names (old versions, entries no longer public). */
export function pruneBodies(dir: string, collection: string, keep: Set<string>): void {
  const folder = join(dir, collection);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (!keep.has(name.replace(/\.json$/, ''))) rmSync(join(folder, name), { force: true });
}
