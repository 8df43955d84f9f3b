/**
 * The institution's logo for the cards, from the file named in the settings: SVG or PNG,
 * embedded as a data: URI (Satori and the browser draw it without a request) with its
 * intrinsic size, so the card keeps its proportions.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { CardBrand } from './template.ts';

/** Width and height of an SVG (width/height attributes, else the viewBox) or a PNG (IHDR). */
export function imageSize(bytes: Uint8Array, ext: string): { width: number; height: number } | undefined {
  if (ext === '.png') {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 24 || view.getUint32(12) !== 0x49484452) return undefined;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (ext === '.svg') {
    const root = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(bytes))?.[0] ?? '';
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
    const px = (v: string | undefined) => (v && /^\s*[\d.]+\s*(px)?\s*$/.test(v) ? parseFloat(v) : undefined);
    const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
    const width = px(attr('width')) ?? box?.[2];
    const height = px(attr('height')) ?? box?.[3];
    return width && height && width > 0 && height > 0 ? { width, height } : undefined;
  }
  return undefined;
}

const MIME: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png' };

/** The logo of the settings (`/media/…`, under public/), or undefined when it cannot be drawn. */
export function readLogo(publicDir: string, src: string): CardBrand['logo'] {
  const ext = extname(src).toLowerCase();
  if (!MIME[ext]) return undefined;
  const bytes = readFileSync(join(publicDir, src));
  const size = imageSize(bytes, ext);
  if (!size) return undefined;
  return { src: `data:${MIME[ext]};base64,${Buffer.from(bytes).toString('base64')}`, ...size };
}
