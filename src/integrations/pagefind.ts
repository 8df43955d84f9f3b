import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * The search index, built by Pagefind's Node API once Astro has written dist/. It reads
 * the pages the build wrote, so it holds exactly what is public (isPublished decided which
 * pages exist), and only the parts marked data-pagefind-body (see SearchData.astro).
 * Options that keep a first search small on a large archive are explained in README
 * ("Căutare").
 */
/**
 * Files Pagefind writes that the site never loads: its ready-made UIs (/cautare/ has its
 * own), the highlight script (results link with a text fragment instead, so result pages
 * stay script-free), the Web Worker (search runs on the page: one file less to fetch) and
 * the WebAssembly for pages of unknown language (every page is Romanian).
 */
const UNUSED = /^(pagefind-(component-ui|modular-ui|ui)\.(js|css)|pagefind-highlight\.js|pagefind-worker\.js|wasm\.unknown\.pagefind)$/;

/**
 * Set by `npm run build` (scripts/atomic-build.ts), which indexes the site itself once
 * Astro has exited: Pagefind then does not run beside Astro's process, and the build's
 * peak memory is the larger of the two, not their sum (about 1.6 GB each at 10,000
 * releases). `astro build` alone indexes in its build:done hook.
 */
export const INDEX_AFTER_ASTRO = 'CANCELARIA_SEARCH_INDEX_AFTER_ASTRO';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'cancelaria:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_ASTRO] === '1') return;
        logger.info(await buildSearchIndex(fileURLToPath(dir)));
      },
    },
  };
}

/** Indexes a built site into its pagefind/ folder; returns the line for the build log. */
export async function buildSearchIndex(site: string): Promise<string> {
  const started = performance.now();
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'ro' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no page with data-pagefind-body; the search would be empty');
    const outputPath = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(join(outputPath, name));
    const { files, bytes } = folderSize(outputPath);
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    return `search index: ${pages} pages, ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (${Math.round(performance.now() - started)} ms)`;
  } finally {
    await pagefind.close();
  }
}

/** File count and total size of a folder, for the build log and the bench. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const sub = folderSize(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}
