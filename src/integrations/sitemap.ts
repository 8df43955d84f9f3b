import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reusedUrls } from '../lib/page-store.ts';
import { escapeXml as esc } from '../lib/xml.ts';


/**
 * sitemap.xml and robots.txt from the pages the build actually wrote: only public
 * entries get pages (isPublished), so only they can appear here.
 */
export function sitemap(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'cancelaria:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) throw new Error('astro.config: `site` is not set; it comes from siteUrl in content/settings/site.yaml');
        // With the pages copied from the page store, which Astro did not generate.
        const urls = [...pages.map((p) => `/${p.pathname}`), ...reusedUrls()]
          .map((p) => p.replace(/\/+/g, '/'))
          .filter((p) => p.endsWith('/') && p !== '/404/' && !p.startsWith('/admin/'))
          .sort();
        const xml =
          '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
          urls.map((u) => `  <url><loc>${esc(new URL(u, site).href)}</loc></url>`).join('\n') +
          '\n</urlset>\n';
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/sitemap.xml`, xml);
        writeFileSync(`${out}/robots.txt`, `User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`);
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
