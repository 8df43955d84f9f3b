import { launch } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
const dist = process.argv[2]!;
const server = await serveStatic(dist);
const browser = await launch();
try {
  for (const width of [320, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of ['/comunicate/pagina/7/', '/comunicate/']) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      const el = page.locator('nav.pagination');
      await el.scrollIntoViewIfNeeded();
      await el.screenshot({ path: `/tmp/shot-${width}-${path.replace(/\W+/g, '-')}.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      console.log(width, path, 'horizontal overflow:', overflow);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
