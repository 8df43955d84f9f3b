/** Public URL patterns shared by pages and tests. */

/** URL of page n of the press-release list. */
export function pageHref(n: number): string {
  return n === 1 ? '/comunicate/' : `/comunicate/pagina/${n}/`;
}

/** The feed of all press releases. */
export const MAIN_FEED_HREF = '/rss.xml';

/** The iCalendar of all public events, for calendar subscriptions. */
export const CALENDAR_HREF = '/evenimente.ics';

/** Feed of one topic (a slug from the settings). */
export function topicFeedHref(slug: string): string {
  return `/rss/tema/${slug}.xml`;
}

/** Feed of one release type (a value of RELEASE_TYPES). */
export function typeFeedHref(type: string): string {
  return `/rss/tip/${type}.xml`;
}

/**
 * The page numbers a pagination shows: the first, the last, and two on each side of the
 * current one, with a gap (null) where numbers are left out, as GOV.UK does. All of them
 * while there are at most 9. On a 10,000-release archive (500 pages) every page would
 * otherwise carry 500 links: a wall of numbers on a phone, and 250,000 links to build.
 */
export function pageWindow(current: number, total: number, around = 2): (number | null)[] {
  if (total <= around * 2 + 5) return Array.from({ length: total }, (_, i) => i + 1);
  const from = Math.max(2, Math.min(current - around, total - around * 2 - 1));
  const to = Math.min(total - 1, Math.max(current + around, around * 2 + 2));
  const out: (number | null)[] = [1];
  if (from > 2) out.push(null);
  for (let n = from; n <= to; n++) out.push(n);
  if (to < total - 1) out.push(null);
  out.push(total);
  return out;
}
