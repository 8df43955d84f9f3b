/**
 * Builds the site into a fresh folder beside the target and swaps it in only when the
 * build succeeded, looks complete and the caller still agrees (start.ts checks that git
 * did not leave main meanwhile). A failed build leaves the target exactly as it was. The
 * replaced build stays beside it (.<name>.old-…) until the next build deletes it.
 * Used by `npm run build` (scripts/build.ts) and `npm start` (scripts/start.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { astroCacheDir, BUILD_NODE_FLAGS, siteRoot } from '../src/lib/build-cache.ts';
import { buildSearchIndex, INDEX_AFTER_ASTRO, searchCacheDir } from '../src/integrations/pagefind.ts';

export interface AtomicBuildOptions {
  /** The folder to replace (dist/). */
  outDir: string;
  /** Extra arguments for `astro build`. */
  args?: string[];
  /** Called before the swap; a returned reason cancels it. */
  beforeSwap?: () => string | undefined;
  /** Receives the Astro process, so a caller that stops can stop it too. */
  onChild?: (child: ChildProcess) => void;
  /** Where the build's output goes, line by line (default: stdout). */
  print?: (line: string) => void;
  /** The file that keeps the page count of the last build, for the progress total. */
  statsFile?: string;
}

export type AtomicBuildResult = { ok: true } | { ok: false; reason: string };

/** Files every complete build has. */
const REQUIRED = ['index.html', '404.html', 'sitemap.xml', '_headers', 'pagefind/pagefind.js', 'pagefind/shards.json'];

/** Astro's line for each page it writes: "12:00:01   ├─ /comunicate/x/index.html (+3ms)". */
const PAGE_LINE = /^(?:\S+ )?\s*[├└]─ \//;
const PROGRESS_EVERY_MS = 2000;

/**
 * Astro's output, with its line per page (thousands on a large archive, which bury the
 * lines that matter) replaced by a progress line every 2 seconds: pages written, of how
 * many (the last build's count: the total is known only at the end), and time so far.
 */
export function progressFilter(print: (line: string) => void, expected: number | undefined, clock: () => number = () => performance.now()) {
  let pages = 0;
  let startedAt: number | undefined;
  let lastAt = 0;
  let summed = false;
  const status = () => `pagini ${pages}${expected ? `/${Math.max(expected, pages)}` : ''}, ${Math.round((clock() - startedAt!) / 1000)} s`;
  return {
    line(line: string) {
      // Colours are on when the caller forces them (FORCE_COLOR): match the plain text.
      const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
      if (!PAGE_LINE.test(plain)) {
        // The pages are done when Astro says so: one last line with the final count.
        if (startedAt !== undefined && !summed && /page\(s\) built|Completed in/.test(plain)) {
          print(`${status()} (toate)`);
          summed = true;
        }
        print(line);
        return;
      }
      const now = clock();
      startedAt ??= now;
      pages++;
      if (now - lastAt >= PROGRESS_EVERY_MS && now - startedAt >= PROGRESS_EVERY_MS) {
        lastAt = now;
        print(status());
      }
    },
    get pages() {
      return pages;
    },
  };
}

/** The build's stats beside Astro's cache of this project and site. */
function defaultStatsFile(): string {
  return join(astroCacheDir(process.cwd(), siteRoot()), 'build-stats.json');
}

function readExpected(file: string | undefined): number | undefined {
  try {
    return file ? (JSON.parse(readFileSync(file, 'utf8')) as { pages?: number }).pages : undefined;
  } catch {
    return undefined;
  }
}

export async function atomicBuild(options: AtomicBuildOptions): Promise<AtomicBuildResult> {
  const outDir = resolve(options.outDir);
  const parent = dirname(outDir);
  const name = basename(outDir);
  // The build the last one replaced (kept aside, see below) and the leftovers of an
  // interrupted build (Ctrl-C, a killed CI job) are never served. They are deleted while
  // this build runs: deleting 45,000 files took 2–4 s at 10,000 releases, which the
  // build's start (one core busy) absorbs; done before this build ends, whatever its outcome.
  const leftovers = (existsSync(parent) ? readdirSync(parent) : []).filter((f) => f.startsWith(`.${name}.new-`) || f.startsWith(`.${name}.old-`));
  const clearingStarted = performance.now();
  const clearing = Promise.all(leftovers.map((f) => rm(join(parent, f), { recursive: true, force: true, maxRetries: 3 }))).then(() => {
    // When it ended: a deletion still running when the stored pages are placed slows them (the disk is shared).
    if (leftovers.length) (options.print ?? console.log)(`the replaced build deleted (${((performance.now() - clearingStarted) / 1000).toFixed(1)} s)`);
  });
  try {
    return await build(options, outDir, parent, name);
  } finally {
    await clearing.catch((error: unknown) => console.warn(`could not delete an earlier build beside ${outDir}: ${error instanceof Error ? error.message : String(error)}`));
  }
}

async function build({ args = [], beforeSwap, onChild, print = (line) => console.log(line), statsFile = defaultStatsFile() }: AtomicBuildOptions, outDir: string, parent: string, name: string): Promise<AtomicBuildResult> {
  const stamp = `${Date.now()}-${process.pid}`;
  // Beside the target, so the swap is a rename on one file system, not a copy.
  const fresh = join(parent, `.${name}.new-${stamp}`);
  const old = join(parent, `.${name}.old-${stamp}`);
  const fail = (reason: string): AtomicBuildResult => {
    rmSync(fresh, { recursive: true, force: true });
    return { ok: false, reason };
  };

  const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
  const progress = progressFilter(print, readExpected(statsFile));
  const exit = await new Promise<{ code: number | null; signal: string | null; error?: Error }>((done) => {
    const child = spawn(process.execPath, [...BUILD_NODE_FLAGS, astro, 'build', '--outDir', fresh, ...args], {
      stdio: ['inherit', 'pipe', 'inherit'],
      env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, [INDEX_AFTER_ASTRO]: '1' },
    });
    onChild?.(child);
    let pending = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const line of lines) progress.line(line);
    });
    child.stdout!.on('end', () => {
      if (pending) progress.line(pending);
    });
    child.on('error', (error) => done({ code: null, signal: null, error }));
    // 'close', not 'exit': the last lines of output are read by then.
    child.on('close', (code, signal) => done({ code, signal }));
  });
  if (exit.error) return fail(`could not run Astro: ${exit.error.message}`);
  if (exit.code !== 0) return fail(`astro build exited with ${exit.signal ?? `code ${exit.code}`}; the problems are listed above.`);
  // The search index, now that Astro has exited and given back its memory.
  try {
    const line = await buildSearchIndex(fresh, { cacheDir: searchCacheDir() });
    print(`${new Date().toTimeString().slice(0, 8)} [cancelaria:pagefind] ${line}`);
  } catch (error) {
    return fail(`the search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
  }
  const missing = REQUIRED.filter((f) => !existsSync(join(fresh, f)));
  if (missing.length) return fail(`the new build has no ${missing.join(', ')}; it is incomplete and was not published.`);
  const veto = beforeSwap?.();
  if (veto) return fail(veto);

  // The previous build is moved aside, not deleted: the next build deletes it while it
  // runs (above), so publishing does not wait for 45,000 files to be unlinked.
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(fresh, outDir);
  if (statsFile && progress.pages) {
    mkdirSync(dirname(statsFile), { recursive: true });
    writeFileSync(statsFile, JSON.stringify({ pages: progress.pages }));
  }
  return { ok: true };
}

/** The line to print after a failed build. */
export function failureMessage(outDir: string, reason: string): string {
  const dir = resolve(outDir);
  return `Build failed: ${reason}\n${existsSync(dir) ? `${dir} was left exactly as it was (the previous build is still served).` : `${dir} was not created.`}`;
}
