import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * The folder holding the site's `content/` and `public/`: the project itself, or the
 * folder CANCELARIA_SITE names (another institution's content, a test fixture).
 * Here, in a module without dependencies, so that `npm run build`'s own process stays small.
 */
export function siteRoot(projectRoot: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  return env.CANCELARIA_SITE ? resolve(projectRoot, env.CANCELARIA_SITE) : projectRoot;
}

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
