/** axe-core in real Chromium over every page type: no WCAG 2.1 A/AA violation. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';
import { PAGE_TYPES } from './support/urls.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ timezoneId: 'Europe/Bucharest', locale: 'ro-RO' });
});
afterAll(async () => browser?.close());

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it.each(Object.entries(PAGE_TYPES))('%s (%s)', async (_, path) => {
    const page = await context.newPage();
    const response = await page.goto(`${base}${path}`);
    expect(response!.status()).toBe(path === '/nu-exista/' ? 404 : 200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(summary).toEqual([]);
    await page.close();
  });

  it('shows a visible focus indicator and a working skip link', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Sari la conținut' });
    await expect(skip.isVisible()).resolves.toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('continut');
    await page.close();
  });
});
