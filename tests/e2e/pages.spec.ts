import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './support/browser.ts';
import { published } from './support/content.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
const scripts: string[] = [];

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ timezoneId: 'Europe/Bucharest', locale: 'ro-RO' });
  page = await context.newPage();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
});
afterAll(async () => browser?.close());

describe('press releases in a real browser', () => {
  it('goes from the home page to the list to a release', async () => {
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ro');
    await page.getByRole('navigation', { name: 'Navigare principală' }).getByRole('link', { name: 'Comunicate' }).click();
    await page.waitForURL(`${base}/comunicate/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Comunicate de presă');
    const items = page.locator('.release-list > li');
    expect(await items.count()).toBe(Math.min(20, published.length));

    const newest = published[0]!;
    await page.getByRole('link', { name: newest.data.title, exact: true }).click();
    await page.waitForURL(`${base}/comunicate/${newest.id}/`);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(newest.data.title);
    expect(await page.locator('.lead').textContent()).toBe(newest.data.summary);
  });

  it('shows a correction and a withdrawal where there is one', async () => {
    const corrected = published.find((r) => r.data.corrections.length)!;
    await page.goto(`${base}/comunicate/${corrected.id}/`);
    await expect(page.getByRole('heading', { name: 'Corecturi' }).isVisible()).resolves.toBe(true);
    expect(await page.textContent('article')).toContain(corrected.data.corrections[0]!.note);

    const withdrawn = published.find((r) => r.data.withdrawn)!;
    await page.goto(`${base}/comunicate/${withdrawn.id}/`);
    expect(await page.getByRole('note').textContent()).toContain(withdrawn.data.withdrawn!.reason);
  });

  it('loads no JavaScript', () => {
    expect(scripts).toEqual([]);
  });
});
