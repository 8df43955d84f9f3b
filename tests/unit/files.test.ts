import { describe, expect, it } from 'vitest';
import { fileType, formatSize, mediaType } from '../../src/lib/files.ts';

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

describe('media types for RSS enclosures', () => {
  it.each([
    ['/media/2026/a.jpg', 'image/jpeg'],
    ['/media/2026/a.JPEG', 'image/jpeg'],
    ['/media/2026/a.png', 'image/png'],
    ['/media/2026/a.webp', 'image/webp'],
    ['/media/2026/a.svg', 'image/svg+xml'],
    ['/media/2026/a.pdf', 'application/pdf'],
    ['/media/2026/a.bin', 'application/octet-stream'],
  ])('%s → %s', (path, type) => expect(mediaType(path)).toBe(type));
});
