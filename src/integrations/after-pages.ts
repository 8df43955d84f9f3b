import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Card } from '../data/cards.ts';
import { cardPath } from '../og/store.ts';
import { placeFile } from '../lib/files.ts';

type CardsReady = () => Promise<{ cards: Card[]; cacheDir: string }>;
type ReleaseTexts = () => Promise<{ path: string; text: string }[]>;

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
 * - the .txt copy of every public release.
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

        started = performance.now();
        const texts = await registered<ReleaseTexts>('cancelaria.release-texts', 'src/data/release-text.ts')();
        for (const { path, text } of texts) writeFileSync(target(path), text);
        logger.info(`comunicate .txt: ${texts.length} scrise (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
