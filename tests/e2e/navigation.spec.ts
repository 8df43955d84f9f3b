/** A journalist's and a citizen's paths through the site, in real Chromium. */
import ICAL from 'ical.js';
import { ROMA_DOMAINS } from '../../src/model/roma-plan.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';
import { published, testNow } from './support/content.ts';
import { LAW_544_ITEMS } from '../../src/model/page.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { ROOT } from './support/build.ts';
import type { Event } from '../../src/model/event.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
const events = (checkContent(ROOT).entries.get('events') ?? []) as { id: string; data: Event }[];

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ timezoneId: 'Europe/Bucharest', locale: 'ro-RO' })).newPage();
});
afterAll(async () => browser?.close());

const nav = (name: string) => page.getByRole('navigation', { name: 'Navigare principală' }).getByRole('link', { name, exact: true });
const h1 = async () => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

describe('public information (Law 544/2001 art. 5(1))', () => {
  it('reaches a page for every letter in two clicks from the home page', async () => {
    for (const item of LAW_544_ITEMS) {
      await page.goto(`${base}/`);
      await nav('Informații de interes public').click();
      await page.waitForURL(`${base}/informatii-de-interes-public/`);
      const row = page.getByRole('row', { name: new RegExp(`^${item.value}\\)`) });
      await row.getByRole('link').first().click();
      await page.waitForURL(/\/informatii-de-interes-public\/.+\//);
      expect(await h1()).toBeTruthy();
    }
  });

  it('offers the request and complaint forms as downloads', async () => {
    await page.goto(`${base}/informatii-de-interes-public/solicitare-informatii/`);
    const links = page.locator('.attachments a[download]');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect((await fetch(`${base}${href}`)).status).toBe(200);
    expect(await page.locator('.attachments').textContent()).toMatch(/PDF, [\d,]+ kB/);
  });
});

describe('a journalist', () => {
  it('finds the spokesperson and the accreditation rules', async () => {
    await page.goto(`${base}/`);
    await nav('Pentru presă').click();
    await page.waitForURL(`${base}/presa/`);
    const main = await page.textContent('main');
    expect(main).toContain('Andreea Lazăr');
    expect(main).toMatch(/acredit/i);
    expect(main).toMatch(/2 zile|două zile/);
  });

  it('adds the next press conference to a calendar', async () => {
    const next = events
      .filter((e) => e.data.type === 'conferinta-de-presa' && !e.data.cancelled && e.data.start > testNow && !e.data.draft)
      .sort((a, b) => a.data.start.getTime() - b.data.start.getTime())[0]!;
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: next.data.title }).first().click();
    await page.waitForURL(`${base}/evenimente/${next.id}/`);
    const href = await page.getByRole('link', { name: /Adaugă în calendar/ }).getAttribute('href');
    const res = await fetch(`${base}${href}`);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(await res.text()));
    for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const vevent = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
    expect(vevent.startDate.toJSDate().getTime()).toBe(next.data.start.getTime());
    expect(vevent.summary).toBe(next.data.title);
  });

  it('copies a release as plain text', async () => {
    const r = published[0]!;
    await page.goto(`${base}/comunicate/${r.id}/`);
    const href = await page.getByRole('link', { name: /text simplu/ }).getAttribute('href');
    const res = await fetch(`${base}${href}`);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toContain(r.data.title);
    expect(text).toContain(r.data.summary);
    expect(text).not.toMatch(/[<>]|\*\*/);
  });

  it('browses the archive by year and by topic', async () => {
    await page.goto(`${base}/comunicate/`);
    await page.locator('.archive-nav').getByRole('link', { name: '2025' }).click();
    await page.waitForURL(`${base}/comunicate/an/2025/`);
    const dates = await page.locator('.release-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(5);
    for (const d of dates) expect(d.startsWith('2025-')).toBe(true);
    await page.locator('.archive-nav').getByRole('link', { name: 'Situații de urgență' }).click();
    await page.waitForURL(`${base}/comunicate/teme/situatii-de-urgenta/`);
    expect(await h1()).toBe('Comunicate de presă: Situații de urgență');
  });

  it('prints a release without the site chrome', async () => {
    await page.goto(`${base}/comunicate/${published[0]!.id}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('a citizen', () => {
  it('sees the Roma action plan progress as a chart and as a table', async () => {
    await page.goto(`${base}/`);
    await nav('Incluziunea romilor').click();
    const chart = page.getByRole('img', { name: 'Stadiul măsurilor pe domenii' });
    await expect(chart.isVisible()).resolves.toBe(true);
    const table = page.locator('section:has(#stadiu) table');
    expect(await table.locator('tbody tr').count()).toBe(ROMA_DOMAINS.length);
    const total = await table.locator('tfoot td').last().textContent();
    expect(Number(total)).toBeGreaterThanOrEqual(24);
  });

  it('finds the audience hours of the prefect', async () => {
    await page.goto(`${base}/`);
    await nav('Audiențe').click();
    expect(await page.textContent('main')).toContain('Adrian Mureșan');
  });

  it('finds the accessibility statement from any page footer', async () => {
    await page.goto(`${base}/romi/masuri/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Declarație de accesibilitate' }).click();
    await page.waitForURL(`${base}/accesibilitate/`);
    expect(await page.textContent('main')).toMatch(/WCAG 2\.1/);
  });

  it('gets a Romanian 404 page for a wrong address', async () => {
    const res = await page.goto(`${base}/comunicate/nu-exista/`);
    expect(res!.status()).toBe(404);
    expect(await h1()).toBe('Pagina nu a fost găsită');
  });
});
