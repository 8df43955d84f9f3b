/**
 * `npm run screenshots`: builds the site (BUILD_TIME as set, else the clock) into a
 * temporary folder, serves it, and writes a full-page PNG of every page shape (one URL
 * per route pattern, plus the variants in tests/e2e/support/urls.ts) at 320 and 1280 px
 * into screenshots/ (or the folder given as first argument). For looking, not asserting:
 * the layout test (tests/e2e/layout.spec.ts) asserts.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from '../tests/e2e/support/browser.ts';
import { astroBuild, ROOT } from '../tests/e2e/support/build.ts';
import { shapeUrls } from '../tests/e2e/support/shapes.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';

const out = resolve(process.argv[2] ?? join(ROOT, 'screenshots'));
const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
mkdirSync(out, { recursive: true });
const dist = mkdtempSync(join(tmpdir(), 'cancelaria-shots-'));
const env: Record<string, string> = process.env.BUILD_TIME ? { BUILD_TIME: process.env.BUILD_TIME } : {};
const build = astroBuild(ROOT, dist, env);
if (build.status !== 0) {
  console.error(build.output);
  process.exit(1);
}
const server = await serveStatic(dist);
const browser = await launch();
try {
  const shapes = shapeUrls(dist);
  for (const width of [320, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, path] of shapes) {
      if (only && !only.test(name)) continue;
      await page.goto(server.url + path, { waitUntil: 'load' });
      const file = join(out, `${width}-${(name === 'route /' ? 'home' : name).replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}  ${path}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dist, { recursive: true, force: true });
}
