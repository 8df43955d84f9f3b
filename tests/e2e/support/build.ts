import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { BUILD_NODE_FLAGS } from '../../../src/lib/build-cache.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** The moment the test builds pretend to run at: after every sample release, before the embargo. */
export const TEST_BUILD_TIME = '2026-11-27T12:00';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` in `root` (the project or a copy of it). */
export function astroBuild(root: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const r = spawnSync(process.execPath, [...BUILD_NODE_FLAGS, resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_TIME: TEST_BUILD_TIME, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
