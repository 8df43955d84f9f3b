/**
 * Builds the site into a fresh folder beside the target and swaps it in only when the
 * build succeeded, looks complete and the caller still agrees (start.ts checks that git
 * did not leave main meanwhile). A failed build leaves the target exactly as it was.
 * Used by `npm run build` (scripts/build.ts) and `npm start` (scripts/start.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface AtomicBuildOptions {
  /** The folder to replace (dist/). */
  outDir: string;
  /** Extra arguments for `astro build`. */
  args?: string[];
  /** Called before the swap; a returned reason cancels it. */
  beforeSwap?: () => string | undefined;
  /** Receives the Astro process, so a caller that stops can stop it too. */
  onChild?: (child: ChildProcess) => void;
}

export type AtomicBuildResult = { ok: true } | { ok: false; reason: string };

/** Files every complete build has. */
const REQUIRED = ['index.html', '404.html', 'sitemap.xml', '_headers'];

export async function atomicBuild({ outDir: target, args = [], beforeSwap, onChild }: AtomicBuildOptions): Promise<AtomicBuildResult> {
  const outDir = resolve(target);
  const parent = dirname(outDir);
  const name = basename(outDir);
  // Leftovers of an interrupted build (Ctrl-C, a killed CI job) are never served; clear them.
  for (const f of existsSync(parent) ? readdirSync(parent) : []) {
    if (f.startsWith(`.${name}.new-`) || f.startsWith(`.${name}.old-`)) rmSync(join(parent, f), { recursive: true, force: true });
  }
  const stamp = `${Date.now()}-${process.pid}`;
  // Beside the target, so the swap is a rename on one file system, not a copy.
  const fresh = join(parent, `.${name}.new-${stamp}`);
  const old = join(parent, `.${name}.old-${stamp}`);
  const fail = (reason: string): AtomicBuildResult => {
    rmSync(fresh, { recursive: true, force: true });
    return { ok: false, reason };
  };

  const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
  const exit = await new Promise<{ code: number | null; signal: string | null; error?: Error }>((done) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', fresh, ...args], { stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
    onChild?.(child);
    child.on('error', (error) => done({ code: null, signal: null, error }));
    child.on('exit', (code, signal) => done({ code, signal }));
  });
  if (exit.error) return fail(`could not run Astro: ${exit.error.message}`);
  if (exit.code !== 0) return fail(`astro build exited with ${exit.signal ?? `code ${exit.code}`}; the problems are listed above.`);
  const missing = REQUIRED.filter((f) => !existsSync(join(fresh, f)));
  if (missing.length) return fail(`the new build has no ${missing.join(', ')}; it is incomplete and was not published.`);
  const veto = beforeSwap?.();
  if (veto) return fail(veto);

  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(fresh, outDir);
  rmSync(old, { recursive: true, force: true });
  return { ok: true };
}

/** The line to print after a failed build. */
export function failureMessage(outDir: string, reason: string): string {
  const dir = resolve(outDir);
  return `Build failed: ${reason}\n${existsSync(dir) ? `${dir} was left exactly as it was (the previous build is still served).` : `${dir} was not created.`}`;
}
