/**
 * The card fonts for Node, read once at module scope (Satori caches parsed fonts per
 * array, so every card of a build or of a worker reuses this one), and the key that
 * changes when any byte of them, Satori, resvg or sharp changes: part of every card's hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_FILES, FONT_PACKAGE } from './font-files.ts';
import { CARD_FONT_FAMILIES } from './template.ts';

// Resolved from the project folder (the build's working directory, as for content/), not
// from this module: inside Astro's bundle this module's own URL is a build chunk.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontDir = join(dirname(require.resolve(`${FONT_PACKAGE}/LICENSE`)), 'files');

export const CARD_FONTS = FONT_FILES.map((f) => ({
  name: f.family,
  data: readFileSync(join(fontDir, f.file)),
  weight: f.weight,
  style: 'normal' as const,
}));

const byFamily = (families: string[]) => CARD_FONTS.filter((f) => families.includes(f.name));
const [LATIN, LATIN_EXT, CYRILLIC, GREEK] = CARD_FONT_FAMILIES;
// One array per combination, made once: Satori parses a fonts array the first time it sees it.
const FONT_SETS = {
  base: byFamily([LATIN, LATIN_EXT]),
  cyrillic: byFamily([LATIN, LATIN_EXT, CYRILLIC]),
  greek: byFamily([LATIN, LATIN_EXT, GREEK]),
  all: CARD_FONTS,
};

/**
 * The fonts a card's text needs. Every font passed costs Satori time on every text run
 * (about 3 ms per card for the two extra scripts), and Cyrillic or Greek is rare in a
 * Romanian press room; the glyphs drawn are the same as with all the fonts.
 */
export function fontsFor(text: string) {
  const cyrillic = /[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]/.test(text);
  const greek = /[\u0370-\u03ff\u1f00-\u1fff]/.test(text);
  return cyrillic && greek ? FONT_SETS.all : cyrillic ? FONT_SETS.cyrillic : greek ? FONT_SETS.greek : FONT_SETS.base;
}

/** A package's version, from the package.json above its entry point (not all export it). */
function version(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (json.name === pkg && json.version) return json.version;
    } catch {
      // no package.json at this level
    }
  }
  throw new Error(`cannot find the version of ${pkg}; run npm ci`);
}

/** PNG settings: level 3 is about twice as fast as the default 6 for a few % more bytes. */
export const PNG_OPTIONS = { compressionLevel: 3, adaptiveFiltering: false } as const;

/** Everything besides the element tree that decides a card's pixels. */
export const RENDER_KEY = (() => {
  const h = createHash('sha256');
  for (const f of CARD_FONTS) h.update(f.name).update(String(f.weight)).update(f.data);
  h.update(`satori ${version('satori')} resvg ${version('@resvg/resvg-js')} sharp ${version('sharp')} ${JSON.stringify(PNG_OPTIONS)}`);
  return h.digest('hex');
})();
