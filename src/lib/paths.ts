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
