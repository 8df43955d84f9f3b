/**
 * The content check's cache (CheckOptions.cacheFile): a rebuild reads again only the files
 * that changed, and writes the cache again only when it changed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';

const ROOT = join(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the content check cache', () => {
  it('reads only changed files, and rewrites the cache only when something changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cancelaria-check-cache-'));
    dirs.push(dir);
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
    const cacheFile = join(dir, '.cache', 'content-check.v8');
    const run = () => {
      const read: string[] = [];
      const { problems } = checkContent(dir, { cacheFile, onRead: (_, entry) => read.push(entry.file) });
      expect(problems).toEqual([]);
      // Written under another name and renamed: a new inode each time it is written.
      return { read, written: statSync(cacheFile).ino };
    };
    const first = run();
    expect(first.read.length).toBeGreaterThan(20);
    const again = run();
    expect(again.read).toEqual([]);
    expect(again.written).toBe(first.written);

    const release = join(dir, 'content/press-releases', first.read.find((f) => f.startsWith('content/press-releases/'))!.slice('content/press-releases/'.length));
    writeFileSync(release, readFileSync(release, 'utf8').replace(/^title: "/m, 'title: "Actualizat: '));
    const edited = run();
    expect(edited.read).toHaveLength(1);
    expect(edited.written).not.toBe(first.written);
    // Read from the cache once more, the edit included.
    expect(run().read).toEqual([]);

    rmSync(release);
    const removed = run();
    expect(removed.read).toEqual([]);
    expect(removed.written).not.toBe(edited.written);
  });
});
