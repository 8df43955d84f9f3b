/**
 * `npm run build`: builds the site into a fresh folder beside dist/ and swaps it into
 * dist/ only when the build succeeded and looks complete, so a failed build never leaves
 * a half-written dist/ that looks finished: the previous site stays exactly as it was.
 * Exits non-zero with the reason. `--outDir <dir>` builds somewhere else (tests).
 * Other arguments are passed to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = resolve(at >= 0 ? args.splice(at, 2)[1]! : 'dist');
const parent = dirname(outDir);
const name = basename(outDir);

// Leftovers of an interrupted build (Ctrl-C, a killed CI job) are never served; clear them.
for (const f of existsSync(parent) ? readdirSync(parent) : []) {
  if (f.startsWith(`.${name}.new-`) || f.startsWith(`.${name}.old-`)) rmSync(join(parent, f), { recursive: true, force: true });
}

const stamp = `${Date.now()}-${process.pid}`;
// Same folder as dist/, so the swap is a rename on one file system, not a copy.
const fresh = join(parent, `.${name}.new-${stamp}`);
const old = join(parent, `.${name}.old-${stamp}`);

function fail(reason: string): never {
  rmSync(fresh, { recursive: true, force: true });
  console.error(`\nBuild failed: ${reason}\n${existsSync(outDir) ? `${outDir} was left exactly as it was (the previous build is still served).` : `${outDir} was not created.`}`);
  process.exit(1);
}

const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', fresh, ...args], {
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});
if (result.error) fail(`could not run Astro: ${result.error.message}`);
if (result.status !== 0) fail(`astro build exited with ${result.signal ?? `code ${result.status}`}; the problems are listed above.`);
for (const must of ['index.html', '404.html', 'sitemap.xml', '_headers']) {
  if (!existsSync(join(fresh, must))) fail(`the new build has no ${must}; it is incomplete and was not published.`);
}

if (existsSync(outDir)) renameSync(outDir, old);
renameSync(fresh, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`\n${outDir} replaced by the new build.`);
