/**
 * RSS 2.0 with the full text of each item (content:encoded), for journalists' readers
 * and newsroom systems. Pure: the caller supplies absolute URLs, rendered HTML and file
 * sizes; this module only decides what an item says and writes well-formed XML.
 *
 * A release that was corrected or withdrawn after publication keeps its item, so that a
 * reader who already took it sees the change: the corrections are appended to the text,
 * and a withdrawal is announced in the title and at the top of the text.
 */
import { formatDateTime, toIsoLocal, toRfc822 } from './dates.ts';
import { mediaType } from './files.ts';
import { escapeXml, NOT_XML } from './xml.ts';
import { t } from '../i18n/ro.ts';

export interface RssChannel {
  title: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string;
  description: string;
  /** Absolute URL of the feed itself (atom:link rel="self"; validators and WebSub want it). */
  self: string;
  /** The build's moment: lastBuildDate of an empty feed, and a cap for dates in the future. */
  now: Date;
  /** A sentence every reader must see (the demonstration notice): leads the description and every item. */
  notice?: string | undefined;
}

export interface RssItem {
  title: string;
  /** Absolute URL of the item's page; also its permanent guid. */
  link: string;
  /** Publication moment (pubDate). */
  date: Date;
  /** Plain-text lead (description). */
  summary: string;
  /** The full text as HTML, with absolute addresses. */
  html: string;
  /** Labels of the item's topics. */
  categories: string[];
  /** The item's picture: absolute URL and size in bytes (an enclosure must state both). */
  image?: { url: string; bytes: number } | undefined;
  corrections: { date: Date; note: string }[];
  withdrawn?: { date: Date; reason: string } | undefined;
}


/** HTML wrapped in CDATA; "]]>" inside would end the section early, so it is split across two. */
export function cdata(s: string): string {
  return `<![CDATA[${s.replace(NOT_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** The latest moment any item changed (published, corrected, withdrawn), not after `now`. */
function lastChange(items: RssItem[], now: Date): Date {
  const times = items.flatMap((i) => [i.date, ...i.corrections.map((c) => c.date), ...(i.withdrawn ? [i.withdrawn.date] : [])]);
  const latest = Math.max(...times.map((d) => d.getTime()).filter((ms) => ms <= now.getTime()));
  return Number.isFinite(latest) ? new Date(latest) : now;
}

const time = (d: Date) => `<time datetime="${toIsoLocal(d)}">${escapeXml(formatDateTime(d))}</time>`;

/** The item's HTML as a reader shows it: withdrawal first, then the text, then corrections. */
function content(item: RssItem, notice?: string): string {
  const parts: string[] = [];
  if (notice) parts.push(`<p><strong>${escapeXml(notice)}</strong></p>`);
  if (item.withdrawn) {
    parts.push(
      `<p><strong>${escapeXml(t('pressRelease.withdrawn'))}</strong> · ${escapeXml(t('pressRelease.withdrawnOn'))} ${time(item.withdrawn.date)}</p>`,
      `<p>${escapeXml(item.withdrawn.reason)}</p>`,
      '<hr>',
    );
  }
  parts.push(item.html);
  if (item.corrections.length) {
    parts.push(
      `<h2>${escapeXml(t('pressRelease.corrections'))}</h2>`,
      `<ul>${item.corrections.map((c) => `<li>${time(c.date)}: ${escapeXml(c.note)}</li>`).join('')}</ul>`,
    );
  }
  return parts.join('\n');
}

function renderItem(item: RssItem, notice?: string): string {
  const title = item.withdrawn ? `${t('feed.withdrawnPrefix')} ${item.title}` : item.title;
  const lines = [
    '<item>',
    `<title>${escapeXml(title)}</title>`,
    `<link>${escapeXml(item.link)}</link>`,
    `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
    `<pubDate>${toRfc822(item.date)}</pubDate>`,
    `<description>${escapeXml(item.summary)}</description>`,
    `<content:encoded>${cdata(content(item, notice))}</content:encoded>`,
    ...item.categories.map((c) => `<category>${escapeXml(c)}</category>`),
    ...(item.image
      ? [`<enclosure url="${escapeXml(item.image.url)}" length="${item.image.bytes}" type="${mediaType(item.image.url)}"/>`]
      : []),
    '</item>',
  ];
  return lines.join('\n');
}

/** An RSS 2.0 document; items are written in the order given (newest first, by convention). */
export function rss(channel: RssChannel, items: RssItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<description>${escapeXml(channel.notice ? `${channel.notice} ${channel.description}` : channel.description)}</description>`,
    '<language>ro</language>',
    `<lastBuildDate>${toRfc822(lastChange(items, channel.now))}</lastBuildDate>`,
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...items.map((i) => renderItem(i, channel.notice)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
