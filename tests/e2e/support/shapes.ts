/**
 * Every page shape of a built site: one URL per route pattern of src/pages, read from
 * the built sitemap, plus the variants of one route that render differently (PAGE_TYPES)
 * and the 404 page. Used by the layout test and by `npm run screenshots`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageShapes } from '../../../src/lib/page-shapes.ts';
import { ROOT } from './build.ts';
import { PAGE_TYPES } from './urls.ts';

function routeFiles(dir = join(ROOT, 'src/pages')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? routeFiles(join(dir, d.name)) : [relative(join(ROOT, 'src/pages'), join(dir, d.name))],
  );
}

/** [name, path] pairs, route patterns first, then the named variants not already covered. */
export function shapeUrls(distDir: string): [string, string][] {
  const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const byRoute = pageShapes(routeFiles().filter((f) => !f.startsWith('admin/')), urls);
  const out: [string, string][] = [...byRoute].map(([route, url]) => [`route ${route}`, url]);
  const seen = new Set(out.map(([, u]) => u));
  for (const [name, url] of Object.entries(PAGE_TYPES)) if (!seen.has(url)) out.push([name, url]), seen.add(url);
  // Pages of the root [slug] route the sitemap lists besides the first (accessibility, privacy…).
  for (const url of urls) if (/^\/[^/]+\/$/.test(url) && !seen.has(url)) out.push([`page ${url}`, url]), seen.add(url);
  return out;
}
