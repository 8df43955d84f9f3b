// Wires integrations only; the logic lives in src/.
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { servingHeaders } from './src/integrations/serving-headers.ts';
import { siteUrlOrNothing } from './src/lib/settings.ts';
import { siteRoot } from './src/lib/content-check.ts';
import { createHash } from 'node:crypto';

// The folder with content/ and public/: this project, or CANCELARIA_SITE.
const root = siteRoot();
// One cache per project folder and site: Astro's content cache stores file paths, and a
// cache shared between two sites (or two copies of the project) would serve stale entries.
const cacheKey = createHash('sha1').update(`${process.cwd()}\n${root}`).digest('hex').slice(0, 12);

export default defineConfig({
  // Invalid settings leave the site URL unset here; the content check then stops the
  // build with the settings' problems listed, file, line and fix.
  site: siteUrlOrNothing(root),
  publicDir: `${root}/public`,
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [contentCheck(root), sitemap(), pagefindIndex(), servingHeaders(root)],
});
