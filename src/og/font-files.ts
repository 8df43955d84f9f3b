/**
 * The card's font files, one list for Node (read from node_modules) and the CMS (bundled
 * by Vite): Noto Sans from @fontsource, WOFF (Satori reads TTF, OTF and WOFF, not WOFF2),
 * regular and bold, the latin, latin-ext, cyrillic and greek subsets. latin-ext holds ă ș ț and their
 * capitals; it gets a family name of its own because Satori keeps a single font per
 * family, weight and style (see CARD_FONT_FAMILIES).
 */
import { CARD_FONT_FAMILIES } from './template.ts';

export const FONT_PACKAGE = '@fontsource/noto-sans';

export interface FontFile {
  /** File name inside the package's files/ folder. */
  file: string;
  family: string;
  weight: 400 | 700;
}

export const FONT_FILES: readonly FontFile[] = (['latin', 'latin-ext', 'cyrillic', 'greek'] as const).flatMap((subset, i) =>
  ([400, 700] as const).map((weight) => ({ file: `noto-sans-${subset}-${weight}-normal.woff`, family: CARD_FONT_FAMILIES[i]!, weight })),
);
