/** The feeds of the prefect's orders and of the announcements (links and RSS responses). */
import type { FeedLink } from './feeds.ts';
import { announcementKindLabel, publishedAnnouncements } from './announcements.ts';
import { orderDomainLabel, orderKindLabel, orderStatusLabel, publishedOrders } from './orders.ts';
import { demoNotice, now, settings } from './site.ts';
import { ANNOUNCEMENTS_BASE } from '../lib/announcements.ts';
import { ORDERS_BASE } from '../lib/orders.ts';
import { announcementItem, orderItem } from '../lib/public-info-feed.ts';
import { bodyOf } from './bodies.ts';
import { rss, type RssItem } from '../lib/rss.ts';
import { t } from '../i18n/ro.ts';

const { shortName } = settings.institution;
const FEED_SIZE = 50;

export const ordersFeed: FeedLink = { href: '/rss/ordine.xml', title: `${shortName} – ${t('orders.title')}`, type: 'application/rss+xml' };
export const announcementsFeed: FeedLink = { href: '/rss/anunturi.xml', title: `${shortName} – ${t('announcements.title')}`, type: 'application/rss+xml' };

function respond(feed: FeedLink, page: string, description: string, items: RssItem[]): Response {
  const body = rss(
    { title: feed.title, link: new URL(page, settings.siteUrl).href, description, self: new URL(feed.href, settings.siteUrl).href, now, notice: demoNotice },
    items,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

export async function ordersRss(): Promise<Response> {
  // Newest made public first: the feed follows publication, the register follows numbers.
  const orders = [...(await publishedOrders())].sort((a, b) => b.data.published.localeCompare(a.data.published) || b.data.number - a.data.number).slice(0, FEED_SIZE);
  const labels = { kind: orderKindLabel, status: orderStatusLabel, domain: orderDomainLabel };
  return respond(ordersFeed, ORDERS_BASE, t('orders.feedDescription'), orders.map((o) => orderItem(o, settings.siteUrl, labels)));
}

export async function announcementsRss(): Promise<Response> {
  const list = (await publishedAnnouncements()).slice(0, FEED_SIZE);
  return respond(announcementsFeed, ANNOUNCEMENTS_BASE, t('announcements.feedDescription'), list.map((a) => announcementItem({ ...a, body: bodyOf(a).body }, settings.siteUrl, { kind: announcementKindLabel }, now)));
}
