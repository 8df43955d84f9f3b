import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeKey } from '../lib/build-cache.ts';
import { CODE_INPUTS, fromStored, pageStoreRegistry, startBuild, storedName, toStored } from '../lib/page-store.ts';

/** Pages copied or stored at the same time. */
const PARALLEL = 16;

/**
 * Once Astro has written the pages it generated: copies the pages of the page store the
 * build did not generate (src/lib/page-store.ts), with this build's time, and stores the
 * ones it generated. The store keeps this build's pages only. Runs before the sitemap,
 * the search index and the rest read dist/.
 */
export function pageStore(): AstroIntegration {
  return {
    name: 'cancelaria:page-store',
    hooks: {
      'astro:config:setup': ({ command }) => startBuild(command, () => treeKey(process.cwd(), CODE_INPUTS)),
      'astro:build:done': async ({ dir, logger }) => {
        const registry = pageStoreRegistry();
        if (!registry) return;
        const started = performance.now();
        const out = fileURLToPath(dir);
        mkdirSync(registry.dir, { recursive: true });
        const keep = new Set<string>();
        const lines: string[] = [];
        const work: (() => Promise<void>)[] = [];
        // Pages without the build time exactly once (toStored): generated again by every build.
        const unstorable: string[] = [];
        for (const [route, pages] of registry.routes) {
          let copied = 0;
          let generated = 0;
          for (const page of pages.values()) {
            const name = storedName(page.digest);
            const file = join(out, page.file);
            keep.add(name);
            if (page.reused) {
              copied++;
              work.push(async () => {
                const stored = await readFile(join(registry.dir, name)).catch((error: NodeJS.ErrnoException) => {
                  throw new Error(`page store: ${page.url} (${name}) was there when the build began and is gone (${error.code}); is another build of the same site running? Build again`);
                });
                const html = fromStored(stored, registry.printTime, name);
                await mkdir(dirname(file), { recursive: true });
                await writeFile(file, html);
              });
              continue;
            }
            generated++;
            work.push(async () => {
              const stored = toStored(await readFile(file, 'utf8'), registry.printTime);
              if (stored === undefined) {
                keep.delete(name);
                unstorable.push(page.url);
                return;
              }
              // Written under another name and renamed: an interrupted build never leaves half a page.
              const temp = join(registry.dir, `${name}.tmp-${process.pid}`);
              await writeFile(temp, stored);
              await rename(temp, join(registry.dir, name));
            });
          }
          lines.push(`${route}: ${generated} generate, ${copied} din cache`);
        }
        // Several files at a time: the reads and writes overlap (Node's thread pool), about twice as fast as one by one.
        let next = 0;
        await Promise.all(
          Array.from({ length: PARALLEL }, async () => {
            while (next < work.length) await work[next++]!();
          }),
        );
        for (const name of readdirSync(registry.dir)) if (!keep.has(name)) rmSync(join(registry.dir, name), { force: true });
        logger.info(`pagini păstrate între build-uri: ${lines.join('; ')} (${Math.round(performance.now() - started)} ms)`);
        if (unstorable.length) logger.warn(`${unstorable.length} pagini nu pot fi păstrate (ora build-ului nu apare o singură dată), generate la fiecare build: ${unstorable.slice(0, 5).join(', ')}`);
      },
    },
  };
}
