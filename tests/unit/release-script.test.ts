/** deploy/release.sh: new folder per release, one symlink switch, three kept, rollback, refusal of an incomplete build. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../deploy/release.sh');
const work = mkdtempSync(join(tmpdir(), 'cancelaria-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const base = join(work, 'www');

function build(text: string, complete = true): string {
  const dir = mkdtempSync(join(work, 'dist-'));
  writeFileSync(join(dir, 'index.html'), text);
  if (complete) writeFileSync(join(dir, '404.html'), '404');
  mkdirSync(join(dir, 'comunicate'));
  writeFileSync(join(dir, 'comunicate/x.txt'), text);
  return dir;
}
const sh = (...args: string[]) => spawnSync('sh', [script, ...args], { encoding: 'utf8' });
const served = () => readFileSync(join(base, 'current/index.html'), 'utf8');

describe('deploy/release.sh', () => {
  it('publishes each build in its own folder behind the current symlink and keeps the newest three', () => {
    for (const n of [1, 2, 3, 4, 5]) {
      const r = sh(build(`site ${n}`), base);
      expect(r.status, r.stderr).toBe(0);
      expect(served()).toBe(`site ${n}`);
    }
    const releases = readdirSync(join(base, 'releases')).sort();
    expect(releases).toHaveLength(3);
    expect(readlinkSync(join(base, 'current'))).toBe(`releases/${releases[2]}`);
    expect(readFileSync(join(base, 'releases', releases[0]!, 'comunicate/x.txt'), 'utf8')).toBe('site 3');
  });

  it('refuses an incomplete build and leaves the site as it was', () => {
    const before = readlinkSync(join(base, 'current'));
    const r = sh(build('jumătate', false), base);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('not a complete build; nothing changed');
    expect(readlinkSync(join(base, 'current'))).toBe(before);
    expect(served()).toBe('site 5');
  });

  it('rolls back to the previous release, and again', () => {
    expect(sh('--rollback', base).status).toBe(0);
    expect(served()).toBe('site 4');
    expect(sh('--rollback', base).status).toBe(0);
    expect(served()).toBe('site 3');
    const r = sh('--rollback', base);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('no release older than');
    expect(served()).toBe('site 3');
    expect(existsSync(join(base, '.current.new'))).toBe(false);
  });
});
