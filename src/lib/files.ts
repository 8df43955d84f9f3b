/** Files: what a download link should say about one (type and size, in Romanian), and the files of a folder. */
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Per extension: the name readers know, and the IANA media type (RSS enclosures need it). */
const TYPES: Record<string, [label: string, mime: string]> = {
  pdf: ['PDF', 'application/pdf'],
  doc: ['Word', 'application/msword'],
  docx: ['Word', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  odt: ['ODT', 'application/vnd.oasis.opendocument.text'],
  xls: ['Excel', 'application/vnd.ms-excel'],
  xlsx: ['Excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ods: ['ODS', 'application/vnd.oasis.opendocument.spreadsheet'],
  csv: ['CSV', 'text/csv'],
  jpg: ['JPEG', 'image/jpeg'],
  jpeg: ['JPEG', 'image/jpeg'],
  png: ['PNG', 'image/png'],
  gif: ['GIF', 'image/gif'],
  webp: ['WebP', 'image/webp'],
  avif: ['AVIF', 'image/avif'],
  svg: ['SVG', 'image/svg+xml'],
  zip: ['ZIP', 'application/zip'],
  txt: ['text', 'text/plain'],
};

const extension = (path: string) => path.split('.').pop()!.toLowerCase();

/** "84,2 kB", "1,3 MB": decimal units, comma as decimal separator. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${value.toLocaleString('ro-RO', { maximumFractionDigits: 1 })} ${unit}`;
}

export function fileType(path: string): string {
  return TYPES[extension(path)]?.[0] ?? extension(path).toUpperCase();
}

/** IANA media type from the extension, for RSS enclosures (readers pick a viewer by it). */
export function mediaType(path: string): string {
  return TYPES[extension(path)]?.[1] ?? 'application/octet-stream';
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

/** What a download block in a body says about its file ("PDF, 84,2 kB"), from a site's public/. */
export function fileDescriber(root: string): (path: string) => string {
  return (path) => {
    const info = fileInfo(join(root, 'public'), path);
    return `${info.type}, ${info.size}`;
  };
}

/** Every file below a folder, dot files apart; symbolic links are yielded, never followed. */
export function* walkFiles(dir: string): Generator<{ abs: string; link: boolean }> {
  if (!existsSync(dir)) return;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.')) continue;
    const p = join(dir, d.name);
    if (d.isSymbolicLink()) yield { abs: p, link: true };
    else if (d.isDirectory()) yield* walkFiles(p);
    else if (d.isFile()) yield { abs: p, link: false };
  }
}

/**
 * A file from a build cache into dist/: a hard link (what the caches hold is never changed
 * in place: a changed card or index has another name, and is written under a temporary
 * name and renamed), else, across file systems, a copy-on-write clone where the file
 * system offers one, else a copy. At 10,000 releases the copies of the cards alone were
 * 0.9 GB written on every build (1.3–2.8 s). Whoever changes a placed file must replace it
 * (unlink, or write another file and rename), never write into it.
 */
export function placeFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
}

/**
 * Writes a file of a build cache under another name and renames it into place: an
 * interrupted build never leaves half a file under the real name (and a file linked
 * elsewhere is replaced, not written into). The temporary file goes if the write fails.
 */
export function replaceFile(file: string, data: string | Uint8Array): void {
  const temp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Every file of a folder (dot files apart, see walkFiles) placed under `to`, as placeFile does. */
export function placeTree(from: string, to: string): void {
  for (const { abs, link } of walkFiles(from)) {
    if (link) continue;
    const target = join(to, relative(from, abs));
    mkdirSync(dirname(target), { recursive: true });
    placeFile(abs, target);
  }
}
