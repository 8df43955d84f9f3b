/**
 * The social card (Open Graph image) as a Satori element tree: one template for the build
 * (Node, rendered to PNG) and for the CMS preview (the browser, rendered to SVG), so what a
 * press officer sees before publishing is what the networks will show. Pure: no Node or
 * browser API, no I/O; the caller passes the text and the institution's identity.
 *
 * Sizes are chosen for the 600×315 thumbnail most networks show: at half size the title is
 * still at least 22 px and the date at least 14 px.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Font families in fallback order. Satori keeps one font per family, weight and style, so
 * the @fontsource subsets cannot share a name: latin-ext (ă ș ț Ș Ț…) is registered as its
 * own family and listed after latin, and every glyph is found in one or the other. Cyrillic
 * and Greek cover names and quotations in those scripts.
 */
export const CARD_FONT_FAMILIES = ['Cancelaria Latin', 'Cancelaria Latin Ext', 'Cancelaria Cyrillic', 'Cancelaria Greek'] as const;

/** A mark over the card: a withdrawn or corrected release, a cancelled event. */
export interface CardMark {
  text: string;
  tone: 'danger' | 'notice';
}

/** What one card says. */
export interface CardContent {
  /** Content type, e.g. „Comunicat de presă · Nr. 412/2026”. */
  label: string;
  title: string;
  /** One or two short lines under the title: the date, for events the day, hour and place. */
  meta: string[];
  mark?: CardMark | undefined;
}

/** The institution's identity on every card, from the settings. */
export interface CardBrand {
  name: string;
  /** A second line under the name (the county when the name does not say it). */
  subtitle?: string | undefined;
  /** The site's host name, shown in the corner: where the shared link leads. */
  host: string;
  primary: string;
  accent: string;
  /** The logo as a data: URI with its intrinsic size; absent, the card has none. */
  logo?: { src: string; width: number; height: number } | undefined;
}

/** A Satori node: the React-element shape without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string; [k: string]: unknown };
}

const h = (type: string, style: Record<string, string | number>, ...children: (CardNode | string | null | undefined | false)[]): CardNode => ({
  type,
  props: { style, children: children.filter((c): c is CardNode | string => Boolean(c)) },
});

const PAD = 64;
const HEADER = 132;
const FOOTER = 104;
const LOGO_HEIGHT = 84;
const INK = '#0b0c0c';
const MUTED = '#505a5f';
/** Height left for the title: the card less the header, its 12 px rule, the top padding, the label line and its gap, the footer, its 6 px stripe and a margin. */
const TITLE_BOX = CARD_HEIGHT - HEADER - 12 - 36 - 44 - 16 - FOOTER - 6 - 10;

/**
 * Where the logo sits, for a renderer that draws it apart: the Node renderer lays the card
 * out with an empty box there and composites the logo with sharp, which is several
 * milliseconds faster per card than an SVG <image> (Satori clips and masks every image).
 */
export function logoBox(logo: NonNullable<CardBrand['logo']>): { left: number; top: number; width: number; height: number } {
  return { left: PAD, top: Math.round((HEADER - LOGO_HEIGHT) / 2), width: Math.round((logo.width / logo.height) * LOGO_HEIGHT), height: LOGO_HEIGHT };
}

/** Marks the logo's node, so that a renderer can find it. */
export const LOGO_NODE = 'data-card-logo';

/**
 * Marks the card's band: its first children, of fixed heights, holding only the
 * institution's identity (logo, name, the rule under them), the same on every card of a
 * site. The Node renderer draws the band once per build and, under it, each card's own
 * rows (render.ts); the browser preview draws the tree whole. Nothing that depends on the
 * content may go into it.
 */
export const BAND_NODE = 'data-card-band';

/**
 * The title's size and line limit from its length: short titles large, long ones smaller,
 * never below 44 px (22 px at the thumbnail size); what still does not fit is cut with an
 * ellipsis by `lineClamp`. Tested at 160 characters, the schema's maximum.
 */
export function titleFit(title: string): { fontSize: number; lines: number; lineHeight: number } {
  const n = [...title].length;
  const fontSize = n <= 40 ? 68 : n <= 70 ? 60 : n <= 100 ? 52 : n <= 130 ? 48 : 44;
  const lineHeight = 1.18;
  return { fontSize, lineHeight, lines: Math.max(1, Math.floor(TITLE_BOX / (fontSize * lineHeight))) };
}

const MARK_COLOURS: Record<CardMark['tone'], { bg: string; fg: string }> = {
  danger: { bg: '#b3261e', fg: '#ffffff' },
  notice: { bg: '#ffdd00', fg: INK },
};

/** The card's element tree. Text is passed as is; Satori escapes it when it draws. */
export function cardTree(content: CardContent, brand: CardBrand): CardNode {
  const fit = titleFit(content.title);
  const box = brand.logo && logoBox(brand.logo);
  const logo: CardNode | null =
    brand.logo && box ? { type: 'img', props: { src: brand.logo.src, width: box.width, height: box.height, [LOGO_NODE]: true, style: { flexShrink: 0, marginRight: 24 } } } : null;
  const mark = content.mark
    ? h(
        'div',
        {
          display: 'flex',
          flexShrink: 0,
          marginLeft: 24,
          padding: '6px 18px',
          backgroundColor: MARK_COLOURS[content.mark.tone].bg,
          color: MARK_COLOURS[content.mark.tone].fg,
          fontSize: 34,
          fontWeight: 700,
          letterSpacing: 2,
        },
        content.mark.text,
      )
    : null;
  // Borders and `overflow: hidden` become SVG masks and clip paths, which make the PNG
  // several times slower to draw; stripes are plain boxes and text is cut by lineClamp.
  const oneLine = { display: 'block', lineClamp: 1, textOverflow: 'ellipsis' } as const;
  const stripe = (height: number, colour: string) => h('div', { display: 'flex', height, flexShrink: 0, backgroundColor: colour });
  const band = (node: CardNode): CardNode => ({ ...node, props: { ...node.props, [BAND_NODE]: true } });
  return h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      color: INK,
      fontFamily: CARD_FONT_FAMILIES.join(', '),
    },
    band(
      h(
        'div',
        { display: 'flex', alignItems: 'center', height: HEADER, flexShrink: 0, padding: `0 ${PAD}px` },
        logo,
        h(
          'div',
          { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
          h('div', { ...oneLine, fontSize: 34, fontWeight: 700, color: brand.primary, lineHeight: 1.2 }, brand.name),
          brand.subtitle ? h('div', { ...oneLine, fontSize: 26, color: MUTED, lineHeight: 1.3 }, brand.subtitle) : null,
        ),
      ),
    ),
    band(stripe(12, brand.primary)),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `36px ${PAD}px 0` },
      h(
        'div',
        { display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: 44, marginBottom: 16 },
        h('div', { ...oneLine, flexShrink: 1, fontSize: 30, fontWeight: 700, color: brand.primary, textTransform: 'uppercase', letterSpacing: 1.5 }, content.label),
        mark,
      ),
      h(
        'div',
        {
          display: 'block',
          fontSize: fit.fontSize,
          lineHeight: fit.lineHeight,
          fontWeight: 700,
          // A withdrawn release or a cancelled event: the title greyed (7:1 on white, still
          // AA) besides the mark, so that the card does not read as current news.
          color: content.mark?.tone === 'danger' ? MUTED : INK,
          lineClamp: fit.lines,
          textOverflow: 'ellipsis',
          overflowWrap: 'anywhere',
        },
        content.title,
      ),
    ),
    stripe(6, brand.accent),
    h(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        height: FOOTER,
        padding: `0 ${PAD}px`,
        flexShrink: 0,
        backgroundColor: brand.primary,
        color: '#ffffff',
      },
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flexShrink: 1, minWidth: 0 },
        ...content.meta.slice(0, 2).map((line, i) => h('div', { ...oneLine, fontSize: content.meta.length > 1 ? 27 : 32, fontWeight: i === 0 ? 700 : 400, lineHeight: 1.25 }, line)),
      ),
      h('div', { display: 'flex', flexShrink: 0, marginLeft: 32, fontSize: 26 }, brand.host),
    ),
  );
}
