/**
 * Layout in real Chromium, over every page shape of the built site (one URL per route
 * pattern, from the sitemap, plus the variants that render differently) at 320 px (the
 * WCAG 1.4.10 reflow width) and 1280 px: the page never scrolls sideways, and no
 * bordered or shaded box holds content wider than itself.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';
import { layoutFaults } from './support/layout.ts';
import { shapeUrls } from './support/shapes.ts';

const base = inject('baseUrl');
const shapes = shapeUrls(inject('distDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe.each([320, 1280])('at %i px', (width) => {
  it('covers every route pattern of src/pages', () => {
    expect(shapes.filter(([name]) => name.startsWith('route ')).length).toBeGreaterThanOrEqual(20);
  });

  it.each(shapes)('%s (%s) neither scrolls sideways nor spills out of a box', async (_name, path) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(base + path);
      expect(await layoutFaults(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the layout check itself', () => {
  it('catches a page that scrolls sideways and a box its content overflows', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 600 } });
    try {
      await page.setContent('<body style="margin:0"><div style="border:1px solid;width:200px"><p style="width:400px">x</p></div></body>');
      const faults = await layoutFaults(page);
      expect(faults.map((f) => f.what)).toEqual(['page scrolls sideways', 'content wider than its box']);
    } finally {
      await page.close();
    }
  });
});
