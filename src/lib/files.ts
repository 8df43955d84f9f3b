/** What a download link should say about its file: type and size, in Romanian. */
import { statSync } from 'node:fs';
import { join } from 'node:path';

const TYPES: Record<string, string> = {
  pdf: 'PDF', doc: 'Word', docx: 'Word', odt: 'ODT', xls: 'Excel', xlsx: 'Excel', ods: 'ODS', csv: 'CSV',
  jpg: 'JPEG', jpeg: 'JPEG', png: 'PNG', svg: 'SVG', webp: 'WebP', zip: 'ZIP', txt: 'text',
};

/** "84,2 kB", "1,3 MB": decimal units, comma as decimal separator. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${value.toLocaleString('ro-RO', { maximumFractionDigits: 1 })} ${unit}`;
}

export function fileType(path: string): string {
  const ext = path.split('.').pop()!.toLowerCase();
  return TYPES[ext] ?? ext.toUpperCase();
}

const MEDIA_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  svg: 'image/svg+xml', pdf: 'application/pdf',
};

/** IANA media type from the extension, for RSS enclosures (readers pick a viewer by it). */
export function mediaType(path: string): string {
  return MEDIA_TYPES[path.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';
}

export interface FileInfo {
  type: string;
  size: string;
  bytes: number;
}

/** Type and size of a /media/… file of a site's public folder (the content check guarantees it exists). */
export function fileInfo(publicDir: string, path: string): FileInfo {
  const bytes = statSync(join(publicDir, path)).size;
  return { type: fileType(path), size: formatSize(bytes), bytes };
}
