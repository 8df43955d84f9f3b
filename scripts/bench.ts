/**
 * `npm run bench [-- --releases 1000] [-- --events 100] [-- --keep] [-- --no-bare] [-- --verify]`:
 * how the build scales with the archive. In a temporary copy (CANCELARIA_SITE) it writes the
 * sample site plus N synthetic press releases (default 10,000) and N/10 synthetic events,
 * then builds it four times the way `npm run build` does, with cards, search and feeds:
 *
 *   cold       no Astro cache, no card cache, no previous dist/
 *   no change  the same files again, caches kept (as a CI keeps them)
 *   add one    one new release, dated just before the build time
 *   edit title one release in the middle of the archive gets a new title
 *
 * and builds the same synthetic releases and events with a bare Astro + @astrojs/mdx
 * project it creates in a temporary folder (a list page and one page per file, nothing
 * else), so every figure is also a ratio. For each build: wall time, peak memory of the
 * whole process tree (RSS summed over Astro and its workers, sampled every 50 ms), pages
 * per second, bodies rendered, cards drawn, search index time, and dist/ size and file
 * count. Prints a table and JSON (also written to bench.json in the work folder).
 *
 * --verify builds the edited archive once more from empty caches and compares the two
 * dist/ folders file by file (the tests do the same on 300 releases).
 *
 * Heavy at 10,000 (tens of minutes): develop with --releases 1000.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { folderSize } from '../src/integrations/pagefind.ts';
import { astroCacheDir, BUILD_NODE_FLAGS } from '../src/lib/build-cache.ts';
import { walkFiles } from '../src/lib/content-check.ts';
import { syntheticEvents, syntheticReleases } from './synthetic-releases.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD_TIME = '2026-11-27T12:00';
const args = process.argv.slice(2);
const num = (flag: string, fallback: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
const releases = num('--releases', 10_000);
const events = num('--events', Math.round(releases / 10));
const keep = args.includes('--keep');
const bare = !args.includes('--no-bare');
const verify = args.includes('--verify');

export interface RunResult {
  name: string;
  seconds: number;
  peakMb: number;
  /** Pages of the site: those Astro generated and those copied from the page store. */
  pages: number;
  /** Pages Astro generated (the others came from the page store, src/lib/page-store.ts). */
  pagesGenerated: number;
  pagesPerSecond: number;
  bodiesRendered: number;
  cardsDrawn: number;
  searchSeconds: number | null;
  distMb: number;
  distFiles: number;
}

/** Sums the resident memory of a process and all its descendants, from /proc. */
function treeRssBytes(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we read.
    }
  }
  let bytes = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // Ended meanwhile.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

/** Runs a command, streaming its progress lines, and measures wall time and peak tree memory. */
function measured(cmd: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; log: string; echo: (line: string) => boolean }): Promise<{ seconds: number; peak: number; output: string }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(cmd[0]!, cmd.slice(1), { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peak = 0;
    const sample = setInterval(() => {
      peak = Math.max(peak, treeRssBytes(child.pid!));
    }, 50);
    let pending = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (opts.echo(line)) console.log(`    ${line.replace(/\x1b\[[0-9;]*m/g, '')}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(sample);
      writeFileSync(opts.log, output);
      if (code !== 0) fail(new Error(`${cmd.join(' ')} exited with ${code}; log: ${opts.log}\n${output.slice(-3000)}`));
      else done({ seconds: (performance.now() - started) / 1000, peak, output });
    });
  });
}

const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
const sum = (output: string, re: RegExp) => [...plain(output).matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);

function result(name: string, run: { seconds: number; peak: number; output: string }, dist: string): RunResult {
  const out = plain(run.output);
  const generated = Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? 0);
  const pageStore = /pagini păstrate între build-uri: (.*)/.exec(out)?.[1] ?? '';
  const pages = generated + sum(pageStore, /(\d+) din cache/g);
  const search = /search index: .*\((\d+) ms[;)]/.exec(out);
  const size = folderSize(dist);
  return {
    name,
    seconds: run.seconds,
    peakMb: run.peak / 1024 / 1024,
    pages,
    pagesGenerated: generated,
    pagesPerSecond: pages / run.seconds,
    bodiesRendered: sum(out, /(\d+) bod(?:y|ies) rendered/g),
    cardsDrawn: sum(out, /carduri sociale: (\d+) desenate/g),
    searchSeconds: search ? Number(search[1]) / 1000 : null,
    distMb: size.bytes / 1024 / 1024,
    distFiles: size.files,
  };
}

/** Progress and step lines worth showing while a long build runs. */
const ECHO = /(pagini \d+\/\d+|carduri sociale:|search index:|content files valid|rendered|page\(s\) built|Completed in|generating static routes|\berror\b|\bwarn)/i;

/** The bare Astro 7 + @astrojs/mdx project: a list page and one page per file, nothing else. */
function writeBareProject(dir: string, site: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], cacheDir: './.cache' });\n`,
  );
  const glob = (folder: string) => JSON.stringify(join(site, 'bare-content', folder));
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = {\n  releases: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${glob('press-releases')} }) }),\n  events: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${glob('events')} }) }),\n};\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/index.astro'),
    `---\nimport { getCollection } from 'astro:content';\nconst all = [...(await getCollection('releases')), ...(await getCollection('events'))];\n---\n<html lang="ro"><head><meta charset="utf-8"><title>Arhivă</title></head><body><ul>{all.map((e) => <li><a href={\`/\${e.collection}/\${e.id}/\`}>{e.data.title}</a></li>)}</ul></body></html>\n`,
  );
  mkdirSync(join(dir, 'src/pages/[collection]/[id]'), { recursive: true });
  writeFileSync(
    join(dir, 'src/pages/[collection]/[id]/index.astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const all = [...(await getCollection('releases')), ...(await getCollection('events'))];\n  return all.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="ro"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
  );
}

/** Every file of a folder with its content hash, for comparing two builds. */
function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const { abs } of walkFiles(dir)) out.set(relative(dir, abs), createHash('sha1').update(readFileSync(abs)).digest('hex'));
  return out;
}

export function compareBuilds(a: string, b: string): string[] {
  const ha = fileHashes(a);
  const hb = fileHashes(b);
  const diffs: string[] = [];
  for (const [f, h] of ha) if (hb.get(f) !== h) diffs.push(hb.has(f) ? `differs: ${f}` : `only in the first: ${f}`);
  for (const f of hb.keys()) if (!ha.has(f)) diffs.push(`only in the second: ${f}`);
  return diffs;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'cancelaria-bench-'));
  const site = join(work, 'site');
  const dist = join(work, 'dist');
  const cards = join(work, 'cards');
  const logs = join(work, 'logs');
  mkdirSync(logs);
  const results: RunResult[] = [];
  let baseline: RunResult | undefined;
  const started = performance.now();
  try {
    cpSync(join(ROOT, 'content'), join(site, 'content'), { recursive: true });
    cpSync(join(ROOT, 'public'), join(site, 'public'), { recursive: true });
    const synthetic = { 'press-releases': syntheticReleases(releases, BUILD_TIME), events: syntheticEvents(events, BUILD_TIME) };
    for (const [folder, files] of Object.entries(synthetic)) {
      mkdirSync(join(site, 'bare-content', folder), { recursive: true });
      for (const f of files) {
        writeFileSync(join(site, 'content', folder, f.file), f.text);
        writeFileSync(join(site, 'bare-content', folder, f.file), f.text);
      }
    }
    console.log(`${releases} synthetic releases and ${events} events written to ${site}`);
    console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);

    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_TIME, CANCELARIA_SITE: site, CARDS_CACHE_DIR: cards };
    // The cards drawn: new files in the card cache (the build's own line can come while
    // Astro generates pages, when Astro prints nothing else).
    const cardFiles = () => new Set(existsSync(cards) ? [...walkFiles(cards)].map((f) => f.abs).filter((f) => f.endsWith('.png')) : []);
    const build = async (name: string) => {
      console.log(`\n${name}`);
      // The previous build's writes flushed to disk first (it wrote up to 1 GB), so that
      // their write-back does not land in this build's time: builds are minutes apart.
      spawnSync('sync');
      const before = cardFiles();
      const run = await measured([process.execPath, '--experimental-strip-types', '--no-warnings', join(ROOT, 'scripts/build.ts'), '--outDir', dist], {
        cwd: ROOT,
        env,
        log: join(logs, `${name.replace(/\W+/g, '-')}.log`),
        echo: (line) => ECHO.test(line),
      });
      const r = result(name, run, dist);
      r.cardsDrawn = [...cardFiles()].filter((f) => !before.has(f)).length;
      results.push(r);
      console.log(`  ${r.seconds.toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MiB, ${r.pages} pages (${r.pagesGenerated} generated), ${r.bodiesRendered} bodies rendered, ${r.cardsDrawn} cards drawn`);
      return r;
    };

    if (bare) {
      const dir = join(work, 'bare');
      writeBareProject(dir, site);
      console.log('\nbare Astro + @astrojs/mdx, cold');
      spawnSync('sync');
      // The same Node flags as the site's builds (BUILD_NODE_FLAGS), so the two compare.
      const run = await measured([process.execPath, ...BUILD_NODE_FLAGS, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        log: join(logs, 'bare.log'),
        // Bare Astro warns once per MDX file ("use astro:head-inject"): show its steps only.
        echo: (line) => ECHO.test(line) && !/\bwarn/i.test(line),
      });
      baseline = result('bare Astro + MDX, cold', run, join(dir, 'dist'));
      console.log(`  ${baseline.seconds.toFixed(1)} s, peak ${baseline.peakMb.toFixed(0)} MiB, ${baseline.pages} pages`);
      rmSync(dir, { recursive: true, force: true });
    }

    const cache = astroCacheDir(ROOT, site);
    rmSync(cache, { recursive: true, force: true });
    await build('cold');
    await build('no change');
    const added = syntheticReleases(1, '2026-11-27T11:30')[0]!;
    const addedFile = join(site, 'content/press-releases', added.file.replace(/-0\.mdx$/, '-nou.mdx'));
    writeFileSync(addedFile, added.text.replace(/^date: .*$/m, 'date: "2026-11-27T11:00"').replace(/^number: .*$/m, 'number: "999/2026"'));
    await build('add one');
    const middle = synthetic['press-releases'][Math.floor(releases / 2)]!;
    const edited = join(site, 'content/press-releases', middle.file);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: "/m, 'title: "Corectat: '));
    await build('edit title');

    if (verify) {
      const incremental = join(work, 'dist-incremental');
      cpSync(dist, incremental, { recursive: true });
      rmSync(cache, { recursive: true, force: true });
      rmSync(cards, { recursive: true, force: true });
      await build('verify: cold again');
      const diffs = compareBuilds(incremental, dist);
      console.log(diffs.length ? `\nNOT identical to a cold build (${diffs.length}):\n${diffs.slice(0, 30).join('\n')}` : '\nthe rebuilt dist/ is byte-identical to a cold build of the same files');
    }
  } finally {
    const ratio = (s: number) => (baseline ? ` (${(s / baseline.seconds).toFixed(2)}×)` : '');
    console.log(`\n${releases} releases, ${events} events; ${cpus().length} cores; load at the end ${loadavg().map((n) => n.toFixed(1)).join(' ')}; ${((performance.now() - started) / 60000).toFixed(1)} min in all\n`);
    console.log('| build | wall time | peak memory | pages | generated (the rest copied from the page store) | pages/s | bodies rendered | cards drawn | search index | dist/ |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of [...(baseline ? [baseline] : []), ...results]) {
      console.log(
        `| ${r.name} | ${r.seconds.toFixed(1)} s${r === baseline ? '' : ratio(r.seconds)} | ${(r.peakMb / 1024).toFixed(2)} GiB | ${r.pages} | ${r.pagesGenerated} | ${r.pagesPerSecond.toFixed(0)} | ${r.bodiesRendered} | ${r.cardsDrawn} | ${r.searchSeconds === null ? '–' : `${r.searchSeconds.toFixed(1)} s`} | ${r.distMb.toFixed(0)} MB, ${r.distFiles} files |`,
      );
    }
    const json = JSON.stringify({ releases, events, cores: cpus().length, buildTime: BUILD_TIME, baseline, results }, null, 2);
    writeFileSync(join(work, 'bench.json'), json);
    console.log(`\n${json}`);
    rmSync(astroCacheDir(ROOT, site), { recursive: true, force: true });
    if (keep) console.log(`\nkept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
