/**
 * One card to PNG. Satori lays the element tree out as SVG (text as paths, with the fonts
 * loaded once), resvg rasterises it, sharp composites the logo and encodes. sharp writes
 * no text chunks, so nothing but pixels leaves with the file.
 *
 * The card's band (its rows marked BAND_NODE in template.ts: logo, the institution's
 * name, the rule under them) is the same on every card of a site: it is drawn once per
 * thread and copied above each card's own rows, which are all Satori and resvg draw per
 * card. Measured on this machine (one thread, 40 cards): Satori 11.0 → 5.0 ms a card, the
 * SVG to pixels 30.3 ms (sharp's librsvg, whole card) → 8.5 ms (resvg, without the band and
 * without loading system fonts: the text is paths already), no logo to composite per card.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { fontsFor, PNG_OPTIONS } from './fonts.ts';
import { BAND_NODE, CARD_HEIGHT, CARD_WIDTH, LOGO_NODE, logoBox, type CardNode } from './template.ts';

/** Bytes per pixel of the raw images put together here (RGBA). */
const CHANNELS = 4;

export async function cardSvg(tree: CardNode, height: number = CARD_HEIGHT): Promise<string> {
  return satori(tree as never, { width: CARD_WIDTH, height, fonts: fontsFor(JSON.stringify(tree)) });
}

interface Logo {
  src: string;
  box: ReturnType<typeof logoBox>;
}

/** The tree with its logo replaced by an empty box of the same size, and the logo. */
function detachLogo(node: CardNode): { tree: CardNode; logo?: Logo } {
  if (node.props[LOGO_NODE]) {
    const { src, width, height, style } = node.props as { src: string; width: number; height: number; style: Record<string, string | number> };
    return { tree: { type: 'div', props: { style: { ...style, display: 'flex', width, height } } }, logo: { src, box: logoBox({ src, width, height }) } };
  }
  const children = node.props.children;
  if (!Array.isArray(children)) return { tree: node };
  let logo: Logo | undefined;
  const mapped = children.map((c) => {
    if (typeof c === 'string' || logo) return c;
    const r = detachLogo(c);
    logo = r.logo;
    return r.tree;
  });
  return logo ? { tree: { ...node, props: { ...node.props, children: mapped } }, logo } : { tree: node };
}

/**
 * The card split into its band and the rest, each a tree of the card's width laid out on
 * its own: the band's rows have fixed heights (checked), so every row lands where it
 * would in the whole card.
 */
export function splitBand(card: CardNode): { band?: CardNode; bandHeight: number; rest: CardNode } {
  const children = Array.isArray(card.props.children) ? card.props.children : [];
  let count = 0;
  let bandHeight = 0;
  for (const child of children) {
    if (typeof child === 'string' || !child.props[BAND_NODE]) break;
    const height = child.props.style?.height;
    if (typeof height !== 'number' || child.props.style?.flexShrink !== 0) throw new Error(`social card: a band row (${BAND_NODE}) needs a fixed height in pixels and flexShrink: 0`);
    bandHeight += height;
    count++;
  }
  if (children.slice(count).some((c) => typeof c !== 'string' && c.props[BAND_NODE])) throw new Error(`social card: the band rows (${BAND_NODE}) must be the card's first children`);
  const part = (rows: typeof children, height: number): CardNode => ({ ...card, props: { ...card.props, style: { ...card.props.style, height }, children: rows } });
  if (count === 0) return { bandHeight: 0, rest: card };
  return { band: part(children.slice(0, count), bandHeight), bandHeight, rest: part(children.slice(count), CARD_HEIGHT - bandHeight) };
}

const logoCache = new Map<string, Promise<Buffer>>();

/** The logo as a PNG of exactly its box's size, drawn once per source and size. */
function logoPng(logo: Logo): Promise<Buffer> {
  const key = `${logo.box.width}x${logo.box.height}:${logo.src}`;
  let png = logoCache.get(key);
  if (!png) {
    const bytes = Buffer.from(logo.src.slice(logo.src.indexOf(',') + 1), 'base64');
    png = sharp(bytes, { density: 300 }).resize(logo.box.width, logo.box.height, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
    logoCache.set(key, png);
  }
  return png;
}

/** A tree (of the card's width) to raw RGBA pixels, its logo composited. */
async function drawPart(tree: CardNode, height: number): Promise<Buffer> {
  const { tree: drawn, logo } = detachLogo(tree);
  // The text is paths already: resvg needs no font, and loading the system's costs 4 ms a card.
  const image = new Resvg(await cardSvg(drawn, height), { font: { loadSystemFonts: false } }).render();
  if (image.width !== CARD_WIDTH || image.height !== height) throw new Error(`social card: drawn ${image.width}×${image.height}, expected ${CARD_WIDTH}×${height}`);
  // Every card has an opaque background, so resvg's premultiplied pixels are the plain ones.
  const pixels = image.pixels;
  if (!logo) return pixels;
  return sharp(pixels, { raw: { width: CARD_WIDTH, height, channels: CHANNELS } })
    .composite([{ input: await logoPng(logo), left: logo.box.left, top: logo.box.top }])
    .raw()
    .toBuffer();
}

/** The bands drawn by this thread, by their tree: one per site (and brand), a few KB of text each as key. */
const bandCache = new Map<string, Promise<Buffer>>();
const BAND_CACHE_LIMIT = 8;

function bandPixels(band: CardNode, height: number): Promise<Buffer> {
  const key = JSON.stringify(band);
  let pixels = bandCache.get(key);
  if (!pixels) {
    if (bandCache.size >= BAND_CACHE_LIMIT) bandCache.clear();
    pixels = drawPart(band, height);
    bandCache.set(key, pixels);
    // A failed drawing is not kept: the next card tries again (and reports its own error).
    pixels.catch(() => bandCache.delete(key));
  }
  return pixels;
}

export async function renderCardPng(card: CardNode): Promise<Buffer> {
  const { band, bandHeight, rest } = splitBand(card);
  const [top, bottom] = await Promise.all([band ? bandPixels(band, bandHeight) : undefined, drawPart(rest, CARD_HEIGHT - bandHeight)]);
  const pixels = top ? Buffer.concat([top, bottom], CARD_WIDTH * CARD_HEIGHT * CHANNELS) : bottom;
  return sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: CHANNELS } })
    .png(PNG_OPTIONS)
    .toBuffer();
}
