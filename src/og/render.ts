/**
 * One card to PNG: Satori draws the element tree as SVG (text as paths, with the fonts
 * loaded once), sharp rasterises it and composites the logo (drawn once per build at its
 * size), then encodes. sharp writes no text chunks, so nothing but pixels leaves with the file.
 */
import satori from 'satori';
import sharp from 'sharp';
import { fontsFor, PNG_OPTIONS } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, LOGO_NODE, logoBox, type CardNode } from './template.ts';

export async function cardSvg(tree: CardNode): Promise<string> {
  return satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fontsFor(JSON.stringify(tree)) });
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

export async function renderCardPng(card: CardNode): Promise<Buffer> {
  const { tree, logo } = detachLogo(card);
  const svg = await cardSvg(tree);
  let image = sharp(Buffer.from(svg));
  if (logo) image = image.composite([{ input: await logoPng(logo), left: logo.box.left, top: logo.box.top }]);
  return image.png(PNG_OPTIONS).toBuffer();
}
