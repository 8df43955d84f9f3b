/**
 * The CSP watch itself: a page with an inline script and an inline style, served by the
 * production nginx config, is blocked and reported, so browser tests over the real site
 * would fail on the same mistake. And an SVG opened directly runs no script.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './support/browser.ts';
import { takeCspViolations } from './support/csp.ts';
import { serveWithNginx, type Served } from './support/nginx.ts';

let dir: string;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cancelaria-csp-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="ro"><title>t</title><p id="p" style="color: red">text</p><script>document.title = "rulat"</script>');
  writeFileSync(join(dir, 'grafic.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>document.title = "rulat"</script><rect width="10" height="10"/></svg>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
  served = await serveWithNginx(dir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Content-Security-Policy in Chromium', () => {
  it('blocks and reports an inline script and an inline style on a public page', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${served.url}/`);
    expect(await page.title()).toBe('t');
    expect(await page.locator('#p').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
    const seen: string[] = [];
    const all = () => (seen.push(...takeCspViolations()), seen.join('\n'));
    await expect.poll(all, { timeout: 5000 }).toMatch(/script-src-elem blocked inline/);
    await expect.poll(all, { timeout: 5000 }).toMatch(/style-src-attr blocked inline/);
  });
  it('runs no script in an SVG opened directly (sandbox)', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${served.url}/grafic.svg`);
    await page.waitForTimeout(200);
    expect(await page.title()).not.toBe('rulat');
    takeCspViolations();
  });
});
