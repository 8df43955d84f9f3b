import type { AstroIntegration } from 'astro';
import { constants, copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Card } from '../data/cards.ts';
import { cardPath } from '../og/store.ts';

type CardsReady = () => Promise<{ cards: Card[]; cacheDir: string }>;

/**
 * The social cards into dist/: once every page is written, the cards (drawn into the
 * card cache while Astro bundled, see src/og/prewarm.ts; any still missing are drawn now)
 * are copied from the cache to their hashed paths under /carduri/.
 */
export function socialCards(): AstroIntegration {
  return {
    name: 'cancelaria:cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const ready = (globalThis as Record<symbol, unknown>)[Symbol.for('cancelaria.cards-ready')] as CardsReady | undefined;
        // The pages load src/data/cards.ts (every page names its card); without it no page was built.
        if (!ready) throw new Error('the social cards were not prepared: no page loaded src/data/cards.ts');
        const started = performance.now();
        const { cards, cacheDir } = await ready();
        const out = fileURLToPath(dir);
        const folders = new Set<string>();
        for (const card of cards) {
          const target = join(out, card.path);
          const folder = dirname(target);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          // A copy-on-write clone where the file system offers one, else a copy.
          copyFileSync(cardPath(cacheDir, card.hash), target, constants.COPYFILE_FICLONE);
        }
        logger.info(`carduri sociale: ${cards.length} copiate în dist/ (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
