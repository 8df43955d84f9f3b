/**
 * Pages of the public-information area built from other content (orders, announcements,
 * events), the section of the standard each belongs to, and the slugs they take: a content
 * page may not use those slugs, or two pages would claim one address.
 */
import { ORDERS_BASE } from './orders.ts';

export const PUBLIC_INFO_ROUTES = [
  { slug: 'agenda-conducerii', section: 'conducere', href: '/informatii-de-interes-public/agenda-conducerii/', label: 'Agenda conducerii' },
  { slug: 'ordinele-prefectului', section: 'ordinele-prefectului', href: ORDERS_BASE, label: 'Registrul ordinelor prefectului, pe ani' },
  { slug: 'cariera', section: 'cariera', href: '/informatii-de-interes-public/cariera/', label: 'Concursuri pentru ocuparea posturilor' },
  { slug: 'consultari-publice', section: 'transparenta-decizionala', href: '/informatii-de-interes-public/consultari-publice/', label: 'Consultări publice: proiecte de acte, anunțuri, minute' },
] as const;

export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set(PUBLIC_INFO_ROUTES.map((r) => r.slug));
