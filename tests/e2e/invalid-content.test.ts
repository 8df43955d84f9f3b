/**
 * A broken content file must stop the build with every problem named, and BUILD_TIME
 * decides what is public. Both run on a throwaway copy of the project.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from './support/build.ts';
import { unpublished } from './support/content.ts';

// Each test builds the site; a busy machine can take minutes.
const BUILD_TIMEOUT = 240_000;

const copy = mkdtempSync(join(tmpdir(), 'cancelaria-copy-'));
const skip = new Set(['node_modules', 'dist', '.astro', '.git']);
cpSync(ROOT, copy, { recursive: true, filter: (src) => !skip.has(src.slice(ROOT.length + 1).split('/')[0]!) });
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('building a copy of the project', () => {
  it('fails on invalid frontmatter, listing every problem with file, field and fix', { timeout: BUILD_TIMEOUT }, () => {
    const bad1 = join(copy, 'content/press-releases/2026-11-26-test-invalid.mdx');
    const bad2 = join(copy, 'content/events/2026-11-26-test-invalid.mdx');
    writeFileSync(bad1, '---\ntitle: "Test"\ndate: "2026-11-26T10:00"\nsummary: "Test."\nembargoUntil: "2026-13-01"\n---\n\nText.\n');
    writeFileSync(bad2, '---\ntitle: "Test"\ntype: conferinta\nstart: "2026-11-26T10:00"\nsummary: "Test."\n---\n\nText.\n');
    const stray = join(copy, 'content/press-releases/note.md');
    writeFileSync(stray, 'Un fișier salvat greșit.\n');
    const out = join(copy, 'dist-invalid');
    const result = astroBuild(copy, out);
    rmSync(bad1);
    rmSync(bad2);
    rmSync(stray);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/press-releases/2026-11-26-test-invalid.mdx:5: embargoUntil "2026-13-01" is not a date-time; write it as 2026-12-01T10:00');
    expect(result.output).toContain('content/events/2026-11-26-test-invalid.mdx:3: type "conferinta" is not one of: conferinta-de-presa, intalnire, sedinta, eveniment-public');
    expect(result.output).toContain('content/events/2026-11-26-test-invalid.mdx: location is required („Locul”); add it');
    expect(result.output).toContain('content/press-releases/note.md: is not a .mdx file, so it is not published; rename it to note.mdx or move it out of content/press-releases/');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('fails on MDX that would run code, before running it', { timeout: BUILD_TIMEOUT }, () => {
    const bad = join(copy, 'content/press-releases/2026-11-26-test-code.mdx');
    const marker = join(copy, 'pwned.txt');
    writeFileSync(
      bad,
      `---\ntitle: "Test"\ndate: "2026-11-26T10:00"\nsummary: "Test."\n---\n\nexport const x = require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x');\n\nText {x}.\n`,
    );
    const result = astroBuild(copy, join(copy, 'dist-code'));
    rmSync(bad);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/press-releases/2026-11-26-test-code.mdx:7: content may not contain code, found an import/export line');
    expect(existsSync(marker)).toBe(false);
  });

  it('publishes the embargoed release once BUILD_TIME passes its embargo', { timeout: BUILD_TIMEOUT }, () => {
    const embargoed = unpublished.find((r) => r.data.embargoUntil && !r.data.draft)!;
    const drafts = unpublished.filter((r) => r.data.draft);
    const out = join(copy, 'dist-later');
    const result = astroBuild(copy, out, { BUILD_TIME: '2026-12-01T10:00' });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(out, 'comunicate', embargoed.id, 'index.html'))).toBe(true);
    for (const d of drafts) expect(existsSync(join(out, 'comunicate', d.id))).toBe(false);
  });
});
