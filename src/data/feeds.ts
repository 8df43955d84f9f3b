/**
 * The site's feeds: which exist (for the endpoints, the <link rel="alternate"> tags and
 * the list on /presa/) and their RSS, built from public releases only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { publishedReleases, type ReleaseEntry } from './releases.ts';
import { demoNotice, now, publicDir, root, settings, topicLabel } from './site.ts';
import { astroCacheDir } from '../lib/build-cache.ts';
import { replaceFile } from '../lib/files.ts';
import { markdownToHtml } from '../lib/markdown-html.ts';
import { codeKeyAtStart, isStaticBuild } from '../lib/page-store.ts';
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

/**
 * The feed HTML of the bodies, kept between builds (node_modules/.astro/<key>/feed-html/),
 * named by a digest of the code (as the build began), the item's address and the body:
 * the feeds hold about 500 different releases at 10,000, whose rendering took 1.6 s of
 * every build. The folder keeps the last build's only (the prune registered below, run once the pages are written).
 */
const FEED_HTML_DIR = join(astroCacheDir(process.cwd(), root), 'feed-html');
const feedHtmlUsed = new Set<string>();

function keptBodyHtml(markdown: string, link: string): string {
  if (!isStaticBuild()) return markdownToHtml(markdown, link);
  const name = `${createHash('sha256').update(`${codeKeyAtStart()}\0${link}\0${markdown}`).digest('hex').slice(0, 32)}.html`;
  feedHtmlUsed.add(name);
  const file = join(FEED_HTML_DIR, name);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Not kept yet: rendered now.
  }
  const html = markdownToHtml(markdown, link);
  try {
    mkdirSync(FEED_HTML_DIR, { recursive: true });
    replaceFile(file, html);
  } catch (error) {
    console.warn(`[cancelaria:feeds] could not keep a feed item's HTML for the next build: ${error instanceof Error ? error.message : String(error)}`);
  }
  return html;
}

/** Removes the kept feed HTML this build did not use (src/integrations/after-pages.ts calls it once the pages are written). */
(globalThis as Record<symbol, unknown>)[Symbol.for('cancelaria.prune-feed-html')] = () => {
  let names: string[];
  try {
    names = readdirSync(FEED_HTML_DIR);
  } catch {
    return;
  }
  for (const name of names) if (!feedHtmlUsed.has(name)) rmSync(join(FEED_HTML_DIR, name), { force: true });
};

// A release appears in up to five feeds (all, its type, its topics); render its Markdown once.
const items = new Map<string, RssItem>();

function itemFor(release: ReleaseEntry): RssItem {
  let item = items.get(release.id);
  if (!item) {
    item = releaseItem({ ...release, body: bodyOf(release).body }, { url: settings.siteUrl, publicDir, topicLabel }, keptBodyHtml);
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
