import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Card } from '../data/cards.ts';
import { cardPath } from '../og/store.ts';
import { placeFile, replaceFile } from '../lib/files.ts';
import { pageStoreRegistry } from '../lib/page-store.ts';

type CardsReady = () => Promise<{ cards: Card[]; cacheDir: string }>;
/** Each release's .txt: its path, the digest of its inputs (src/data/release-text.ts) and the text, made on demand. */
type ReleaseTexts = () => Promise<{ path: string; inputs: string; text: () => string }[]>;

/** A function the site's data modules registered as the pages loaded them. */
function registered<T>(name: string, module: string): T {
  const fn = (globalThis as Record<symbol, unknown>)[Symbol.for(name)] as T | undefined;
  // Every build loads these modules (the layout names each page's card; the .txt route is always loaded).
  if (!fn) throw new Error(`${name}: ${module} was not loaded, so no page was built`);
  return fn;
}

/**
 * The files derived from the content that are not pages, written once Astro has written
 * the pages, in one pass each instead of one Astro route per file:
 * - the social cards, copied from the card cache (drawn while Astro bundled, see
 *   src/og/prewarm.ts; any still missing are drawn now) to their hashed paths under /carduri/
 *   (linked, see placeFile());
 * - the .txt copy of every public release, kept in a text store beside the page store
 *   (node_modules/.astro/<key>/texts/, named by the digest of its inputs) and linked from
 *   it: a rebuild makes and writes only the texts whose inputs changed.
 */
export function afterPages(): AstroIntegration {
  return {
    name: 'cancelaria:after-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const folders = new Set<string>();
        const target = (path: string) => {
          const file = join(out, path);
          const folder = dirname(file);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          return file;
        };

        let started = performance.now();
        const { cards, cacheDir } = await registered<CardsReady>('cancelaria.cards-ready', 'src/data/cards.ts')();
        for (const card of cards) placeFile(cardPath(cacheDir, card.hash), target(card.path));
        logger.info(`carduri sociale: ${cards.length} copiate în dist/ (${Math.round(performance.now() - started)} ms)`);

        // The feeds' kept HTML (src/data/feeds.ts): this build's only (every build writes the feeds).
        registered<() => void>('cancelaria.prune-feed-html', 'src/data/feeds.ts')();

        started = performance.now();
        const texts = await registered<ReleaseTexts>('cancelaria.release-texts', 'src/data/release-text.ts')();
        const registry = pageStoreRegistry();
        if (!registry) {
          // `CANCELARIA_PAGE_STORE=0`: no store, every text written.
          for (const { path, text } of texts) writeFileSync(target(path), text());
          logger.info(`comunicate .txt: ${texts.length} scrise (${Math.round(performance.now() - started)} ms)`);
          return;
        }
        const store = join(dirname(registry.dir), 'texts');
        mkdirSync(store, { recursive: true });
        const held = new Set(readdirSync(store));
        const keep = new Set<string>();
        let written = 0;
        for (const { path, inputs, text } of texts) {
          const name = `${inputs}.txt`;
          keep.add(name);
          const stored = join(store, name);
          if (!held.has(name)) {
            replaceFile(stored, text());
            held.add(name);
            written++;
          }
          placeFile(stored, target(path));
        }
        for (const name of held) if (!keep.has(name)) rmSync(join(store, name), { force: true });
        logger.info(`comunicate .txt: ${texts.length}, ${written} scrise, ${texts.length - written} din cache (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
