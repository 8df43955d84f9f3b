/** What each social card says, and the pure helpers around it (no drawing). */
import { describe, expect, it } from 'vitest';
import { CARD_SECTIONS, cardAlt, cardBrand, drawable, eventCard, releaseCard, sectionCard, sectionOf } from '../../src/og/content.ts';
import { imageSize } from '../../src/og/logo.ts';
import { cardCacheDir } from '../../src/og/store.ts';
import { cardTree, titleFit } from '../../src/og/template.ts';

const date = new Date('2026-11-20T12:30:00Z'); // 14:30 in Bucharest

describe('release cards', () => {
  it.each([
    ['a release', {}, 'Comunicat de presă', undefined],
    ['a numbered invitation', { type: 'invitatie-de-presa', number: '12/2026' }, 'Invitație de presă · Nr. 12/2026', undefined],
    ['a corrected release', { corrections: [{ note: 'x' }] }, 'Comunicat de presă', 'CORECTAT'],
    ['a withdrawn release (withdrawal wins)', { withdrawn: { reason: 'x' }, corrections: [{}] }, 'Comunicat de presă', 'RETRAS'],
  ])('%s', (_, extra, label, mark) => {
    const card = releaseCard({ title: 'Titlu', date, ...extra });
    expect(card.label).toBe(label);
    expect(card.mark?.text).toBe(mark);
    expect(card.meta).toEqual(['20 noiembrie 2026']);
  });
});

describe('event cards', () => {
  const start = new Date('2026-12-03T09:00:00Z');
  it('say the day, the hour and the place in Romanian', () => {
    const card = eventCard({ title: 'Conferință', type: 'conferinta-de-presa', start, end: new Date('2026-12-03T10:00:00Z'), location: 'Sala de ședințe' });
    expect(card).toMatchObject({ label: 'Conferință de presă', meta: ['joi, 3 decembrie 2026, ora 11:00–12:00', 'Sala de ședințe'] });
    expect(card.mark).toBeUndefined();
  });
  it('give the end day of an event over several days, and mark a cancelled one', () => {
    const card = eventCard({ title: 'X', type: 'sedinta', start, end: new Date('2026-12-04T10:00:00Z'), location: 'Sala', cancelled: 'amânat' });
    expect(card.meta[0]).toBe('joi, 3 decembrie 2026, ora 11:00 – 4 decembrie 2026, ora 12:00');
    expect(card.mark).toEqual({ text: 'ANULAT', tone: 'danger' });
  });
  it('keep the summer offset (ora 11:00 in July is 08:00 UTC)', () => {
    expect(eventCard({ title: 'X', start: new Date('2026-07-09T08:00:00Z') }).meta[0]).toBe('joi, 9 iulie 2026, ora 11:00');
  });
});

describe('section cards', () => {
  it.each([
    ['/', 'acasa'],
    ['/accesibilitate/', 'acasa'],
    ['/comunicate/teme/x/', 'comunicate'],
    ['/evenimente/', 'evenimente'],
    ['/informatii-de-interes-public/buget/', 'informatii-de-interes-public'],
    ['/strategia-de-comunicare/2021-2024/', 'strategia-de-comunicare'],
    ['/romi/masuri/', 'romi'],
    ['/audiente/', 'audiente'],
    ['/presa/', 'presa'],
  ])('%s shows the %s card', (path, key) => {
    expect(sectionOf(path).key).toBe(key);
  });
  it('exist for the eight sections, each with its own text', () => {
    const inst = { address: 'Piața X nr. 1', postalCode: '510118', city: 'Alba Iulia' };
    const titles = CARD_SECTIONS.map((s) => sectionCard(s, inst).title);
    expect(new Set(titles).size).toBe(8);
    expect(sectionCard(CARD_SECTIONS[0], inst).meta).toEqual(['Piața X nr. 1', '510118 Alba Iulia']);
  });
});

describe('the brand', () => {
  const settings = { institution: { name: 'Instituția Prefectului – Județul Alba', county: 'Alba' }, siteUrl: 'https://ab.prefectura.mai.gov.ro', colors: { primary: '#003b73', accent: '#b8860b' } };
  it('names the county only when the name does not', () => {
    expect(cardBrand(settings).subtitle).toBe('Sala de presă');
    expect(cardBrand({ ...settings, institution: { name: 'Prefectura', county: 'Alba' } }).subtitle).toBe('Județul Alba · Sala de presă');
    expect(cardBrand(settings).host).toBe('ab.prefectura.mai.gov.ro');
  });
  it('gives an alt text with the type, the title, the date and the mark', () => {
    const content = releaseCard({ title: 'Titlu', date, withdrawn: {} });
    expect(cardAlt(content, cardBrand(settings))).toBe('RETRAS · Comunicat de presă · Titlu · 20 noiembrie 2026 · Instituția Prefectului – Județul Alba');
  });
});

describe('title sizes', () => {
  it('shrink as titles grow, never below 44 px, with room for a 160-character title', () => {
    const sizes = [10, 40, 70, 100, 130, 160, 300].map((n) => titleFit('x'.repeat(n)));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!.fontSize).toBeLessThanOrEqual(sizes[i - 1]!.fontSize);
    expect(sizes.at(-1)!.fontSize).toBe(44);
    // 160 characters at 44 px are about four lines of 1070 px.
    expect(titleFit('x'.repeat(160)).lines).toBeGreaterThanOrEqual(5);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(titleFit('ș'.repeat(40)).fontSize).toBe(titleFit('s'.repeat(40)).fontSize);
  });
});

describe('logo sizes', () => {
  const svg = (attrs: string) => new TextEncoder().encode(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" ${attrs}></svg>`);
  it.each([
    ['width and height', 'width="120" height="140"', { width: 120, height: 140 }],
    ['a viewBox only', 'viewBox="0 0 60 30"', { width: 60, height: 30 }],
    ['percentages fall back to the viewBox', 'width="100%" height="100%" viewBox="0,0,10,20"', { width: 10, height: 20 }],
    ['no size at all', '', undefined],
  ])('SVG with %s', (_, attrs, size) => {
    expect(imageSize(svg(attrs), '.svg')).toEqual(size);
  });
  it('reads a PNG header and refuses what is not one', () => {
    const png = new Uint8Array(24);
    png.set([0x49, 0x48, 0x44, 0x52], 12);
    new DataView(png.buffer).setUint32(16, 512);
    new DataView(png.buffer).setUint32(20, 256);
    expect(imageSize(png, '.png')).toEqual({ width: 512, height: 256 });
    expect(imageSize(new Uint8Array(10), '.png')).toBeUndefined();
  });
});

describe('the cache folder', () => {
  it('is per site, under the project or CARDS_CACHE_DIR', () => {
    expect(cardCacheDir('https://ab.prefectura.mai.gov.ro', {}, '/p')).toBe('/p/.cache/carduri/ab.prefectura.mai.gov.ro');
    expect(cardCacheDir('https://cj.prefectura.mai.gov.ro', { CARDS_CACHE_DIR: '/ci/cache' }, '/p')).toBe('/ci/cache/cj.prefectura.mai.gov.ro');
  });
});

describe('drawable text', () => {
  it.each([
    ['emoji (no card font has them)', '🚨 Cod roșu 🌊 pe Arieș 👩‍🚒🇷🇴', 'Cod roșu pe Arieș'],
    ['control and format characters', 'Ședința\u0000\u200bde\tazi\u00ad', 'Ședința de azi'],
    ['Romanian, Hungarian, Cyrillic, Greek: kept', 'ș ț ă î â ő ű Київ Αθήνα', 'ș ț ă î â ő ű Київ Αθήνα'],
  ])('%s', (_, input, expected) => {
    expect(drawable(input)).toBe(expected);
    expect(releaseCard({ title: input }).title).toBe(expected);
  });
});

describe('the tree', () => {
  it('carries the text as given (Satori escapes it when drawing)', () => {
    const tree = JSON.stringify(cardTree(releaseCard({ title: '<b>„Titlu” & ș</b>', date }), cardBrand({ institution: { name: 'I', county: 'C' }, siteUrl: 'https://x.ro', colors: { primary: '#000000', accent: '#ffffff' } })));
    expect(tree).toContain('<b>„Titlu” & ș</b>');
  });
});
