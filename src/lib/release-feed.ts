/**
 * A press release as an RSS item: everything its page shows (lead, reply context, image,
 * text, attachments), as HTML a feed reader can show away from the site.
 */
import { formatDate } from './dates.ts';
import { fileInfo } from './files.ts';
import { markdownToHtml } from './markdown-html.ts';
import type { RssItem } from './rss.ts';
import { escapeXml as esc } from './xml.ts';
import type { PressRelease } from '../model/press-release.ts';
import { t } from '../i18n/ro.ts';
import { ALERT_LEVELS } from '../model/shared.ts';

export interface FeedSite {
  /** The site's address, e.g. https://ab.prefectura.mai.gov.ro */
  url: string;
  /** The folder /media/… files are served from, to state enclosure sizes. */
  publicDir: string;
  /** Topic slug → label, from the settings. */
  topicLabel: ReadonlyMap<string, string>;
}

export interface ReleaseLike {
  id: string;
  body?: string | undefined;
  data: PressRelease;
}

/**
 * `bodyHtml` turns the body into standalone HTML (markdownToHtml; a build passes one that
 * keeps what it made between builds, src/data/feeds.ts).
 */
export function releaseItem(release: ReleaseLike, site: FeedSite, bodyHtml: (markdown: string, link: string) => string = markdownToHtml): RssItem {
  const d = release.data;
  const link = new URL(`/comunicate/${release.id}/`, site.url).href;
  const abs = (path: string) => new URL(path, site.url).href;
  const html: string[] = [];
  // A release that raised the site-wide alert says so first, in the title and the text,
  // so a newsroom's reader sorts it out from the routine ones.
  const raised = d.raiseAlert && d.alert ? d.alert : undefined;
  const alertLabel = raised ? ALERT_LEVELS.find((l) => l.value === raised.level)!.label : undefined;
  if (raised) html.push(`<p><strong>${esc(t('alert.feedPrefix'))} ${esc(alertLabel!)}: ${esc(raised.text)}</strong></p>`);
  html.push(`<p><strong>${esc(d.summary)}</strong></p>`);
  if (d.replyTo) {
    const title = d.replyTo.url ? `<a href="${esc(d.replyTo.url)}">„${esc(d.replyTo.title)}”</a>` : `„${esc(d.replyTo.title)}”`;
    html.push(`<p>${esc(t('pressRelease.replyTo'))} ${title}, ${esc(d.replyTo.outlet)}, ${esc(formatDate(d.replyTo.date))}.</p>`);
  }
  if (d.image) {
    const caption = d.image.credit ? `<figcaption>${esc(d.image.credit)}</figcaption>` : '';
    html.push(`<figure><img src="${esc(abs(d.image.src))}" alt="${esc(d.image.alt)}">${caption}</figure>`);
  }
  html.push(bodyHtml(release.body ?? '', link));
  if (d.attachments.length) {
    const items = d.attachments.map((a) => {
      const info = fileInfo(site.publicDir, a.file);
      return `<li><a href="${esc(abs(a.file))}">${esc(a.title)}</a> (${esc(info.type)}, ${esc(info.size)})</li>`;
    });
    html.push(`<h2>${esc(t('pressRelease.attachments'))}</h2>`, `<ul>${items.join('')}</ul>`);
  }
  return {
    title: raised ? `${t('alert.feedPrefix')} ${alertLabel} – ${d.title}` : d.title,
    link,
    date: d.date,
    summary: d.summary,
    html: html.join('\n'),
    categories: [...(alertLabel ? [`${t('alert.feedPrefix').replace(/[[\]]/g, '')}: ${alertLabel}`] : []), ...d.topics.map((slug) => site.topicLabel.get(slug) ?? slug)],
    image: d.image ? { url: abs(d.image.src), bytes: fileInfo(site.publicDir, d.image.src).bytes } : undefined,
    corrections: d.corrections,
    withdrawn: d.withdrawn,
  };
}
