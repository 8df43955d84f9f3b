/**
 * Renders many cards on every core: one worker thread per core (each loads the fonts
 * once), two cards in flight per worker so none waits for the next job.
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
  const queue = jobs.slice();
  const execArgv = (process.features as { typescript?: string }).typescript ? [] : ['--experimental-strip-types', '--no-warnings'];
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_FILE, { workerData: { cacheDir }, execArgv }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const next = () => {
              const job = queue.shift();
              if (!job) {
                if (inFlight === 0) resolve();
                return;
              }
              inFlight++;
              worker.postMessage(job);
            };
            worker.on('message', (msg: { hash: string; error?: string }) => {
              inFlight--;
              if (msg.error) {
                reject(new Error(`social card ${msg.hash} could not be drawn: ${msg.error}`));
                return;
              }
              opts.onCard?.();
              next();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a social-card worker stopped with code ${code}`));
            });
            next();
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
