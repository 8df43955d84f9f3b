import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { PAGE_SECTIONS } from '../model/page.ts';
import { EMBEDDED_PAGE_IDS } from '../lib/routes.ts';
import { PUBLIC_INFO_ROUTES } from '../lib/public-info-routes.ts';

export type PageEntry = CollectionEntry<'pages'>;

/** Pages with a route of their own, whose content is shown inside a richer page. */
export const EMBEDDED_PAGES = EMBEDDED_PAGE_IDS;

export const PUBLIC_INFO_BASE = '/informatii-de-interes-public/';

export async function allPages(): Promise<PageEntry[]> {
  return (await getCollection('pages')).sort((a, b) => (a.data.order ?? 999) - (b.data.order ?? 999) || a.data.title.localeCompare(b.data.title, 'ro'));
}

export function pageUrl(page: PageEntry): string {
  return page.data.section === 'general' ? `/${page.id}/` : `${PUBLIC_INFO_BASE}${page.id}/`;
}

/** The public-information sections in the order of the standard, each with its pages. */
export async function publicInfoTree() {
  const pages = (await allPages()).filter((p) => p.data.section !== 'general');
  return PAGE_SECTIONS.filter((s) => s.value !== 'general')
    .map((section) => ({
      ...section,
      pages: pages.filter((p) => p.data.section === section.value),
      /** Pages built from other content (orders, announcements, events) in this section. */
      links: PUBLIC_INFO_ROUTES.filter((r) => r.section === section.value),
    }))
    .filter((s) => s.pages.length > 0 || s.links.length > 0);
}

export async function pageById(id: string): Promise<PageEntry | undefined> {
  return getEntry('pages', id);
}
