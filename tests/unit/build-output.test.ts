/** The build's output: progress instead of one line per page, and only warnings worth reading. */
import { describe, expect, it } from 'vitest';
import { progressFilter } from '../../scripts/atomic-build.ts';
import { isKnownHarmless } from '../../src/lib/build-warnings.ts';

describe('progressFilter', () => {
  it('replaces the line per page with a count every 2 s, of the last build’s total, and passes other lines', () => {
    const printed: string[] = [];
    let now = 0;
    const progress = progressFilter((l) => printed.push(l), 1000, () => now);
    progress.line('12:00:00 [build] Building static entrypoints...');
    for (let i = 0; i < 900; i++) {
      now += 10;
      progress.line(i % 2 ? `12:00:01   ├─ /comunicate/c-${i}/index.html (+3ms)` : `\x1b[2m12:00:01\x1b[22m   \x1b[34m└─\x1b[39m /carduri/${i}.png (+1ms)`);
    }
    progress.line('12:00:10 ✓ Completed in 9.00s.');
    expect(progress.pages).toBe(900);
    expect(printed.some((l) => l.includes('├─') || l.includes('└─'))).toBe(false);
    expect(printed).toContain('pagini 201/1000, 2 s');
    expect(printed.at(-2)).toBe('pagini 900/1000, 9 s (toate)');
    expect(printed.at(-1)).toBe('12:00:10 ✓ Completed in 9.00s.');
    expect(printed[0]).toBe('12:00:00 [build] Building static entrypoints...');
  });

  it('never shows a total below the count (this build has more pages than the last)', () => {
    const printed: string[] = [];
    let now = 0;
    const progress = progressFilter((l) => printed.push(l), 10, () => now);
    for (let i = 0; i < 50; i++) {
      now += 100;
      progress.line(`12:00:01   ├─ /p-${i}/index.html (+3ms)`);
    }
    progress.line('[build] 50 page(s) built in 5s');
    expect(printed.at(-2)).toBe('pagini 50/50, 5 s (toate)');
  });
});

describe('isKnownHarmless', () => {
  it('drops the CMS dependencies’ eval and "use client" warnings, and nothing else', () => {
    expect(isKnownHarmless({ code: 'EVAL', id: '/p/node_modules/js-sha256/src/sha256.js' })).toBe(true);
    expect(isKnownHarmless({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in "node_modules/jotai/esm/react.mjs"' })).toBe(true);
    expect(isKnownHarmless({ code: 'EVAL', id: '/p/src/lib/body.ts' })).toBe(false);
    expect(isKnownHarmless({ code: 'EVAL', id: '/p/node_modules/other/x.js' })).toBe(false);
    expect(isKnownHarmless({ code: 'CIRCULAR_DEPENDENCY', id: '/p/node_modules/jotai/x.js' })).toBe(false);
  });
});
