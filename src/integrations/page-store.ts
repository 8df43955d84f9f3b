import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { link, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeKey } from '../lib/build-cache.ts';
import { placeFile } from '../lib/files.ts';
import { CODE_INPUTS, fixedName, fromStored, pageStoreRegistry, startBuild, storedName, storeKind, toStored } from '../lib/page-store.ts';

/** Pages copied or stored at the same time. */
const PARALLEL = 16;

/**
 * Once Astro has written the pages it generated: places the pages of the page store the
 * build did not generate (src/lib/page-store.ts), linked when they hold no build time,
 * else copied with this build's time, and stores the ones it generated. The store keeps this build's pages only. Runs before the sitemap,
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
        // Pages with the build time more than once (storeKind): generated again by every build.
        const unstorable: string[] = [];
        const folders = new Set<string>();
        // Each page's folder made once, on this thread (one system call; through Node's thread
        // pool, shared with the deletion of the replaced build, scripts/atomic-build.ts, making
        // and linking 10,000 took 1.4–1.5 s instead of 0.56–0.65 s on a quiet disk here).
        const folder = (file: string) => {
          const at = dirname(file);
          if (!folders.has(at)) mkdirSync(at, { recursive: true });
          folders.add(at);
        };
        for (const [route, pages] of registry.routes) {
          let copied = 0;
          let generated = 0;
          for (const page of pages.values()) {
            const name = storedName(page.digest);
            const fixed = fixedName(page.digest);
            const file = join(out, page.file);
            if (page.reused && page.fixed) {
              copied++;
              keep.add(fixed);
              // Linked: never written into afterwards (whatever changes a page of dist/ replaces it, see placeFile).
              // One by one, on this thread (see folder above).
              folder(file);
              try {
                placeFile(join(registry.dir, fixed), file);
              } catch (error) {
                throw new Error(`page store: ${page.url} (${fixed}) could not be placed (${(error as NodeJS.ErrnoException).code}); is another build of the same site running? Build again`);
              }
              continue;
            }
            keep.add(name);
            keep.add(fixed);
            if (page.reused) {
              copied++;
              work.push(async () => {
                const stored = await readFile(join(registry.dir, name)).catch((error: NodeJS.ErrnoException) => {
                  throw new Error(`page store: ${page.url} (${name}) was there when the build began and is gone (${error.code}); is another build of the same site running? Build again`);
                });
                const html = fromStored(stored, registry.printTime, name);
                folder(file);
                await writeFile(file, html);
              });
              continue;
            }
            generated++;
            work.push(async () => {
              const html = await readFile(file, 'utf8');
              const kind = storeKind(html, registry.printTime);
              if (kind === undefined) {
                keep.delete(name);
                keep.delete(fixed);
                unstorable.push(page.url);
                return;
              }
              keep.delete(kind === 'fixed' ? name : fixed);
              // Written (or linked) under another name and renamed: an interrupted build never leaves half a page.
              const target = kind === 'fixed' ? fixed : name;
              const temp = join(registry.dir, `${target}.tmp-${process.pid}`);
              rmSync(temp, { force: true });
              if (kind === 'fixed') await link(file, temp).catch(() => writeFile(temp, html));
              else await writeFile(temp, toStored(html, registry.printTime)!);
              await rename(temp, join(registry.dir, target));
            });
          }
          lines.push(`${route}: ${generated} generate, ${copied} din cache`);
        }
        // The pages read and written (not linked): several at a time, the reads and writes overlap (Node's thread pool), about twice as fast as one by one.
        let next = 0;
        await Promise.all(
          Array.from({ length: PARALLEL }, async () => {
            while (next < work.length) await work[next++]!();
          }),
        );
        for (const name of readdirSync(registry.dir)) if (!keep.has(name)) rmSync(join(registry.dir, name), { force: true });
        logger.info(`pagini păstrate între build-uri: ${lines.join('; ')} (${Math.round(performance.now() - started)} ms)`);
        if (unstorable.length) logger.warn(`${unstorable.length} pagini nu pot fi păstrate (ora build-ului apare de mai multe ori), generate la fiecare build: ${unstorable.slice(0, 5).join(', ')}`);
      },
    },
  };
}
