import { describe, expect, it } from 'vitest';
import { fileType, formatSize } from '../../src/lib/files.ts';

describe('download labels', () => {
  it.each([
    [512, '512 B'],
    [84_213, '84,2 kB'],
    [1_300_000, '1,3 MB'],
  ])('%i bytes → %s', (bytes, label) => expect(formatSize(bytes)).toBe(label));
  it('names the file type', () => {
    expect(fileType('/media/2026/a.pdf')).toBe('PDF');
    expect(fileType('/media/2026/a.DOCX')).toBe('Word');
  });
});
