/** schema.org structured data for the home page, releases and events. */
import type { Settings } from '../model/settings.ts';
import { toIsoLocal } from './dates.ts';

export function organization(settings: Settings) {
  const i = settings.institution;
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${settings.siteUrl}/#organizatie`,
    name: i.name,
    alternateName: i.shortName,
    url: `${settings.siteUrl}/`,
    logo: new URL(settings.logo.src, settings.siteUrl).href,
    email: i.email,
    telephone: i.phone,
    ...(i.fax ? { faxNumber: i.fax } : {}),
    address: { '@type': 'PostalAddress', streetAddress: i.address, addressLocality: i.city, postalCode: i.postalCode, addressRegion: i.county, addressCountry: 'RO' },
    areaServed: { '@type': 'AdministrativeArea', name: `Județul ${i.county}` },
    ...(settings.social.length ? { sameAs: settings.social.map((s) => s.url) } : {}),
  };
}

export function withContext<T extends object>(data: T) {
  return { '@context': 'https://schema.org', ...data };
}

export function newsArticle(settings: Settings, r: { url: string; title: string; summary: string; date: Date; modified?: Date | undefined; image?: string | undefined }) {
  return withContext({
    '@type': 'NewsArticle',
    headline: r.title,
    description: r.summary,
    datePublished: toIsoLocal(r.date),
    dateModified: toIsoLocal(r.modified ?? r.date),
    inLanguage: 'ro',
    mainEntityOfPage: r.url,
    url: r.url,
    ...(r.image ? { image: new URL(r.image, settings.siteUrl).href } : {}),
    author: { '@id': `${settings.siteUrl}/#organizatie` },
    publisher: organization(settings),
  });
}

export function event(settings: Settings, e: { url: string; title: string; summary: string; start: Date; end?: Date | undefined; location: string; address?: string | undefined; cancelled: boolean }) {
  return withContext({
    '@type': 'Event',
    name: e.title,
    description: e.summary,
    url: e.url,
    startDate: toIsoLocal(e.start),
    ...(e.end ? { endDate: toIsoLocal(e.end) } : {}),
    eventStatus: e.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: e.location, address: e.address ?? `${settings.institution.city}, România` },
    organizer: organization(settings),
    inLanguage: 'ro',
  });
}
