/**
 * A card-rendering worker thread: loads the fonts once, then draws the cards it is sent
 * and writes each PNG into the cache folder under its hash. Run by the pool (pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { writeCard } from './store.ts';
import { renderCardPng } from './render.ts';
import type { CardNode } from './template.ts';

// The pool runs one worker per core: libvips' own threads would only compete with them.
sharp.concurrency(1);
const { cacheDir } = workerData as { cacheDir: string };

// The worker's whole share comes in one message and is drawn without waiting on the main
// thread, which may be busy for minutes (Astro generating pages) while the cards are drawn.
parentPort!.on('message', async ({ jobs }: { jobs: { hash: string; tree: CardNode }[] }) => {
  for (const job of jobs) {
    try {
      writeCard(cacheDir, job.hash, await renderCardPng(job.tree));
      parentPort!.postMessage({ hash: job.hash });
    } catch (err) {
      parentPort!.postMessage({ hash: job.hash, error: err instanceof Error ? err.stack ?? err.message : String(err) });
      return;
    }
  }
  parentPort!.postMessage({ done: true });
});
