/**
 * The Astro loader of every collection. It reads files with the same code as the check
 * (`readEntry`), so the build and `npm run check` accept exactly the same files, and it
 * renders bodies itself (src/lib/body.ts) instead of compiling MDX into modules: content
 * runs no code, and an entry that is not public is not stored, not rendered, nothing.
 *
 * Rendering is kept in Astro's data store by content digest, so an unchanged file is not
 * parsed again on the next build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { treeToHtml } from './body.ts';
import { isEntryPublic, readEntry, typeFiles } from './content-check.ts';
import { resolveNow } from './dates.ts';
import { fileInfo } from './files.ts';
import { ContentError } from './problems.ts';
import type { CONTENT_TYPES } from '../model/index.ts';

type AnyType = (typeof CONTENT_TYPES)[number];

/**
 * The code that turns a file into stored data and HTML: the model and the libraries.
 * Part of every entry's digest, so a change of schema, defaults or renderer never
 * serves data stored by older code (CI keeps Astro's cache between builds).
 */
function codeVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha1');
  for (const dir of [here, join(here, '../model')]) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex');
}

export function contentLoader(root: string, type: AnyType): Loader {
  let watching = false;
  const describeFile = (path: string) => {
    const info = fileInfo(join(root, 'public'), path);
    return `${info.type}, ${info.size}`;
  };
  const load: Loader['load'] = async ({ store, generateDigest, logger, watcher }) => {
    const now = resolveNow();
    const code = codeVersion();
    const keep = new Set<string>();
    let rendered = 0;
    for (const abs of typeFiles(root, type)) {
      const raw = readFileSync(abs, 'utf8');
      const digest = generateDigest(`${code}\n${relative(root, abs)}\n${raw}`);
      const id = abs.split('/').pop()!.replace(/\.[^.]+$/, '');
      const stored = store.get(id);
      if (stored && stored.digest === digest) {
        if (isEntryPublic(type, stored.data, now)) keep.add(id);
        continue;
      }
      const { entry, problems } = readEntry(root, type, abs, { keepTree: true });
      if (!entry) throw new ContentError(problems);
      if (!isEntryPublic(type, entry.data, now)) continue;
      let html: string | undefined;
      if (entry.tree) {
        // The tree readEntry checked: the body is parsed once.
        html = treeToHtml(entry.tree, { headingIds: true, describeFile });
        rendered++;
      }
      store.set({
        id,
        data: entry.data as Record<string, unknown>,
        digest,
        ...(entry.body !== undefined ? { body: entry.body, rendered: { html: html!, metadata: {} } } : {}),
      });
      keep.add(id);
    }
    for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    if (rendered) logger.info(`${rendered} ${rendered === 1 ? 'body' : 'bodies'} rendered`);
    if (watcher && !watching) {
      watching = true;
      const again = (changed: string) => {
        if (changed.startsWith(root)) void load({ store, generateDigest, logger, watcher } as never);
      };
      watcher.on('change', again);
      watcher.on('add', again);
      watcher.on('unlink', again);
    }
  };
  return { name: `cancelaria:${type.key}`, load };
}
