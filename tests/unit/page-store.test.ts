/**
 * The page store's pure parts: where a page is stored, and how the build time printed on
 * every page is taken out and put back (src/lib/page-store.ts). The store at work, a
 * rebuild byte-identical to a build from empty caches, is tested in tests/e2e/rebuild.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeKeyAtStart, fixedName, fromStored, isStaticBuild, pageDigest, pageFile, PAGE_STORE, PRINT_TIME_TOKEN, printTimeHtml, startBuild, storedName, storeKind, toStored } from '../../src/lib/page-store.ts';

const time = printTimeHtml(new Date('2026-11-27T10:00:00Z'));
const page = (t: string) => `<html><body><p>Text</p><p class="print-source">Sursa: x<br>Versiunea paginii din ${t}</p></body></html>`;

describe('page store', () => {
  it('prints the build time in Romanian, with its machine-readable form', () => {
    expect(time).toBe('<time datetime="2026-11-27T12:00:00+02:00">27 noiembrie 2026, ora 12:00</time>');
  });

  it('stores a page without the build time and gives it back with another build’s time', () => {
    const stored = toStored(page(time), time)!;
    expect(stored).not.toContain('2026-11-27T12:00');
    const later = printTimeHtml(new Date('2026-11-27T10:10:00Z'));
    expect(fromStored(Buffer.from(stored), later, 'x.html').toString()).toBe(page(later));
    expect(fromStored(Buffer.from(stored), time, 'x.html').toString()).toBe(page(time));
  });

  it('does not store a page where the time is missing, doubled or the token already appears (it is then generated every time)', () => {
    expect(toStored(page(''), time)).toBeUndefined();
    expect(toStored(page(time + time), time)).toBeUndefined();
    expect(toStored(page(time) + PRINT_TIME_TOKEN, time)).toBeUndefined();
    expect(() => fromStored(Buffer.from('<p>no time</p>'), time, 'x.html')).toThrow(/x\.html is damaged/);
    // A page cut short while it was written (a crash) is refused, not published without its end.
    const stored = toStored(page(time), time)!;
    expect(() => fromStored(Buffer.from(stored.slice(0, -10)), time, 'x.html')).toThrow(/cut short/);
    // Two tokens: refused too.
    expect(() => fromStored(Buffer.from(stored.replace('<p>Text</p>', PRINT_TIME_TOKEN)), time, 'x.html')).toThrow(/damaged/);
  });

  it('stores a page without the build time as it is (linked into dist/), one with it once with the time taken out, any other not at all', () => {
    expect(storeKind(page(time), time)).toBe('time');
    expect(storeKind(page('<time datetime="2026-06-02T13:35:00+03:00">2 iunie 2026, ora 13:35</time>'), time)).toBe('fixed');
    expect(storeKind(page(time + time), time)).toBeUndefined();
    expect(storeKind(page('') + PRINT_TIME_TOKEN, time)).toBeUndefined();
    expect(fixedName('ab')).not.toBe(storedName('ab'));
  });

  it('round-trips any page holding the time once', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const html = `${before}${time}${after}</html>`;
        const stored = toStored(html, time);
        expect(stored !== undefined).toBe(html.split(time).length === 2 && !html.includes(PRINT_TIME_TOKEN));
        if (stored !== undefined) expect(fromStored(Buffer.from(stored), time, 'x').toString()).toBe(html);
      }),
    );
  });

  it('names the file of an address, and refuses anything else', () => {
    expect(pageFile('/comunicate/x/')).toBe('comunicate/x/index.html');
    for (const bad of ['comunicate/x/', '/comunicate/x', '/a/../b/']) expect(() => pageFile(bad)).toThrow(/not an address/);
  });

  it('gives another digest when any input, the route, the address or the global inputs change', () => {
    const d = pageDigest('g', 'r', '/a/', { title: 'T', events: [] });
    expect(pageDigest('g', 'r', '/a/', { title: 'T', events: [] })).toBe(d);
    for (const other of [pageDigest('h', 'r', '/a/', { title: 'T', events: [] }), pageDigest('g', 's', '/a/', { title: 'T', events: [] }), pageDigest('g', 'r', '/b/', { title: 'T', events: [] }), pageDigest('g', 'r', '/a/', { title: 'U', events: [] }), pageDigest('g', 'r', '/a/', { title: 'T', events: [{ id: 'e', title: 'E' }] })]) {
      expect(other).not.toBe(d);
    }
  });

  it('knows a build from astro dev by Astro’s command, not by the environment, and records the code before bundling', () => {
    const saved = process.env.DEV;
    process.env.DEV = '1';
    try {
      (globalThis as Record<symbol, unknown>)[PAGE_STORE] = { stale: true };
      let reads = 0;
      startBuild('build', () => `code-${++reads}`);
      expect(isStaticBuild()).toBe(true);
      expect(codeKeyAtStart()).toBe('code-1');
      expect(codeKeyAtStart()).toBe('code-1');
      // A registry left by an earlier build in the same process is forgotten.
      expect((globalThis as Record<symbol, unknown>)[PAGE_STORE]).toBeUndefined();
      startBuild('dev', () => 'never read');
      expect(isStaticBuild()).toBe(false);
      expect(() => codeKeyAtStart()).toThrow(/not recorded/);
    } finally {
      if (saved === undefined) delete process.env.DEV;
      else process.env.DEV = saved;
    }
  });
});
