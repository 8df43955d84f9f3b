import { describe, expect, it } from 'vitest';
import { isPublished, publicFrom } from '../../src/lib/publishing.ts';

const now = new Date('2026-11-27T10:00:00Z');
const past = new Date('2026-11-20T10:00:00Z');
const future = new Date('2026-12-01T08:00:00Z');

describe('isPublished', () => {
  it.each([
    ['a dated entry in the past', { date: past }, true],
    ['an entry without dates', {}, true],
    ['a draft', { date: past, draft: true }, false],
    ['an embargoed entry', { date: past, embargoUntil: future }, false],
    ['an entry whose embargo is over', { date: past, embargoUntil: past }, true],
    ['an entry whose embargo ends exactly now', { date: past, embargoUntil: now }, true],
    ['a scheduled entry (date in the future)', { date: future }, false],
    ['a draft whose embargo is over', { date: past, embargoUntil: past, draft: true }, false],
  ])('%s → %s', (_, entry, expected) => {
    expect(isPublished(entry, now)).toBe(expected);
  });
});

describe('publicFrom', () => {
  it('is the later of date and embargo', () => {
    expect(publicFrom({ date: past, embargoUntil: future })).toEqual(future);
    expect(publicFrom({ date: future })).toEqual(future);
    expect(publicFrom({})).toBeUndefined();
  });
});
