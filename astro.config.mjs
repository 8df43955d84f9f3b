// Wires integrations only; the logic lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { remarkMdxGuard } from './src/lib/mdx-guard.ts';
import { rehypeTables } from './src/lib/rehype-tables.ts';
import { loadSettings } from './src/lib/settings.ts';
import { siteRoot } from './src/lib/content-check.ts';
import { createHash } from 'node:crypto';

// The folder with content/ and public/: this project, or CANCELARIA_SITE.
const root = siteRoot();
// One cache per project folder and site: Astro's content cache stores file paths, and a
// cache shared between two sites (or two copies of the project) would serve stale entries.
const cacheKey = createHash('sha1').update(`${process.cwd()}\n${root}`).digest('hex').slice(0, 12);

export default defineConfig({
  site: loadSettings(root).siteUrl,
  publicDir: `${root}/public`,
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  markdown: {
    processor: unified({ remarkPlugins: [remarkMdxGuard], rehypePlugins: [rehypeTables] }),
  },
  integrations: [contentCheck(root), mdx(), sitemap()],
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" directive that the bundler
        // reports once per entry since the CMS bundle exists; it is expected and harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
