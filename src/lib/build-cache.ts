import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Node flags for every process that runs `astro build`. Node 24 can hang for ever at exit:
 * the main thread, exiting, waits for V8's background compiler threads, while one of them
 * (Maglev, or Sparkplug) waits for a garbage collection only the main thread could run
 * (nodejs/node#54918, open). Seen here once, in a test build that stopped on bad content:
 * the build printed its error and never exited. Compiling on the main thread only (no
 * Maglev, Sparkplug not in the background) removes the wait, at a price: at 1,000
 * releases (`npm run bench`, which passes the same flags to the bare baseline) the builds
 * took 1–18 % longer (cold 34.6 → 34.8 s, no change 7.1 → 8.4 s). A build that always
 * ends is worth it: `npm run build` runs every 15 minutes on the server.
 */
export const BUILD_NODE_FLAGS: readonly string[] = ['--no-maglev', '--no-concurrent-sparkplug'];

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

function* treeFiles(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* treeFiles(join(path, name));
  } else yield path;
}

/** A digest of files and folders (paths relative to `projectRoot`, and bytes): any change to one of them gives another. */
export function treeKey(projectRoot: string, inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of treeFiles(join(projectRoot, input))) hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
