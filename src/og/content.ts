/**
 * What each card says, from an entry's fields: the type label, the Romanian date (for
 * events the day, hour and place), the RETRAS / CORECTAT / ANULAT mark. Pure and shared by
 * the build and the CMS preview, which passes the form's values before they are saved.
 */
import { t } from '../i18n/ro.ts';
import { formatDate, formatLongDate, formatTime } from '../lib/dates.ts';
import { EVENT_TYPES } from '../model/event.ts';
import { RELEASE_TYPES } from '../model/press-release.ts';
import type { CardBrand, CardContent } from './template.ts';

/**
 * Text as the card can draw it: no font of the card has emoji or pictographs (they would
 * be empty boxes), and control characters have no place on it.
 */
export function drawable(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D\u20E3]/gu, '')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const labelOf = (options: readonly { value: string; label: string }[], value: string | undefined) => options.find((o) => o.value === value)?.label;

/** The fields of a release a card shows; the CMS preview passes them unvalidated. */
export interface ReleaseCardFields {
  title: string;
  type?: string | undefined;
  number?: string | undefined;
  date?: Date | undefined;
  withdrawn?: unknown;
  corrections?: readonly unknown[] | undefined;
}

export function releaseCard(d: ReleaseCardFields): CardContent {
  const type = labelOf(RELEASE_TYPES, d.type) ?? labelOf(RELEASE_TYPES, 'comunicat')!;
  return {
    label: d.number ? `${type} · ${t('pressRelease.number')} ${d.number}` : type,
    title: drawable(d.title),
    meta: d.date ? [formatDate(d.date)] : [],
    mark: d.withdrawn
      ? { text: t('card.mark.withdrawn'), tone: 'danger' }
      : d.corrections?.length
        ? { text: t('card.mark.corrected'), tone: 'notice' }
        : undefined,
  };
}

/** The fields of an event a card shows. */
export interface EventCardFields {
  title: string;
  type?: string | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
  location?: string | undefined;
  cancelled?: string | undefined;
}

export function eventCard(d: EventCardFields): CardContent {
  let when = '';
  if (d.start) {
    when = `${formatLongDate(d.start)}, ${t('card.hour')} ${formatTime(d.start)}`;
    if (d.end) when += formatDate(d.end) === formatDate(d.start) ? `–${formatTime(d.end)}` : ` – ${formatDate(d.end)}, ${t('card.hour')} ${formatTime(d.end)}`;
  }
  return {
    label: labelOf(EVENT_TYPES, d.type) ?? t('card.label.event'),
    title: drawable(d.title),
    meta: [when, drawable(d.location ?? '')].filter(Boolean),
    mark: d.cancelled ? { text: t('card.mark.cancelled'), tone: 'danger' } : undefined,
  };
}

/**
 * Section cards: one per top-level section, and the card of every page without its own.
 * `path` is the URL prefix the section covers; the home card covers what no other does.
 */
export const CARD_SECTIONS = [
  { key: 'acasa', path: '/', label: 'card.section.home.label', title: 'card.section.home.title' },
  { key: 'comunicate', path: '/comunicate/', label: 'site.nav.releases', title: 'card.section.releases.title' },
  { key: 'evenimente', path: '/evenimente/', label: 'site.nav.events', title: 'card.section.events.title' },
  { key: 'presa', path: '/presa/', label: 'site.nav.press', title: 'card.section.press.title' },
  { key: 'informatii-de-interes-public', path: '/informatii-de-interes-public/', label: 'site.nav.publicInfo', title: 'card.section.publicInfo.title' },
  { key: 'strategia-de-comunicare', path: '/strategia-de-comunicare/', label: 'strategy.title', title: 'card.section.strategy.title' },
  { key: 'romi', path: '/romi/', label: 'site.nav.roma', title: 'card.section.roma.title' },
  { key: 'audiente', path: '/audiente/', label: 'site.nav.audiences', title: 'card.section.audiences.title' },
] as const;

export type CardSection = (typeof CARD_SECTIONS)[number];

/** The section whose card a page at `pathname` shows: the longest matching prefix. */
export function sectionOf(pathname: string): CardSection {
  let best: CardSection = CARD_SECTIONS[0];
  for (const s of CARD_SECTIONS) if (pathname.startsWith(s.path) && s.path.length > best.path.length) best = s;
  return best;
}

/** A section's card: its name, what it offers, and where the institution is. */
export function sectionCard(section: CardSection, institution: { address: string; postalCode: string; city: string }): CardContent {
  return { label: t(section.label), title: t(section.title), meta: [institution.address, `${institution.postalCode} ${institution.city}`] };
}

/** The institution's identity from the settings; the logo is read by the caller (file or URL). */
export function cardBrand(
  settings: { institution: { name: string; county: string }; siteUrl: string; colors: { primary: string; accent: string } },
  logo?: CardBrand['logo'],
): CardBrand {
  const { name, county } = settings.institution;
  return {
    name,
    subtitle: name.toLocaleLowerCase('ro').includes(county.toLocaleLowerCase('ro')) ? t('card.pressRoom') : `${t('card.county')} ${county} · ${t('card.pressRoom')}`,
    host: new URL(settings.siteUrl).host,
    primary: settings.colors.primary,
    accent: settings.colors.accent,
    logo,
  };
}

/** The text of og:image:alt: what the card shows, for people who cannot see it. */
export function cardAlt(content: CardContent, brand: CardBrand): string {
  return [content.mark?.text, content.label, content.title, ...content.meta, brand.name].filter(Boolean).join(' · ');
}
