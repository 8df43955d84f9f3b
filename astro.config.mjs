// Wires integrations only; the logic lives in src/.
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { pageStore } from './src/integrations/page-store.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { afterPages } from './src/integrations/after-pages.ts';
import { cmsBundle } from './src/integrations/cms-bundle.ts';
import { servingHeaders } from './src/integrations/serving-headers.ts';
import { siteUrlOrNothing } from './src/lib/settings.ts';
import { siteRoot } from './src/lib/content-check.ts';
import { astroCacheDir } from './src/lib/build-cache.ts';
import { CHUNK_SIZE_WARNING_KB, isKnownHarmless } from './src/lib/build-warnings.ts';

// The folder with content/ and public/: this project, or CANCELARIA_SITE.
const root = siteRoot();

export default defineConfig({
  // Invalid settings leave the site URL unset here; the content check then stops the
  // build with the settings' problems listed, file, line and fix.
  site: siteUrlOrNothing(root),
  publicDir: `${root}/public`,
  // One cache per project folder and site (see build-cache.ts).
  cacheDir: astroCacheDir(process.cwd(), root),
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    build: {
      chunkSizeWarningLimit: CHUNK_SIZE_WARNING_KB,
      rolldownOptions: {
        // Known, harmless warnings from the CMS's dependencies, filtered at their source
        // (src/lib/build-warnings.ts says why each is harmless).
        onLog(level, log, handler) {
          if (level === 'warn' && isKnownHarmless(log)) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [contentCheck(root), cmsBundle(), pageStore(), sitemap(), afterPages(), pagefindIndex(), servingHeaders(root)],
});
