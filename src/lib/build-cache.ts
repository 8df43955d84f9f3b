import { createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * Astro's cache folder for one project folder and one site: Astro's content cache stores
 * file paths, and a cache shared between two sites (or two copies of the project) would
 * serve stale entries. Kept between builds (the data store with every rendered body, the
 * build's dependency manifest); a CI should keep it too.
 */
export function astroCacheDir(projectRoot: string, siteRoot: string): string {
  const key = createHash('sha1').update(`${projectRoot}\n${siteRoot}`).digest('hex').slice(0, 12);
  return join(projectRoot, 'node_modules/.astro', key);
}
