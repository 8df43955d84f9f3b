/**
 * Addresses the site's own routes and static folders occupy. A content page with one of
 * these names would be silently replaced by the route (or replace it), so the check
 * refuses it. A unit test keeps this list in step with src/pages.
 */
import { RESERVED_PAGE_SLUGS } from './public-info-routes.ts';

export const RESERVED_PAGE_IDS = {
  /** First path segments at the site root (general pages live at /<id>/). */
  general: new Set([
    // routes in src/pages
    '404', 'admin', 'comunicate', 'evenimente', 'informatii-de-interes-public', 'romi', 'rss', 'strategia-de-comunicare', 'index',
    // folders and files the build writes
    'media', '_astro', 'pagefind', 'carduri', 'sitemap', 'robots', 'theme', 'cautare', 'ordine', 'anunturi',
  ]),
  /** Names under /informatii-de-interes-public/: its index and the pages built from other content. */
  publicInfo: new Set(['index', ...RESERVED_PAGE_SLUGS]),
};

/** Pages that have a route of their own and whose content that route shows. */
export const EMBEDDED_PAGE_IDS = new Set(['presa', 'audiente']);
