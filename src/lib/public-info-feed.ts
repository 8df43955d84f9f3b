/**
 * The prefect's orders and the announcements as RSS items: what their pages show, as
 * HTML a reader can show away from the site. Pure, like release-feed.ts.
 */
import { formatDate, formatDateTime, startOfDate } from './dates.ts';
import { markdownToHtml } from './markdown-html.ts';
import { announcementHref, announcementState, type AnnouncementLike } from './announcements.ts';
import { orderHref } from './orders.ts';
import type { RssItem } from './rss.ts';
import { escapeXml as esc } from './xml.ts';
import type { Announcement } from '../model/announcement.ts';
import type { PrefectOrder } from '../model/prefect-order.ts';
import { t } from '../i18n/ro.ts';

export interface Labels {
  kind: ReadonlyMap<string, string>;
  status?: ReadonlyMap<string, string>;
  domain?: ReadonlyMap<string, string>;
}

function item(link: string, title: string, date: Date, summary: string, html: string[], categories: string[]): RssItem {
  return { title, link, date, summary, html: html.join('\n'), categories, corrections: [] };
}

export function orderItem(order: { id: string; data: PrefectOrder }, siteUrl: string, labels: Labels): RssItem {
  const d = order.data;
  const link = new URL(orderHref(order.id), siteUrl).href;
  const title = `${t('orders.single')} nr. ${d.number} din ${formatDate(d.date)} ${d.title}`;
  const facts = [
    `${t('orders.kind')}: ${labels.kind.get(d.kind) ?? d.kind}`,
    `${t('orders.status')}: ${labels.status?.get(d.status) ?? d.status}`,
    `${t('orders.domain')}: ${labels.domain?.get(d.domain) ?? d.domain}`,
  ];
  const html = [`<p>${esc(d.title)}</p>`, `<ul>${facts.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>`];
  if (d.summary) html.push(`<p>${esc(d.summary)}</p>`);
  if (d.pdf) html.push(`<p><a href="${esc(new URL(d.pdf, siteUrl).href)}">${esc(t('orders.pdf'))}</a></p>`);
  return item(link, title, startOfDate(d.published), d.summary ?? d.title, html, [labels.kind.get(d.kind) ?? d.kind]);
}

export function announcementItem(a: { id: string; body?: string | undefined; data: Announcement & AnnouncementLike }, siteUrl: string, labels: Labels, now: Date): RssItem {
  const d = a.data;
  const link = new URL(announcementHref(a.id), siteUrl).href;
  const state = announcementState(d, now) === 'deschis' ? t('announcements.open') : t('announcements.closed');
  const html = [
    `<p><strong>${esc(d.summary)}</strong></p>`,
    `<p>${esc(state)} · ${esc(t('announcements.closes'))} ${esc(formatDateTime(d.closes))}</p>`,
  ];
  if (d.commentsDeadline) html.push(`<p>${esc(t('announcements.commentsDeadline'))}: ${esc(formatDateTime(d.commentsDeadline))}${d.commentsAddress ? `; ${esc(t('announcements.commentsAddress'))} ${esc(d.commentsAddress)}` : ''}</p>`);
  html.push(markdownToHtml(a.body ?? '', link));
  return item(link, d.title, d.opens, d.summary, html, [labels.kind.get(d.kind) ?? d.kind]);
}
