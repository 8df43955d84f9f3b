/**
 * Social cards of the built sample site: every page announces one that exists, with the
 * tags the networks read; public releases and events have their own; nothing unpublished
 * has a card; and the content-hash cache draws nothing on an unchanged rebuild and exactly
 * one card after one title changes (builds of a throwaway copy with its own cache).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { isPublished } from '../../src/lib/publishing.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { CARD_SECTIONS } from '../../src/og/content.ts';
import { astroBuild, ROOT } from './support/build.ts';
import { published, testNow, unpublished } from './support/content.ts';
import { walk } from './support/dist.ts';

const dist = inject('distDir');
const { siteUrl } = loadSettings(ROOT);
const events = (checkContent(ROOT).entries.get('events') ?? []) as { id: string; data: { draft?: boolean } }[];
const publicEvents = events.filter((e) => isPublished(e.data, testNow));

/** The og/twitter tags of a built page, by property or name. */
function tags(htmlFile: string): Map<string, string> {
  const html = readFileSync(htmlFile, 'utf8');
  return new Map([...html.matchAll(/<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&')]));
}

/** The file a card URL names, after checking the URL is absolute on the site. */
function cardFile(url: string, where: string): string {
  expect(url.startsWith(`${siteUrl}/carduri/`), `${where}: ${url}`).toBe(true);
  return join(dist, new URL(url).pathname);
}

const cards = [...walk(join(dist, 'carduri'))];

describe('social cards of the built site', () => {
  it('give every public release its own 1200×630 PNG, announced with every tag', async () => {
    for (const r of published) {
      const page = join(dist, 'comunicate', r.id, 'index.html');
      const t = tags(page);
      const file = cardFile(t.get('og:image')!, r.id);
      expect(relative(dist, file)).toMatch(new RegExp(`^carduri/comunicate/${r.id}-[0-9a-f]{12}\\.png$`));
      expect(existsSync(file), file).toBe(true);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height], r.id).toEqual(['png', 1200, 630]);
      expect(t.get('og:image:type')).toBe('image/png');
      expect(t.get('og:image:width')).toBe('1200');
      expect(t.get('og:image:height')).toBe('630');
      expect(t.get('og:image:alt')).toContain(r.data.title);
      expect(t.get('twitter:card')).toBe('summary_large_image');
      expect(t.get('twitter:image')).toBe(t.get('og:image'));
    }
  });

  it('give every public event its own card', () => {
    expect(publicEvents.length).toBeGreaterThan(0);
    for (const e of publicEvents) {
      const url = tags(join(dist, 'evenimente', e.id, 'index.html')).get('og:image')!;
      expect(url, e.id).toMatch(new RegExp(`/carduri/evenimente/${e.id}-[0-9a-f]{12}\\.png$`));
      expect(existsSync(cardFile(url, e.id))).toBe(true);
    }
  });

  it('leave no page without a card: the others show their section’s', () => {
    const pages = [...walk(dist)].filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(100);
    for (const p of pages) {
      const url = tags(p).get('og:image');
      expect(url, relative(dist, p)).toBeDefined();
      expect(existsSync(cardFile(url!, relative(dist, p))), relative(dist, p)).toBe(true);
    }
    const section = (path: string) => tags(join(dist, path, 'index.html')).get('og:image');
    expect(section('romi/masuri')).toMatch(/\/carduri\/sectiuni\/romi-[0-9a-f]{12}\.png$/);
    expect(section('comunicate/teme')).toMatch(/\/carduri\/sectiuni\/comunicate-/);
    expect(section('accesibilitate')).toMatch(/\/carduri\/sectiuni\/acasa-/);
  });

  it('make exactly the cards of public entries and sections, none for a draft or an embargoed release', () => {
    expect(unpublished.length).toBeGreaterThan(0);
    expect(cards.length).toBe(published.length + publicEvents.length + CARD_SECTIONS.length);
    for (const r of unpublished) {
      for (const f of cards) expect(relative(dist, f).includes(r.id), `${relative(dist, f)} names ${r.id}`).toBe(false);
    }
  });
});

describe('the card cache across builds', () => {
  const copy = mkdtempSync(join(tmpdir(), 'cancelaria-cards-copy-'));
  const cache = mkdtempSync(join(tmpdir(), 'cancelaria-cards-cache-'));
  const out = mkdtempSync(join(tmpdir(), 'cancelaria-cards-dist-'));
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', '.cache']);
  cpSync(ROOT, copy, { recursive: true, filter: (src) => !skip.has(src.slice(ROOT.length + 1).split('/')[0]!) });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  afterAll(() => [copy, cache, out].forEach((d) => rmSync(d, { recursive: true, force: true })));

  const build = () => {
    const r = astroBuild(copy, out, { CARDS_CACHE_DIR: cache });
    expect(r.status, r.output).toBe(0);
    const drawn = /carduri sociale: (\d+) desenate, (\d+) din cache/.exec(r.output);
    expect(drawn, r.output).not.toBeNull();
    return { drawn: Number(drawn![1]), reused: Number(drawn![2]) };
  };
  const cardOf = (id: string) => readdirSync(join(out, 'carduri/comunicate')).filter((f) => f.startsWith(`${id}-`));

  it('draws every card on a cold build, none on an unchanged rebuild, one after a title changes', () => {
    const total = published.length + publicEvents.length + CARD_SECTIONS.length;
    expect(build()).toEqual({ drawn: total, reused: 0 });
    expect(build()).toEqual({ drawn: 0, reused: total });

    const r = published[3]!;
    const before = cardOf(r.id);
    const file = join(copy, r.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`title: "${r.data.title}"`, `title: "${r.data.title} (actualizat)"`));
    expect(readFileSync(file, 'utf8')).toContain('(actualizat)');
    expect(build()).toEqual({ drawn: 1, reused: total - 1 });
    // A new address for the changed card, so that the networks fetch it again.
    const after = cardOf(r.id);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect(readFileSync(join(out, 'comunicate', r.id, 'index.html'), 'utf8')).toContain(`/carduri/comunicate/${after[0]}`);
    // The cache keeps the cards in use only.
    expect(readdirSync(join(cache, new URL(siteUrl).host))).toHaveLength(total);
  }, 240_000);
});
