import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/lib/paths.ts';

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('shows the first, the last and two on each side of the current page of a long one, always 7 numbers', () => {
    expect(pageWindow(1, 500)).toEqual([1, 2, 3, 4, 5, 6, null, 500]);
    expect(pageWindow(4, 500)).toEqual([1, 2, 3, 4, 5, 6, null, 500]);
    expect(pageWindow(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageWindow(498, 500)).toEqual([1, null, 495, 496, 497, 498, 499, 500]);
    expect(pageWindow(500, 500)).toEqual([1, null, 495, 496, 497, 498, 499, 500]);
    expect(pageWindow(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, null, 10]);
  });

  it('always includes the current page, the first and the last, in order, without repeats', () => {
    for (let total = 1; total <= 40; total++) {
      for (let current = 1; current <= total; current++) {
        const w = pageWindow(current, total);
        const numbers = w.filter((n): n is number => n !== null);
        expect(numbers).toContain(current);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(total);
        expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
        expect(new Set(numbers).size).toBe(numbers.length);
        // A gap stands for at least one page left out.
        w.forEach((n, i) => {
          if (n === null) expect((w[i + 1] as number) - (w[i - 1] as number)).toBeGreaterThan(1);
        });
      }
    }
  });
});
