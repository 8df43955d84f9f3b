/** The key of a content file's cached results (check, rendered body) changes with everything that changes them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryDigest } from '../../src/lib/code-version.ts';

const pub = mkdtempSync(join(tmpdir(), 'cancelaria-digest-'));
afterAll(() => rmSync(pub, { recursive: true, force: true }));

describe('entryDigest', () => {
  const raw = '---\ntitle: "T"\n---\n\n<Document file="/media/2026/program.pdf" title="Programul" />\n';

  it('changes with the bytes and the path of the file', () => {
    expect(entryDigest('a.mdx', raw, pub)).toBe(entryDigest('a.mdx', raw, pub));
    expect(entryDigest('a.mdx', `${raw} `, pub)).not.toBe(entryDigest('a.mdx', raw, pub));
    expect(entryDigest('b.mdx', raw, pub)).not.toBe(entryDigest('a.mdx', raw, pub));
  });

  it('changes when a media file the entry names arrives or is replaced by one of another size', () => {
    const missing = entryDigest('a.mdx', raw, pub);
    mkdirSync(join(pub, 'media/2026'), { recursive: true });
    writeFileSync(join(pub, 'media/2026/program.pdf'), '%PDF-1.4 one');
    const first = entryDigest('a.mdx', raw, pub);
    expect(first).not.toBe(missing);
    writeFileSync(join(pub, 'media/2026/program.pdf'), '%PDF-1.4 a longer one');
    expect(entryDigest('a.mdx', raw, pub)).not.toBe(first);
    // Files it does not name change nothing.
    const before = entryDigest('a.mdx', raw, pub);
    writeFileSync(join(pub, 'media/2026/other.pdf'), 'x');
    expect(entryDigest('a.mdx', raw, pub)).toBe(before);
  });
});
