/**
 * `npm run build` (scripts/build.ts) swaps a new build in only on success: a failing
 * build leaves the previous dist/ byte for byte as it was and says why; a good build
 * replaces it whole (no file of the old build survives in dist/; the old build is kept
 * aside until the next build deletes it).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_BUILD_TIME } from './support/build.ts';
import { walk } from './support/dist.ts';

const work = mkdtempSync(join(tmpdir(), 'cancelaria-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function npmBuild(outDir: string, site: string) {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', join(ROOT, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, BUILD_TIME: TEST_BUILD_TIME, CANCELARIA_SITE: site },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Every file's path, mode and bytes. */
function fingerprint(dir: string): string {
  const h = createHash('sha256');
  for (const f of [...walk(dir)].sort()) h.update(`${relative(dir, f)}\0${statSync(f).mode}\0`).update(readFileSync(f));
  return h.digest('hex');
}

function previousBuild(): string {
  const dist = join(work, `dist-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(dist, 'comunicate/vechi'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Build-ul de ieri</title>');
  writeFileSync(join(dist, 'comunicate/vechi/index.html'), 'comunicat vechi');
  return dist;
}

describe('npm run build is atomic', () => {
  it('a failing build leaves dist/ byte-identical, exits non-zero and says why', () => {
    const site = join(work, 'site-broken');
    cpSync(join(ROOT, 'content'), join(site, 'content'), { recursive: true });
    cpSync(join(ROOT, 'public'), join(site, 'public'), { recursive: true });
    writeFileSync(join(site, 'content/press-releases/2026-11-26-stricat.mdx'), '---\ntitle: "Test"\ndate: "2026-11-26T10:00"\nsummary: "Test."\nembargoUntil: "2026-13-01"\n---\n\nText.\n');
    const dist = previousBuild();
    const before = fingerprint(dist);
    const r = npmBuild(dist, site);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('2026-11-26-stricat.mdx:5: embargoUntil "2026-13-01" is not a date-time');
    expect(r.output).toContain(`Build failed: astro build exited with code 1`);
    expect(r.output).toContain(`${dist} was left exactly as it was`);
    expect(fingerprint(dist)).toBe(before);
    expect(readdirSync(work).filter((f) => f.startsWith('.dist'))).toEqual([]);
  });

  it('a good build replaces dist/ whole', () => {
    const dist = previousBuild();
    // A leftover of an interrupted build is cleared, never served.
    mkdirSync(join(work, `.${dist.split('/').pop()}.new-1-1`));
    const r = npmBuild(dist, join(ROOT, 'tests/fixtures/cluj'));
    expect(r.status, r.output).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('Județul Cluj');
    expect(existsSync(join(dist, 'comunicate/vechi'))).toBe(false);
    expect(existsSync(join(dist, '_headers'))).toBe(true);
    // The replaced build is kept aside, never served, until the next build deletes it while it runs.
    const name = dist.split('/').pop()!;
    const aside = () => readdirSync(work).filter((f) => f.startsWith(`.${name}`));
    expect(aside()).toEqual([expect.stringMatching(new RegExp(`^\\.${name}\\.old-`))]);
    const first = aside()[0]!;
    expect(readFileSync(join(work, first, 'index.html'), 'utf8')).toContain('Build-ul de ieri');
    const again = npmBuild(dist, join(ROOT, 'tests/fixtures/cluj'));
    expect(again.status, again.output).toBe(0);
    expect(aside()).toEqual([expect.stringMatching(new RegExp(`^\\.${name}\\.old-`))]);
    expect(aside()[0]).not.toBe(first);
    expect(readFileSync(join(work, aside()[0]!, 'index.html'), 'utf8')).toContain('Județul Cluj');
  }, 300_000);
});
