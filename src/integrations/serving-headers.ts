import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cmsConfig } from '../../cms/config.ts';
import { loadSettings } from '../lib/settings.ts';
import { loadSiteConfig } from '../lib/site-config.ts';
import { cmsOrigins, type CmsBackendLike } from '../lib/csp.ts';
import { renderHeadersFile, type ServingOptions } from '../lib/serving.ts';

/**
 * The serving table's inputs for this site: the git service the CMS was built to talk to
 * (cancelaria.config.yaml and CMS_* variables, exactly as the admin page gets them).
 */
export function servingOptions(root: string, env: Record<string, string | undefined> = process.env): ServingOptions {
  const { backend } = cmsConfig({ settings: loadSettings(root), site: loadSiteConfig(root, env), env });
  return { cms: cmsOrigins(backend as CmsBackendLike) };
}

/** Writes dist/_headers (static hosts) from the same table as the nginx include. */
export function servingHeaders(root: string): AstroIntegration {
  return {
    name: 'cancelaria:serving-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(`${fileURLToPath(dir)}/_headers`, renderHeadersFile(servingOptions(root)));
        logger.info('_headers written (the same policy as deploy/nginx/site.conf)');
      },
    },
  };
}
