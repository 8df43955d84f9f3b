/**
 * The Astro loader of every collection. It reads files with the same code as the check
 * (`readEntry`), so the build and `npm run check` accept exactly the same files, and it
 * renders bodies itself (src/lib/body.ts) instead of compiling MDX into modules: content
 * runs no code, and an entry that is not public is not stored, not rendered, nothing.
 *
 * Astro's data store keeps each entry's data and digest; bodies, rendered, go to the body
 * store (src/lib/body-store.ts) under the same digest. An unchanged file is neither
 * parsed nor rendered again on the next build.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { renderTree } from './body.ts';
import { treeToText } from './plaintext.ts';
import { bodiesDir, hasBody, pruneBodies, writeBody } from './body-store.ts';
import { isEntryPublic, readEntry, typeFiles } from './content-check.ts';
import { resolveNow } from './dates.ts';
import { entryDigest } from './code-version.ts';
import { fileDescriber } from './files.ts';
import { preparedEntries } from './prepared.ts';
import { ContentError } from './problems.ts';
import type { CONTENT_TYPES } from '../model/index.ts';

type AnyType = (typeof CONTENT_TYPES)[number];

export function contentLoader(root: string, type: AnyType): Loader {
  let watching = false;
  const describeFile = fileDescriber(root);
  const collection = type.key;
  const load: Loader['load'] = async ({ store, logger, watcher }) => {
    const now = resolveNow();
    const bodies = bodiesDir(process.cwd(), root);
    const prepared = preparedEntries();
    const keep = new Set<string>();
    const digests = new Set<string>();
    let rendered = 0;
    for (const abs of typeFiles(root, type)) {
      const raw = readFileSync(abs, 'utf8');
      const digest = entryDigest(relative(root, abs), raw, join(root, 'public'));
      const id = abs.split('/').pop()!.replace(/\.[^.]+$/, '');
      const stored = store.get(id);
      if (stored && stored.digest === digest && (!type.format.startsWith('mdx') || hasBody(bodies, collection, digest))) {
        if (isEntryPublic(type, stored.data, now)) {
          keep.add(id);
          digests.add(digest);
        }
        continue;
      }
      // Read by the content check moments ago (a build): take its result, rendered.
      const ready = prepared.get(digest);
      prepared.delete(digest);
      const { entry, problems } = ready ? { entry: ready.entry, problems: [] } : readEntry(root, type, abs, { keepTree: true });
      if (!entry) throw new ContentError(problems);
      if (!isEntryPublic(type, entry.data, now)) continue;
      if (entry.body !== undefined) {
        // The tree readEntry checked: the body is parsed once.
        const out = ready?.rendered ?? (entry.tree ? { ...renderTree(entry.tree, { headingIds: true, describeFile }), text: treeToText(entry.tree) } : { html: '', headings: [], text: '' });
        writeBody(bodies, collection, digest, { body: entry.body, ...out });
        rendered++;
      }
      store.set({ id, data: entry.data as Record<string, unknown>, digest });
      keep.add(id);
      digests.add(digest);
    }
    for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    pruneBodies(bodies, collection, digests);
    if (rendered) logger.info(`${rendered} ${rendered === 1 ? 'body' : 'bodies'} rendered`);
    if (watcher && !watching) {
      watching = true;
      const again = (changed: string) => {
        if (changed.startsWith(root)) void load({ store, logger, watcher } as never);
      };
      watcher.on('change', again);
      watcher.on('add', again);
      watcher.on('unlink', again);
    }
  };
  return { name: `cancelaria:${collection}`, load };
}
