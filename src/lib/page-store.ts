/**
 * The page store: generated pages kept between builds, named by a digest of everything
 * they are made of, so that a rebuild generates only the pages whose inputs changed and
 * copies the others (README „Performanță”). Used for the pages of releases and events,
 * 11,000 of the 11,700 pages of a large archive.
 *
 * A page's digest covers: the code that renders it (src/, astro.config.mjs, the locked
 * dependencies, as they were when the build began), Node's version and its ICU and
 * time-zone data, the settings, the alerts live at build time (the banner on every page),
 * the cards' identity and renderer (src/data/page-store.ts), the route and address, and
 * what the route says the page reads (the entry's digest, which covers its file and the
 * sizes of the media it names, and what it shows of other entries). One thing on a page may
 * change with every build without being an input: the build time in the printed page's
 * source line (Base.astro), on every page but the releases' (they print their text's own
 * date). A page with it is stored with that time replaced by PRINT_TIME_TOKEN, and put
 * back with the time of the build restoring it; a page without it is stored as is and
 * hard-linked into dist/. Either way a rebuild gives the bytes a build from empty caches
 * gives (tests/e2e/rebuild.test.ts).
 *
 * The page side (src/data/page-store.ts, in Astro's server bundle) decides which pages to
 * generate; the build:done hook (src/integrations/page-store.ts) copies the others from
 * the store and stores the new ones. They share the registry on globalThis, as the cards do.
 */
import { createHash } from 'node:crypto';
import { formatDateTime, toIsoLocal } from './dates.ts';

export const PAGE_STORE = Symbol.for('cancelaria.page-store');

/** Set by the page store's integration to Astro's command ('build', 'dev', …) when Astro loads its configuration (startBuild). */
const ASTRO_COMMAND = Symbol.for('cancelaria.astro-command');

/** Set with it: the digest of the code, taken before Astro bundles it (codeKeyAtStart). */
const CODE_KEY = Symbol.for('cancelaria.page-store.code');

/** What the pages are rendered by: any change here may change every page. */
export const CODE_INPUTS = ['src', 'astro.config.mjs', 'package-lock.json'];

/**
 * Called when Astro loads its configuration: records the command and, for a build, the
 * digest of the code then, before Vite bundles it (code changed during a long build must
 * not be recorded as the code that rendered its pages); forgets any registry of an earlier
 * build in the same process.
 */
export function startBuild(command: string, codeKey: () => string): void {
  const g = globalThis as Record<symbol, unknown>;
  g[ASTRO_COMMAND] = command;
  g[CODE_KEY] = command === 'build' ? codeKey() : undefined;
  delete g[PAGE_STORE];
}

/** The code's digest recorded by startBuild. */
export function codeKeyAtStart(): string {
  const key = (globalThis as Record<symbol, unknown>)[CODE_KEY];
  if (typeof key !== 'string') throw new Error('page store: the code was not recorded when the build started (the page store integration is missing from astro.config.mjs?)');
  return key;
}

/**
 * True in `astro build` (any script that runs it), false in `astro dev`. Not
 * import.meta.env.DEV: Astro fills import.meta.env from the process's environment, so a
 * DEV variable set around the build (Vitest sets DEV=1) made a build behave as `astro dev`.
 */
export function isStaticBuild(): boolean {
  return (globalThis as Record<symbol, unknown>)[ASTRO_COMMAND] === 'build';
}

/** Stands for the build time in a stored page: a character no page can hold (NUL), so it never matches page text. */
export const PRINT_TIME_TOKEN = '\u0000cancelaria:print-time\u0000';

export interface StoredPage {
  /** Address, "/comunicate/x/". */
  url: string;
  /** The file under dist/, "comunicate/x/index.html". */
  file: string;
  digest: string;
  /** True when the store has it: the build copies it instead of generating it. */
  reused: boolean;
  /** The store has it as is (fixedName), to be linked, not with the time taken out (storedName). */
  fixed: boolean;
}

export interface PageStoreRegistry {
  /** node_modules/.astro/<key>/pages/ */
  dir: string;
  /** The build time as Base.astro prints it on every page (printTimeHtml). */
  printTime: string;
  /** By route, by address. */
  routes: Map<string, Map<string, StoredPage>>;
}

/** The `<time>` element of the printed page's source line, written by Base.astro and looked for here: one function, so both agree byte for byte. */
export function printTimeHtml(now: Date): string {
  return `<time datetime="${toIsoLocal(now)}">${formatDateTime(now)}</time>`;
}

/** The file Astro writes for an address (trailingSlash 'always', build.format 'directory'). */
export function pageFile(url: string): string {
  if (!url.startsWith('/') || !url.endsWith('/') || url.includes('..')) throw new Error(`page store: ${url} is not an address of a page ("/a/b/")`);
  return `${url.slice(1)}index.html`;
}

/** A stored page with the build time taken out (toStored), put back when it is copied (fromStored). */
export function storedName(digest: string): string {
  return `${digest}.html`;
}

/**
 * A stored page that holds no build time (a release prints its text's own date instead,
 * Base.astro's textVersion): the very bytes a build writes, so it is placed in dist/ as a
 * hard link (placeFile), never read or written again.
 */
export function fixedName(digest: string): string {
  return `${digest}.fixed.html`;
}

/** How a page just generated is stored: with the time taken out, as it is, or not at all (the time is there more than once). */
export function storeKind(html: string, printTime: string): 'time' | 'fixed' | undefined {
  if (html.includes(PRINT_TIME_TOKEN)) return undefined;
  const times = count(html, printTime);
  return times === 0 ? 'fixed' : times === 1 ? 'time' : undefined;
}

export function pageDigest(globalKey: string, route: string, url: string, inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify([globalKey, route, url, inputs])).digest('hex').slice(0, 32);
}

const count = (text: string, part: string) => text.split(part).length - 1;

/** The page as stored: the build time replaced by the token. Undefined when the time is not there exactly once (the page is then generated every time). */
export function toStored(html: string, printTime: string): string | undefined {
  if (html.includes(PRINT_TIME_TOKEN) || count(html, printTime) !== 1) return undefined;
  return html.replace(printTime, () => PRINT_TIME_TOKEN);
}

/** A stored page with this build's time. */
const TOKEN_BYTES = Buffer.from(PRINT_TIME_TOKEN);
const END_BYTES = Buffer.from('</html>');

/**
 * A stored page with this build's time, as bytes: the page is never decoded, only cut at
 * the token (11,000 pages copied on every rebuild of a large archive).
 */
export function fromStored(stored: Buffer, printTime: string, name: string): Buffer {
  const at = stored.indexOf(TOKEN_BYTES);
  let end = stored.length;
  while (end > 0 && (stored[end - 1] === 0x0a || stored[end - 1] === 0x0d || stored[end - 1] === 0x20 || stored[end - 1] === 0x09)) end--;
  // A page cut short (a crash while it was written) must not be published: every page ends so.
  if (at < 0 || stored.indexOf(TOKEN_BYTES, at + 1) >= 0 || !stored.subarray(0, end).subarray(-END_BYTES.length).equals(END_BYTES)) {
    throw new Error(`page store: ${name} is damaged (no build time in it, or cut short); delete node_modules/.astro/<key>/pages/ and build again`);
  }
  return Buffer.concat([stored.subarray(0, at), Buffer.from(printTime), stored.subarray(at + TOKEN_BYTES.length)]);
}

/** The registry, when a route of this build used the store. */
export function pageStoreRegistry(): PageStoreRegistry | undefined {
  return (globalThis as Record<symbol, unknown>)[PAGE_STORE] as PageStoreRegistry | undefined;
}

/** Addresses of the pages this build copies from the store (Astro does not list them among the pages it built). */
export function reusedUrls(): string[] {
  const registry = pageStoreRegistry();
  if (!registry) return [];
  return [...registry.routes.values()].flatMap((pages) => [...pages.values()].filter((p) => p.reused).map((p) => p.url));
}
