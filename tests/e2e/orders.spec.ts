/**
 * The register of the prefect's orders and the announcements, in a real browser against
 * the sample built at BUILD_TIME=2026-11-27T12:00: filters are plain links (no script),
 * each choice has its own address and is marked, an order links the orders that changed
 * it, and what is scheduled or closed shows as such.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch } from './support/browser.ts';
import { walk } from './support/dist.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const REGISTER = '/informatii-de-interes-public/ordinele-prefectului/';
const NOTICE = 'Site demonstrativ: instituția, persoanele și datele sunt fictive.';
let browser: Browser;
let page: Page;
const scripts: string[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ timezoneId: 'Europe/Bucharest', locale: 'ro-RO', javaScriptEnabled: false })).newPage();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
});
afterAll(async () => browser?.close());

const filters = () => page.getByRole('navigation', { name: 'Filtrați registrul' });
const listed = async () => (await page.locator('.order-list > li h3').allTextContents()).map((s) => s.trim());
const count = async () => (await page.locator('#numar-ordine').textContent())?.trim();

describe('the register of orders, filtered without JavaScript', () => {
  it('opens on the latest year, highest number first, without the order scheduled for 30 November', async () => {
    await page.goto(`${base}${REGISTER}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ordinele prefectului');
    expect(await listed()).toEqual([
      'Nr. 301 din 24 noiembrie 2026',
      'Nr. 188 din 28 iulie 2026',
      'Nr. 142 din 18 iunie 2026',
      'Nr. 64 din 2 aprilie 2026',
      'Nr. 29 din 16 februarie 2026',
    ]);
    expect(await count()).toBe('5 ordine');
    expect(await filters().getByRole('link', { name: '2026' }).getAttribute('aria-current')).toBe('page');
  });

  it('narrows by kind, then by status, each choice at its own address and marked', async () => {
    await page.goto(`${base}${REGISTER}2026/`);
    await filters().getByRole('link', { name: 'Cu caracter normativ' }).click();
    await page.waitForURL(`${base}${REGISTER}2026/normativ/toate/`);
    expect(await listed()).toEqual(['Nr. 301 din 24 noiembrie 2026', 'Nr. 64 din 2 aprilie 2026', 'Nr. 29 din 16 februarie 2026']);
    expect(await filters().getByRole('link', { name: 'Cu caracter normativ' }).getAttribute('aria-current')).toBe('page');
    expect(await filters().getByRole('link', { name: 'Toate' }).first().getAttribute('aria-current')).toBeNull();

    await filters().getByRole('link', { name: 'Abrogat' }).click();
    await page.waitForURL(`${base}${REGISTER}2026/normativ/abrogat/`);
    expect(await listed()).toEqual([]);
    expect(await page.getByText('Niciun ordin nu corespunde filtrelor alese.').isVisible()).toBe(true);
  });

  it('keeps the kind and status when the year changes, and goes back to all with one link', async () => {
    await page.goto(`${base}${REGISTER}2026/individual/abrogat/`);
    await filters().getByRole('link', { name: '2025' }).click();
    await page.waitForURL(`${base}${REGISTER}2025/individual/abrogat/`);
    expect(await listed()).toEqual(['Nr. 45 din 12 martie 2025']);
    expect(await count()).toBe('1 ordin');
    await filters().getByText('Starea:').locator('..').getByRole('link', { name: 'Toate' }).click();
    await page.waitForURL(`${base}${REGISTER}2025/individual/toate/`);
    expect(await listed()).toEqual(['Nr. 112 din 10 aprilie 2025', 'Nr. 45 din 12 martie 2025']);
  });

  it('leads from a repealed order to the order that repealed it, and back', async () => {
    await page.goto(`${base}${REGISTER}2025/individual/abrogat/`);
    await page.getByRole('link', { name: 'Nr. 45 din 12 martie 2025' }).click();
    await page.waitForURL(`${base}${REGISTER}ordin-45-2025/`);
    expect(await page.getByRole('note').textContent()).toContain('Abrogat prin: Nr. 188/2026');
    await page.getByRole('note').getByRole('link', { name: 'Nr. 188/2026' }).click();
    await page.waitForURL(`${base}${REGISTER}ordin-188-2026/`);
    await page.getByRole('link', { name: 'Nr. 45/2025' }).click();
    await page.waitForURL(`${base}${REGISTER}ordin-45-2025/`);
  });

  it('offers the signed PDF of a normative order', async () => {
    await page.goto(`${base}${REGISTER}ordin-64-2026/`);
    const link = page.getByRole('link', { name: /Ordinul prefectului nr\. 64/ });
    expect(await link.getAttribute('href')).toBe('/media/2026/ordin-64-2026.pdf');
    const response = await page.request.get(`${base}/media/2026/ordin-64-2026.pdf`);
    expect(response.status()).toBe(200);
  });

  it('has no page for an order not yet made public', async () => {
    const response = await page.goto(`${base}${REGISTER}ordin-309-2026/`);
    expect(response!.status()).toBe(404);
  });
});

describe('announcements by the build time', () => {
  it('shows the open consultation and competition on the home page, not the closed or other ones', async () => {
    await page.goto(`${base}/`);
    const box = page.getByRole('region', { name: 'Consultări și concursuri în desfășurare' });
    expect(await box.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Consultare publică: proiectul de ordin privind aprobarea Regulamentului de funcționare al Colegiului prefectural al județului Alba',
      'Concurs pentru ocuparea unei funcții publice de execuție vacante de consilier, clasa I, grad profesional superior, în Compartimentul Informare și relații publice',
    ]);
  });

  it('marks a consultation closed after its closing date, with its minutes and final act', async () => {
    await page.goto(`${base}/anunturi/2026-02-09-consultare-programul-ghiseelor-pasapoarte-permise/`);
    expect(await page.locator('main .tag').first().textContent()).toBe('Încheiat');
    const docs = page.getByRole('heading', { name: 'Documentele consultării' }).locator('..');
    expect(await docs.getByRole('link').allTextContents()).toEqual(['Proiectul de act', 'Minuta sau sinteza propunerilor', 'Actul adoptat']);
  });

  it('lists competitions under Carieră and consultations under decision-making transparency', async () => {
    await page.goto(`${base}/informatii-de-interes-public/cariera/`);
    expect(await page.locator('.announcement-list h3').allTextContents()).toHaveLength(2);
    await page.goto(`${base}/informatii-de-interes-public/consultari-publice/`);
    const open = page.getByRole('region', { name: 'În desfășurare' });
    expect(await open.locator('.tag').allTextContents()).toEqual(['În desfășurare']);
  });

  it('loads no JavaScript', () => {
    expect(scripts).toEqual([]);
  });
});

describe('the demonstration notice', () => {
  it('is on every page, at the top of every feed and of every plain-text release', () => {
    const missing: string[] = [];
    for (const file of walk(dist)) {
      if (!/\.(html|xml|ics|txt)$/.test(file) || file.endsWith('robots.txt') || file.endsWith('sitemap.xml') || file.includes('/admin/')) continue;
      // iCalendar folds long lines and escapes commas.
      const text = readFileSync(file, 'utf8').replace(/\r?\n /g, '').replace(/\\,/g, ',').replace(NOTICE.toUpperCase(), NOTICE);
      if (!text.includes(NOTICE)) missing.push(file.slice(dist.length));
    }
    expect(missing).toEqual([]);
  });

  it('is the first thing on the page', async () => {
    await page.goto(`${base}/comunicate/`);
    expect((await page.locator('body').innerText()).split('\n').filter(Boolean).slice(0, 2)).toContain(NOTICE);
  });
});

