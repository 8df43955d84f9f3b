/**
 * Which pages of a route this build generates: those the page store (src/lib/page-store.ts)
 * does not hold with the same digest. The others are copied from the store once Astro has
 * written the pages (src/integrations/page-store.ts). `CANCELARIA_PAGE_STORE=0` generates
 * every page; `astro dev` always does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { astroCacheDir } from '../lib/build-cache.ts';
import { codeKeyAtStart, fixedName, isStaticBuild, PAGE_STORE, pageDigest, pageFile, printTimeHtml, storedName, type PageStoreRegistry, type StoredPage } from '../lib/page-store.ts';
import { RENDER_KEY } from '../og/fonts.ts';
import { liveAlerts } from './alerts.ts';
import { cardBrandOfSite } from './cards.ts';
import { now, root, settings } from './site.ts';

/** The build time as every page prints it (Base.astro), and as the store puts it back. */
export const printTime = printTimeHtml(now);

let registry: { value: PageStoreRegistry; held: Set<string>; globalKey: Promise<string> } | undefined;
let globalKey: Promise<string> | undefined;

/**
 * The digest of the inputs every page shares: the code (as the build began), Node's dates
 * and numbers (ICU, time zones), the settings, the alerts in the banner, and what every
 * card shows besides its page's own entry (the identity with the logo's bytes, which the
 * settings name by path only; the fonts and the renderer): a page names its card by a
 * hash of all that and of the entry. Also the base of what else a build keeps by its
 * inputs (the releases' .txt copies, src/data/release-text.ts). Build only.
 */
export function globalInputsKey(): Promise<string> {
  return (globalKey ??= liveAlerts().then((alerts) =>
    createHash('sha256')
      .update(JSON.stringify([codeKeyAtStart(), process.versions.node, process.versions.icu, process.versions.tz, settings, alerts, cardBrandOfSite, RENDER_KEY]))
      .digest('hex'),
  ));
}

function open() {
  if (!registry) {
    const dir = join(astroCacheDir(process.cwd(), root), 'pages');
    const value: PageStoreRegistry = { dir, printTime, routes: new Map() };
    (globalThis as Record<symbol, unknown>)[PAGE_STORE] = value;
    registry = { value, held: new Set(existsSync(dir) ? readdirSync(dir) : []), globalKey: globalInputsKey() };
  }
  return registry;
}

/**
 * The items of a route's getStaticPaths whose page must be generated. `inputsOf` returns
 * everything the page shows that is not in the global inputs above (JSON-serialisable):
 * leaving one out would copy a stale page, which the rebuild test compares byte for byte
 * with a build from empty caches.
 */
export async function pagesToGenerate<T>(route: string, items: readonly T[], urlOf: (item: T) => string, inputsOf: (item: T) => unknown): Promise<T[]> {
  if (!isStaticBuild() || process.env.CANCELARIA_PAGE_STORE === '0') return [...items];
  const store = open();
  const key = await store.globalKey;
  const pages = new Map<string, StoredPage>();
  const generate: T[] = [];
  for (const item of items) {
    const url = urlOf(item);
    const digest = pageDigest(key, route, url, inputsOf(item));
    const fixed = store.held.has(fixedName(digest));
    const reused = fixed || store.held.has(storedName(digest));
    pages.set(url, { url, file: pageFile(url), digest, reused, fixed });
    if (!reused) generate.push(item);
  }
  store.value.routes.set(route, pages);
  return generate;
}

