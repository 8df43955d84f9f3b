/**
 * Renders many cards on every core: one worker thread per core (each loads the fonts
 * once), each given its whole share of the cards at once. Handing cards out one by one
 * stalled the workers whenever the main thread was busy: during Astro's page generation,
 * which awaits nothing but promises for minutes, no worker got a new card.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardNode } from './template.ts';

export interface CardJob {
  hash: string;
  tree: CardNode;
}

/**
 * The worker's source file. Workers run it with Node's own TypeScript support; it is found
 * from the project folder (the build's working directory) because inside Astro's bundle
 * this module's URL is a build chunk.
 */
export const WORKER_FILE = join(process.cwd(), 'src/og/worker.ts');

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export async function renderInWorkers(jobs: CardJob[], cacheDir: string, opts: { threads?: number; onCard?: () => void } = {}): Promise<void> {
  const threads = Math.min(opts.threads ?? defaultThreads(), jobs.length);
  if (threads === 0) return;
  // Every thread-th card to each worker: titles of all lengths spread evenly.
  const shares = Array.from({ length: threads }, (_, i) => jobs.filter((_, k) => k % threads === i));
  const execArgv = (process.features as { typescript?: string }).typescript ? [] : ['--experimental-strip-types', '--no-warnings'];
  const workers = shares.map(() => new Worker(WORKER_FILE, { workerData: { cacheDir }, execArgv }));
  try {
    await Promise.all(
      workers.map(
        (worker, i) =>
          new Promise<void>((resolve, reject) => {
            worker.on('message', (msg: { hash?: string; error?: string; done?: boolean }) => {
              if (msg.error) reject(new Error(`social card ${msg.hash} could not be drawn: ${msg.error}`));
              else if (msg.done) resolve();
              else opts.onCard?.();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a social-card worker stopped with code ${code}`));
            });
            worker.postMessage({ jobs: shares[i] });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
