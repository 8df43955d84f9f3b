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

parentPort!.on('message', async (job: { hash: string; tree: CardNode }) => {
  try {
    writeCard(cacheDir, job.hash, await renderCardPng(job.tree));
    parentPort!.postMessage({ hash: job.hash });
  } catch (err) {
    parentPort!.postMessage({ hash: job.hash, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
