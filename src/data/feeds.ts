/**
 * The site's feeds: which exist (for the endpoints, the <link rel="alternate"> tags and
 * the list on /presa/) and their RSS, built from public releases only.
 */
import { publishedReleases, type ReleaseEntry } from './releases.ts';
import { demoNotice, now, publicDir, settings, topicLabel } from './site.ts';
import { CALENDAR_HREF, MAIN_FEED_HREF, topicFeedHref, typeFeedHref } from '../lib/paths.ts';
import { releaseItem } from '../lib/release-feed.ts';
import { bodyOf } from './bodies.ts';
import { rss, type RssItem } from '../lib/rss.ts';
import { RELEASE_TYPES } from '../model/press-release.ts';
import { t } from '../i18n/ro.ts';

export type ReleaseType = (typeof RELEASE_TYPES)[number]['value'];

/** A feed as pages announce it. */
export interface FeedLink {
  href: string;
  title: string;
  type: 'application/rss+xml' | 'text/calendar';
}

/** Items per feed: enough for a reader that polls daily, small enough to stay light on a 10,000-release archive. */
export const FEED_SIZE = 50;

const { shortName } = settings.institution;

export const mainFeed: FeedLink = { href: MAIN_FEED_HREF, title: `${shortName} – ${t('feed.main.title')}`, type: 'application/rss+xml' };

export const calendarFeed: FeedLink = { href: CALENDAR_HREF, title: `${shortName} – ${t('feed.calendar.name')}`, type: 'text/calendar' };

export function topicFeed(topic: { slug: string; label: string }): FeedLink {
  return { href: topicFeedHref(topic.slug), title: `${shortName} – ${t('feed.topic.title')} „${topic.label}”`, type: 'application/rss+xml' };
}

export function typeFeed(type: ReleaseType): FeedLink {
  return { href: typeFeedHref(type), title: `${shortName} – ${t(`feed.type.${type}`)}`, type: 'application/rss+xml' };
}

// A release appears in up to five feeds (all, its type, its topics); render its Markdown once.
const items = new Map<string, RssItem>();

function itemFor(release: ReleaseEntry): RssItem {
  let item = items.get(release.id);
  if (!item) {
    item = releaseItem({ ...release, body: bodyOf(release).body }, { url: settings.siteUrl, publicDir, topicLabel });
    items.set(release.id, item);
  }
  return item;
}

/** The RSS response of a feed: the newest FEED_SIZE public releases that pass `filter`. */
export async function rssResponse(
  feed: FeedLink,
  channel: { description: string; page: string },
  filter: (r: ReleaseEntry) => boolean = () => true,
): Promise<Response> {
  const releases = (await publishedReleases()).filter(filter).slice(0, FEED_SIZE);
  const body = rss(
    {
      title: feed.title,
      link: new URL(channel.page, settings.siteUrl).href,
      description: channel.description,
      self: new URL(feed.href, settings.siteUrl).href,
      now,
      notice: demoNotice,
    },
    releases.map(itemFor),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
