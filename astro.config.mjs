// Wires integrations only; the logic lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { remarkMdxGuard } from './src/lib/mdx-guard.ts';
import { loadSettings } from './src/lib/settings.ts';
import { siteRoot } from './src/lib/content-check.ts';

// The folder with content/ and public/: this project, or CANCELARIA_SITE.
const root = siteRoot();

export default defineConfig({
  site: loadSettings(root).siteUrl,
  publicDir: `${root}/public`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  markdown: {
    processor: unified({ remarkPlugins: [remarkMdxGuard] }),
  },
  integrations: [contentCheck(root), mdx(), sitemap()],
});
