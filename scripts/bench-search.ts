/**
 * `npm run bench:search [-- --releases 1000] [-- --keep]`: how the search behaves on a
 * large archive. Builds, in a temporary copy (CANCELARIA_SITE), the sample site plus N
 * synthetic press releases (default 10,000), then reports the Pagefind index (time, size,
 * files) and, in headless Chromium against nginx on loopback with gzip as a host would
 * serve it, the bytes fetched and the time to first results for five typical queries,
 * each in a fresh browser context (cold cache), two ways: opening /cautare/?q=… directly,
 * and typing the query into /cautare/ once it has loaded. For each: the time to the first
 * results on screen and the bytes fetched for them, then the time until every shard has
 * answered and the count is shown (src/lib/search-shards.ts), and what that fetched.
 * Targets: first results within 300 ms, at most 150 KB fetched for a first query.
 * --runs <n> measures each query n times (default 5) and reports the median run.
 *
 * --latency <ms> adds a network round trip to every request.
 *
 * Heavy at 10,000 (minutes of build): develop with --releases 1000.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { folderSize } from '../src/integrations/pagefind.ts';
import { BUILD_NODE_FLAGS } from '../src/lib/build-cache.ts';
import { SHARD_MANIFEST, type ShardManifest } from '../src/lib/search-shards.ts';
import { launch } from '../tests/e2e/support/browser.ts';
import { serveWithNginx } from '../tests/e2e/support/nginx.ts';
import { syntheticReleases } from './synthetic-releases.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD_TIME = '2026-11-27T12:00';
const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--releases') + 1]) || 10_000;
const keep = args.includes('--keep');
/** --reuse <folder>: measure a folder kept by an earlier --keep run again, without rebuilding. */
const reuse = args.includes('--reuse') ? resolve(args[args.indexOf('--reuse') + 1]!) : undefined;
/** --rebuild (with --reuse): build the kept site again (Astro's and the index's caches make it quicker), then measure. */
const rebuild = args.includes('--rebuild');
/**
 * --latency <ms>: every request waits this round trip, at 10 Mbit/s down (Chromium's
 * network emulation), as on a phone's connection; loopback alone hides what a chain of
 * requests costs (the preload links of the search page exist for that).
 */
const latency = args.includes('--latency') ? Number(args[args.indexOf('--latency') + 1]) : 0;
if (!Number.isFinite(latency) || latency < 0) throw new Error('--latency takes a round-trip time in milliseconds');
/**
 * --runs <n> (default 5): each query is measured n times each way, each time in a fresh
 * browser context, and the run with the median time to first results is reported, with
 * the range. One run of a cold page varies by ±100 ms here (a new renderer process lays
 * out its first page in 50–60 ms, or twice that when the other core is busy).
 */
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, at least 1');

/** A fresh browser context (cold cache), with the emulated network when --latency is given. */
async function freshPage(browser: Awaited<ReturnType<typeof launch>>) {
  const context = await browser.newContext({ locale: 'ro-RO' });
  const page = await context.newPage();
  if (latency) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: 10e6 / 8, uploadThroughput: 5e6 / 8 });
  }
  return { context, page };
}

/** Five typical first searches; "prefectul" matches every page (the worst case). */
const QUERIES = [
  { label: 'prefectul (every page)', query: 'prefectul' },
  { label: 'sedinta cjsu', query: 'sedinta cjsu' },
  { label: 'situatii de urgenta', query: 'situatii de urgenta' },
  { label: 'registration number', query: '418/2026' },
  { label: 'Zlatna', query: 'Zlatna' },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function build(site: string, outDir: string): { seconds: number; indexLine: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [...BUILD_NODE_FLAGS, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_TIME, CANCELARIA_SITE: site },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`the synthetic site did not build:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  const indexLine = /search index: .*/.exec(r.stdout)?.[0] ?? '(no search index line in the build output)';
  return { seconds: (performance.now() - started) / 1000, indexLine };
}

interface Measure {
  /** Time to the first results on screen. */
  ms: number;
  /** Time until every shard searched has answered and the result count is shown. */
  completeMs: number;
  /** Bytes on the wire (gzip where the server compresses) fetched before the first results showed, by kind. */
  bytes: Record<Kind, number>;
  /** Bytes fetched after the first results until the count was shown (older shards). */
  toComplete: number;
  /** Bytes fetched after: the filter chunks behind the counts per filter value. */
  after: number;
  results: number;
  /** The status line once complete ("10.091 de rezultate pentru …"). */
  status: string;
}

type Kind = 'page' | 'script' | 'wasm' | 'meta' | 'index' | 'fragment' | 'filter';

function kind(path: string): Kind {
  // Each shard is a Pagefind index in its own folder: /pagefind/<shard>/index/…
  const part = /^\/pagefind\/(?:[^/]+\/)?(index|fragment|filter)\//.exec(path)?.[1];
  if (part) return part as Kind;
  if (path.endsWith('.pagefind')) return 'wasm';
  if (/^\/pagefind\/(?:[^/]+\/)?pagefind-entry\.json$/.test(path) || path.endsWith('.pf_meta') || path === '/pagefind/shards.json') return 'meta';
  if (path.endsWith('.js')) return 'script';
  return 'page';
}

const total = (b: Record<Kind, number>, kinds: Kind[]) => kinds.reduce((n, k) => n + b[k], 0);

/** The run with the median time to first results (the lower middle one of an even count). */
const median = (measures: Measure[]): Measure => [...measures].sort((a, b) => a.ms - b.ms)[Math.floor((measures.length - 1) / 2)]!;
const range = (measures: Measure[]): string => (measures.length > 1 ? ` (${Math.round(Math.min(...measures.map((m) => m.ms)))}–${Math.round(Math.max(...measures.map((m) => m.ms)))})` : '');

/**
 * Runs `action` on a page and splits what it fetched into before and after the first
 * results showed (the `search:results` mark the search script sets), by kind.
 */
async function fetched(page: Page, action: () => Promise<void>): Promise<Pick<Measure, 'bytes' | 'toComplete' | 'after'>> {
  const seen: Response[] = [];
  const onResponse = (r: Response) => seen.push(r);
  page.on('response', onResponse);
  await action();
  await page.waitForFunction(() => performance.getEntriesByName('search:complete').length > 0, undefined, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const [shownAt, completeAt] = await page.evaluate(() => ['search:results', 'search:complete'].map((name) => performance.timeOrigin + performance.getEntriesByName(name).at(-1)!.startTime));
  const bytes: Record<Kind, number> = { page: 0, script: 0, wasm: 0, meta: 0, index: 0, fragment: 0, filter: 0 };
  let toComplete = 0;
  let after = 0;
  for (const r of seen) {
    const sizes = await r.request().sizes();
    const size = sizes.responseBodySize + sizes.responseHeadersSize;
    const started = r.request().timing().startTime;
    if (started > completeAt!) after += size;
    else if (started > shownAt!) toComplete += size;
    else bytes[kind(new URL(r.url()).pathname)] += size;
  }
  return { bytes, toComplete, after };
}

const firstAndComplete = (page: Page) =>
  page.evaluate(() => ({
    shown: performance.getEntriesByName('search:results')[0]!.startTime,
    complete: performance.getEntriesByName('search:complete')[0]!.startTime,
    status: document.getElementById('search-status')?.textContent ?? '',
  }));

const resultsShown = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('search:results').length > 0, undefined, { timeout: 60_000 });

async function measureOpen(base: string, query: string, browser: Awaited<ReturnType<typeof launch>>): Promise<Measure> {
  const { context, page } = await freshPage(browser);
  const { bytes, toComplete, after } = await fetched(page, async () => {
    await page.goto(`${base}/cautare/?q=${encodeURIComponent(query)}`);
    await resultsShown(page);
  });
  const t = await firstAndComplete(page);
  const results = await page.locator('#search-list > li').count();
  await context.close();
  return { ms: t.shown, completeMs: t.complete, status: t.status, bytes, toComplete, after, results };
}

async function measureTyped(base: string, query: string, browser: Awaited<ReturnType<typeof launch>>): Promise<Measure> {
  const { context, page } = await freshPage(browser);
  await page.goto(`${base}/cautare/`);
  // Pagefind starts loading as the page opens; wait until it is idle, as a reader would be while typing.
  await page.waitForLoadState('networkidle');
  await page.fill('#q', query);
  let start = 0;
  const { bytes, toComplete, after } = await fetched(page, async () => {
    start = await page.evaluate(() => performance.now());
    await page.press('#q', 'Enter');
    await resultsShown(page);
  });
  const t = await firstAndComplete(page);
  const results = await page.locator('#search-list > li').count();
  await context.close();
  return { ms: t.shown - start, completeMs: t.complete - start, status: t.status, bytes, toComplete, after, results };
}

async function main() {
  const work = reuse ?? mkdtempSync(join(tmpdir(), 'cancelaria-bench-search-'));
  // nginx's workers run as another user and must be able to reach dist/.
  chmodSync(work, 0o755);
  const site = join(work, 'site');
  const dist = join(work, 'dist');
  try {
    if (!reuse || rebuild || !existsSync(join(dist, 'pagefind'))) {
      if (!reuse || !existsSync(site)) {
        cpSync(join(ROOT, 'content'), join(site, 'content'), { recursive: true });
        cpSync(join(ROOT, 'public'), join(site, 'public'), { recursive: true });
        mkdirSync(join(site, 'content/press-releases'), { recursive: true });
        for (const r of syntheticReleases(count, BUILD_TIME)) writeFileSync(join(site, 'content/press-releases', r.file), r.text);
        console.log(`${count} synthetic releases written to ${site}`);
      }
      rmSync(dist, { recursive: true, force: true });
      const built = build(site, dist);
      console.log(`\nbuild: ${built.seconds.toFixed(1)} s; ${built.indexLine}`);
    }
    const index = folderSize(join(dist, 'pagefind'));
    const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', SHARD_MANIFEST), 'utf8')) as ShardManifest;
    const fragments = manifest.shards.map((s) => folderSize(join(dist, 'pagefind', s.key, 'fragment'))).reduce((a, b) => ({ files: a.files + b.files, bytes: a.bytes + b.bytes }));
    const shardSizes = manifest.shards.map((s) => {
      const size = folderSize(join(dist, 'pagefind', s.key));
      const meta = readdirSync(join(dist, 'pagefind', s.key)).filter((n) => n.endsWith('.pf_meta')).reduce((n, f) => n + statSync(join(dist, 'pagefind', s.key, f)).size, 0);
      return `${s.key}: ${s.pages} pages, ${(size.bytes / 1024 / 1024).toFixed(1)} MB, metadata ${kb(meta)}`;
    });
    console.log(`index: ${(index.bytes / 1024 / 1024).toFixed(1)} MB in ${index.files} files (fragments: ${fragments.files} files, ${(fragments.bytes / 1024 / 1024).toFixed(1)} MB); shards: ${shardSizes.join('; ')}`);

    const server = await serveWithNginx(dist, { gzip: true });
    const browser = await launch();
    try {
      // One throwaway run warms nginx and the disk cache; it is not reported.
      await measureOpen(server.url, "prefect", browser);
      const rows: string[] = [];
      for (const { label, query } of QUERIES) {
        const opens: Measure[] = [];
        const typeds: Measure[] = [];
        for (let r = 0; r < runs; r++) {
          opens.push(await measureOpen(server.url, query, browser));
          typeds.push(await measureTyped(server.url, query, browser));
        }
        const open = median(opens);
        const typed = median(typeds);
        const o = open.bytes;
        const search = total(o, ['script', 'wasm', 'meta', 'index', 'fragment', 'filter']);
        const count = /^[\d.]+/.exec(typed.status)?.[0] ?? '0';
        rows.push(
          `| ${label} | ${count} | ${Math.round(typed.ms)} ms${range(typeds)} | ${kb(total(typed.bytes, ['index', 'fragment', 'filter', 'meta', 'wasm', 'script']))} | ${Math.round(typed.completeMs)} ms | ${kb(typed.toComplete)} | ${Math.round(open.ms)} ms${range(opens)} | ${kb(search)} = ${kb(o.script)} JS + ${kb(o.wasm)} wasm + ${kb(o.meta)} meta + ${kb(o.index)} index + ${kb(o.fragment)} fragments | ${Math.round(open.completeMs)} ms | ${kb(open.toComplete)} | ${kb(open.after)} |`,
        );
      }
      if (latency) console.log(`\nnetwork: ${latency} ms round trip, 10 Mbit/s down (Chromium's emulation)`);
      console.log(`\n${runs === 1 ? 'one run' : `the median of ${runs} runs (range in brackets)`} per query and way, each in a fresh browser context`);
      console.log(`load average while measuring: ${loadavg().map((n) => n.toFixed(1)).join(' ')} (${cpus().length} cores)`);
      console.log(`\n| query | results | typed on the open page → first results | fetched | → count shown | fetched meanwhile | open /cautare/?q=… cold → first results | fetched (HTML/CSS apart) | → count shown | fetched meanwhile | then, for the counts per filter |`);
      console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const row of rows) console.log(row);
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    if (keep || reuse) console.log(`\nkept: ${work} (measure again with --reuse ${work})`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
