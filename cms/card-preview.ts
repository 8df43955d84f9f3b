/**
 * The social card in the CMS preview: the build's template (src/og/template.ts) and the
 * same font files, drawn by Satori in the browser as SVG, so a press officer sees the card
 * the networks will show, a clipped title included, before publishing. Satori and the
 * fonts load on first use only.
 */
import { createElement as h, useEffect, useState } from 'react';
import latin400 from '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latin700 from '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinExt400 from '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinExt700 from '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import cyrillic400 from '../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillic700 from '../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url';
import greek400 from '../node_modules/@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url';
import greek700 from '../node_modules/@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff?url';
import { t } from '../src/i18n/ro.ts';
import { cardAlt } from '../src/og/content.ts';
import { FONT_FILES } from '../src/og/font-files.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardBrand, type CardContent } from '../src/og/template.ts';

const FONT_URLS: Record<string, string> = {
  'noto-sans-latin-400-normal.woff': latin400,
  'noto-sans-latin-700-normal.woff': latin700,
  'noto-sans-latin-ext-400-normal.woff': latinExt400,
  'noto-sans-latin-ext-700-normal.woff': latinExt700,
  'noto-sans-cyrillic-400-normal.woff': cyrillic400,
  'noto-sans-cyrillic-700-normal.woff': cyrillic700,
  'noto-sans-greek-400-normal.woff': greek400,
  'noto-sans-greek-700-normal.woff': greek700,
};

let brand: CardBrand | undefined;

/** Set by the admin entry from the identity the build embedded in the page (the same as the cards'). */
export function setCardBrand(b: CardBrand) {
  brand = b;
}

type Draw = (content: CardContent, brand: CardBrand) => Promise<string>;
let engine: Promise<Draw> | undefined;

function loadEngine(): Promise<Draw> {
  engine ??= (async () => {
    const fonts = await Promise.all(
      FONT_FILES.map(async (f) => {
        const url = FONT_URLS[f.file];
        if (!url) throw new Error(`font ${f.file} is not bundled`);
        return { name: f.family, data: await (await fetch(url)).arrayBuffer(), weight: f.weight, style: 'normal' as const };
      }),
    );
    const { default: satori } = await import('satori');
    return (content, b) => satori(cardTree(content, b) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  })();
  return engine;
}

/** The card of the entry being edited, redrawn as its fields change. */
export function SocialCardPreview({ content, intro = 'card.preview.intro' }: { content: CardContent; intro?: 'card.preview.intro' | 'card.preview.introEvent' }) {
  const [svg, setSvg] = useState<string>();
  const [error, setError] = useState<string>();
  const key = JSON.stringify(content);
  useEffect(() => {
    let live = true;
    if (!brand) return undefined;
    const b = brand;
    // A short pause lets typing settle before the card is redrawn.
    const timer = setTimeout(() => {
      loadEngine()
        .then((draw) => draw(content, b))
        .then(
          (s) => live && (setSvg(s), setError(undefined)),
          (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
        );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);
  if (!brand) return null;
  return h(
    'section',
    { className: 'social-card-preview', 'aria-labelledby': 'card-preview-title' },
    h('h2', { id: 'card-preview-title' }, t('card.preview.title')),
    h('p', null, t(intro)),
    svg
      ? h('img', {
          src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
          width: CARD_WIDTH / 2,
          height: CARD_HEIGHT / 2,
          alt: cardAlt(content, brand),
          'data-social-card': '',
          style: { maxWidth: '100%', height: 'auto', border: '1px solid #b1b4b6' },
        })
      : h('p', { role: 'status' }, error ? `${t('card.preview.failed')} ${error}` : t('card.preview.loading')),
  );
}
