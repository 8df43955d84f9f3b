/**
 * Social cards drawn for real (Satori, the @fontsource fonts, resvg, sharp): size, Romanian
 * letters, long titles, logos, what the PNG carries, and the content-hash cache.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/lib/settings.ts';
import { cardHash, cardJob, ensureCards } from '../../src/og/cards.ts';
import { cardBrand, eventCard, releaseCard } from '../../src/og/content.ts';
import { CARD_FONTS } from '../../src/og/fonts.ts';
import { readLogo } from '../../src/og/logo.ts';
import { cardSvg, renderCardPng, splitBand } from '../../src/og/render.ts';
import { cardTree, CARD_FONT_FAMILIES, logoBox, type CardBrand, type CardContent, type CardNode } from '../../src/og/template.ts';

const ROOT = join(import.meta.dirname, '../..');
const settings = loadSettings(ROOT);
const publicDir = join(ROOT, 'public');
const brand = cardBrand(settings, readLogo(publicDir, settings.logo.src));
const date = new Date('2026-11-20T12:30:00Z');
const release = (title: string, extra: Partial<Parameters<typeof releaseCard>[0]> = {}) => releaseCard({ title, type: 'comunicat', date, ...extra });

async function pixels(png: Buffer): Promise<Buffer> {
  return (await sharp(png).raw().toBuffer()) as Buffer;
}
async function draw(content: CardContent, b: CardBrand = brand): Promise<Buffer> {
  return renderCardPng(cardTree(content, b));
}

/** PNG chunk types in file order. */
function chunks(png: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    types.push(png.toString('latin1', at + 4, at + 8));
    at += 12 + length;
  }
  return types;
}

describe('a card', () => {
  it('is a 1200×630 PNG carrying pixels only: no text chunk, no title in its bytes', async () => {
    const title = 'Ședința Comitetului Județean pentru Situații de Urgență';
    const png = await draw(release(title));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(chunks(png).filter((c) => !['IHDR', 'pHYs', 'IDAT', 'IEND', 'PLTE', 'tRNS'].includes(c))).toEqual([]);
    for (const needle of [title, 'Comitetului', 'Situații']) expect(png.includes(Buffer.from(needle))).toBe(false);
  });
});

describe('Romanian letters', () => {
  // A letter no font has: what a missing glyph looks like on a card.
  let missing: Buffer;
  const word = (letter: string) => release(`Titlu ${letter}${letter}${letter}`);

  it.each([
    ['ș', 'ț'],
    ['ă', 'a'],
    ['Ș', 'Ț'],
    ['Ă', 'Â'],
    ['î', 'i'],
  ])('titles differing only in %s and %s render differently', async (a, b) => {
    expect((await pixels(await draw(word(a)))).equals(await pixels(await draw(word(b))))).toBe(false);
  });

  it.each([...'ăâîșțĂÂÎȘȚ'])('%s is drawn in regular and bold, not left blank', async (letter) => {
    missing ??= await pixels(await draw(word('\uE000')));
    // The title is bold, the footer's second line (events) regular.
    expect((await pixels(await draw(word(letter)))).equals(missing)).toBe(false);
    const regular = (l: string) => draw(eventCard({ title: 'Ședință', type: 'sedinta', start: date, location: `Sala ${l}${l}${l}` }));
    expect((await pixels(await regular(letter))).equals(await pixels(await regular('\uE000')))).toBe(false);
  });

  it.each(['Київ', 'Αθήνα', 'Київ Αθήνα'])('Cyrillic and Greek (%s) are drawn too', async (word_) => {
    expect((await pixels(await draw(release(word_)))).equals(await pixels(await draw(release('\uE000\uE000\uE000\uE000'))))).toBe(false);
    expect((await pixels(await draw(release(word_)))).equals(await pixels(await draw(release(`${word_.slice(0, -1)}\uE000`))))).toBe(false);
  });

  it('would draw ș and ț alike without the latin-ext fonts (the check above can fail)', async () => {
    const latinOnly = CARD_FONTS.filter((f) => f.name === CARD_FONT_FAMILIES[0]);
    const svg = (letter: string) => satori(cardTree(word(letter), { ...brand, logo: undefined }) as never, { width: 1200, height: 630, fonts: latinOnly });
    expect(await svg('ș')).toBe(await svg('ț'));
  });
});

describe('long titles', () => {
  const title160 = 'Prefectul județului Alba a convocat Comitetul Județean pentru Situații de Urgență după avertizarea cod roșu de inundații pe Arieș, Târnava Mare și Sebeș';
  const isWhite = (raw: Buffer, y0: number, y1: number) => {
    for (let y = y0; y < y1; y++) for (let x = 0; x < 1200; x++) if (raw[(y * 1200 + x) * 3]! < 250 || raw[(y * 1200 + x) * 3 + 2]! < 250) return false;
    return true;
  };

  it.each([
    ['160 characters', title160.padEnd(160, ' și').slice(0, 160)],
    ['300 characters of long words', 'Administrativ-teritoriale '.repeat(12)],
    ['one 160-character word', 'Ș'.repeat(160)],
  ])('%s stay above the footer', async (_, title) => {
    const raw = (await sharp(await draw(release(title, { withdrawn: {} }))).removeAlpha().raw().toBuffer()) as Buffer;
    // The title box ends at y = 502; the accent stripe starts at y = 520.
    expect(isWhite(raw, 504, 520)).toBe(true);
  });
});

describe('the logo', () => {
  it.each(['/media/identitate/sigla.svg', '/media/identitate/sigla.png'])('%s is drawn', async (src) => {
    const logo = readLogo(publicDir, src);
    expect(logo?.width).toBeGreaterThan(0);
    const content = release('Titlu');
    const withLogo = await pixels(await draw(content, { ...brand, logo }));
    expect(withLogo.equals(await pixels(await draw(content, { ...brand, logo: undefined })))).toBe(false);
  });
});

describe('the card cache', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const jobsOf = (titles: string[]) => titles.map((t) => cardTree(release(t), brand)).map((tree) => ({ hash: cardHash(tree), tree }));

  it('draws each card once: nothing on an unchanged run, one after one title changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cancelaria-cards-'));
    dirs.push(cacheDir);
    const titles = ['Unu', 'Doi', 'Trei'];
    expect((await ensureCards(jobsOf(titles), { cacheDir })).rendered).toBe(3);
    expect((await ensureCards(jobsOf(titles), { cacheDir })).rendered).toBe(0);
    const changed = ['Unu', 'Doi (actualizat)', 'Trei'];
    expect((await ensureCards(jobsOf(changed), { cacheDir, prune: true })).rendered).toBe(1);
    expect(readdirSync(cacheDir).sort()).toEqual(jobsOf(changed).map((j) => `${j.hash}.png`).sort());
  });

  it('makes a card’s job once per process: the same content and brand give the same job, another title another', () => {
    const job = cardJob(release('Titlu comun'), brand);
    expect(cardJob(release('Titlu comun'), { ...brand })).toBe(job);
    expect(job.hash).toBe(cardHash(cardTree(release('Titlu comun'), brand)));
    expect(cardJob(release('Titlu comun.'), brand)).not.toBe(job);
    expect(cardJob(release('Titlu comun'), { ...brand, primary: '#000000' }).hash).not.toBe(job.hash);
  });

  it('changes the hash with any visible input and only then', () => {
    const base = cardHash(cardTree(release('Titlu'), brand));
    expect(cardHash(cardTree(release('Titlu'), brand))).toBe(base);
    for (const other of [
      cardTree(release('Titlu.'), brand),
      cardTree(release('Titlu', { corrections: [{}] }), brand),
      cardTree(release('Titlu', { number: '1/2026' }), brand),
      cardTree(release('Titlu'), { ...brand, primary: '#000000' }),
      cardTree(release('Titlu'), { ...brand, logo: readLogo(publicDir, '/media/identitate/sigla.png') }),
    ])
      expect(cardHash(other)).not.toBe(base);
  });

  it('draws a large batch on worker threads, the same pixels as in process', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cancelaria-cards-'));
    dirs.push(cacheDir);
    const jobs = jobsOf(Array.from({ length: 14 }, (_, i) => `Comunicatul ${i} despre ședința și țara`));
    const lines: string[] = [];
    expect((await ensureCards(jobs, { cacheDir, threads: 2, log: (l) => lines.push(l) })).rendered).toBe(14);
    expect(lines.at(-1)).toMatch(/^carduri sociale: 14 desenate, 0 din cache/);
    const fromWorker = readFileSync(join(cacheDir, `${jobs[3]!.hash}.png`));
    expect((await pixels(fromWorker)).equals(await pixels(await renderCardPng(jobs[3]!.tree)))).toBe(true);
  }, 60_000);
});

describe('the band, drawn once per thread', () => {
  const withdrawn = release('Retras: ședința de azi', { withdrawn: {}, number: '13/2026' });
  const event = eventCard({ title: 'Conferință de presă', type: 'conferinta', start: date, location: 'Sala de presă' });

  it('is the same tree whatever the content: only the institution is in it', () => {
    const bands = [release('Unu'), withdrawn, event].map((c) => JSON.stringify(splitBand(cardTree(c, brand)).band));
    expect(bands[0]).toContain(brand.name);
    expect(new Set(bands).size).toBe(1);
    expect(splitBand(cardTree(release('Unu'), brand)).bandHeight).toBe(144);
  });

  it.each([
    ['a release', release('Ședința Comitetului Județean pentru Situații de Urgență', { number: '412/2026' })],
    ['a withdrawn release', withdrawn],
    ['an event', event],
  ])('%s: the card in two parts has the pixels of the card drawn whole', async (_, content) => {
    const tree = cardTree(content, brand);
    // The whole card in one SVG, the logo composited where the renderer puts it.
    const box = logoBox(brand.logo!);
    const logoLess = JSON.parse(JSON.stringify(tree).replace(/\{"type":"img","props":\{[^}]*"data-card-logo":true,"style":\{[^}]*\}\}\}/, JSON.stringify({ type: 'div', props: { style: { flexShrink: 0, marginRight: 24, display: 'flex', width: box.width, height: box.height } } }))) as CardNode;
    expect(JSON.stringify(logoLess)).not.toContain('data-card-logo');
    const whole = new Resvg(await cardSvg(logoLess), { font: { loadSystemFonts: false } }).render();
    const logoPng = await sharp(Buffer.from(brand.logo!.src.slice(brand.logo!.src.indexOf(',') + 1), 'base64'), { density: 300 })
      .resize(box.width, box.height, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    const expected = await sharp(whole.pixels, { raw: { width: 1200, height: 630, channels: 4 } }).composite([{ input: logoPng, left: box.left, top: box.top }]).raw().toBuffer();
    expect((await pixels(await draw(content))).equals(expected)).toBe(true);
  });

  it('refuses a band row without a fixed height, or band rows after the others', () => {
    const tree = cardTree(release('Titlu'), brand);
    const rows = tree.props.children as CardNode[];
    const loose = { ...tree, props: { ...tree.props, children: [{ ...rows[0]!, props: { ...rows[0]!.props, style: { ...rows[0]!.props.style, height: 'auto' } } }, ...rows.slice(1)] } };
    expect(() => splitBand(loose)).toThrow(/fixed height/);
    const late = { ...tree, props: { ...tree.props, children: [rows[2]!, rows[0]!, rows[1]!, ...rows.slice(3)] } };
    expect(() => splitBand(late)).toThrow(/first children/);
  });
});
