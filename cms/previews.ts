/**
 * Preview templates: the same markup and classes as the public pages, styled by the
 * site's own CSS (registered as preview style), so an officer sees what readers will.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import { formatDate, formatDateTime, formatLongDate, formatTime, parseDate, parseDateTime } from '../src/lib/dates.ts';
import { t } from '../src/i18n/ro.ts';
import { EVENT_TYPES } from '../src/model/event.ts';
import { PAGE_SECTIONS } from '../src/model/page.ts';
import { RELEASE_TYPES } from '../src/model/press-release.ts';
import { eventCard, releaseCard } from '../src/og/content.ts';
import { SocialCardPreview } from './card-preview.ts';

type Props = PreviewTemplateComponentProps;

const get = (p: Props, path: string[]): unknown => {
  const v = p.entry.getIn(['data', ...path]);
  return v && typeof v === 'object' && 'toJS' in v ? (v as { toJS(): unknown }).toJS() : v;
};
const text = (p: Props, path: string[]) => (typeof get(p, path) === 'string' ? (get(p, path) as string) : '');
const when = (value: unknown, format: (d: Date) => string) => {
  const r = parseDateTime(value);
  return r.ok ? format(r.value) : '';
};
/**
 * The URL to preview a /media/… file. Decap takes a path starting with "/" for a public
 * URL and loads it from the site, where a file uploaded in this session does not exist
 * yet; files of the current upload folder are resolved through the CMS's media store
 * (the upload itself, or the repository) instead.
 */
let uploadFolder = '';

/** Set by the admin entry once it knows this year's upload folder (/media/2026). */
export function setUploadFolder(publicFolder: string) {
  uploadFolder = publicFolder;
}

function assetUrl(p: Props, src: string): string {
  return String(uploadFolder && src.startsWith(`${uploadFolder}/`) ? p.getAsset(`public${src}`) : p.getAsset(src));
}

const dateOf = (value: unknown) => {
  const r = parseDateTime(value);
  return r.ok ? r.value : undefined;
};
/** Whether an optional object field (withdrawal) has been filled in. */
const filled = (value: unknown) => Boolean(value && typeof value === 'object' && Object.values(value).some((v) => v !== undefined && v !== null && v !== ''));

const labelOf = (options: readonly { value: string; label: string }[], value: string) => options.find((o) => o.value === value)?.label ?? value;

function frame(...children: ReactNode[]) {
  return h('main', { id: 'continut' }, h('div', { className: 'wrap' }, ...children));
}

function attachments(p: Props) {
  const list = (get(p, ['attachments']) as { file?: string; title?: string }[] | undefined) ?? [];
  if (!list.length) return null;
  return h('section', { className: 'attachments' }, h('h2', null, t('pressRelease.attachments')), h('ul', null, ...list.map((a, i) => h('li', { key: i }, h('a', { href: a.file ? assetUrl(p, a.file) : '#' }, a.title ?? a.file ?? '')))));
}

export function PressReleasePreview(p: Props) {
  const date = get(p, ['date']);
  const embargo = get(p, ['embargoUntil']);
  const image = get(p, ['image']) as { src?: string; alt?: string; credit?: string } | undefined;
  const replyTo = get(p, ['replyTo']) as { outlet?: string; title?: string; date?: string } | undefined;
  const withdrawn = get(p, ['withdrawn']) as { date?: string; reason?: string } | undefined;
  const corrections = (get(p, ['corrections']) as { date?: string; note?: string }[] | undefined) ?? [];
  const card = releaseCard({ title: text(p, ['title']), type: text(p, ['type']), number: text(p, ['number']), date: dateOf(date), withdrawn: filled(withdrawn) || undefined, corrections: corrections.filter(filled) });
  return frame(
    h(SocialCardPreview, { content: card }),
    h(
      'article',
      { className: 'release' },
      embargo ? h('div', { className: 'notice info' }, h('p', null, `Embargo până la ${when(embargo, formatDateTime)}: nu apare pe site înainte.`)) : null,
      h('p', { className: 'meta' }, h('span', { className: 'tag' }, labelOf(RELEASE_TYPES, text(p, ['type']) || 'comunicat')), text(p, ['number']) ? ` ${t('pressRelease.number')} ${text(p, ['number'])}` : ''),
      h('h1', null, text(p, ['title'])),
      h('p', { className: 'meta' }, `${t('pressRelease.published')} ${when(date, formatDateTime)}`),
      withdrawn?.reason ? h('div', { className: 'notice' }, h('p', null, h('strong', null, t('pressRelease.withdrawn')), ` · ${when(withdrawn.date, formatDateTime)}`), h('p', null, withdrawn.reason)) : null,
      replyTo?.title ? h('div', { className: 'notice info' }, h('p', null, `${t('pressRelease.replyTo')} „${replyTo.title}”, ${replyTo.outlet ?? ''}${replyTo.date && parseDate(replyTo.date).ok ? `, ${formatDate(replyTo.date)}` : ''}.`)) : null,
      h('p', { className: 'lead' }, text(p, ['summary'])),
      image?.src ? h('figure', null, h('img', { src: assetUrl(p, image.src), alt: image.alt ?? '' }), image.credit ? h('figcaption', null, image.credit) : null) : null,
      h('div', { className: 'prose' }, p.widgetFor('body')),
      attachments(p),
      corrections.length ? h('section', null, h('h2', null, t('pressRelease.corrections')), h('ul', null, ...corrections.map((c, i) => h('li', { key: i }, `${when(c.date, formatDateTime)}: ${c.note ?? ''}`)))) : null,
    ),
  );
}

export function EventPreview(p: Props) {
  const start = get(p, ['start']);
  const end = get(p, ['end']);
  const card = eventCard({ title: text(p, ['title']), type: text(p, ['type']), start: dateOf(start), end: dateOf(end), location: text(p, ['location']), cancelled: text(p, ['cancelled']) });
  return frame(
    h(SocialCardPreview, { content: card, intro: 'card.preview.introEvent' }),
    h(
      'article',
      null,
      h('p', { className: 'meta' }, h('span', { className: 'tag' }, labelOf(EVENT_TYPES, text(p, ['type'])))),
      h('h1', null, text(p, ['title'])),
      text(p, ['cancelled']) ? h('div', { className: 'notice' }, h('p', null, h('strong', null, `${t('event.cancelled')}. `), text(p, ['cancelled']))) : null,
      h('p', { className: 'lead' }, text(p, ['summary'])),
      h(
        'dl',
        { className: 'facts' },
        h('dt', null, t('event.when')),
        h('dd', null, `${when(start, formatLongDate)}, ora ${when(start, formatTime)}${end ? ` – ora ${when(end, formatTime)}` : ''}`),
        h('dt', null, t('event.where')),
        h('dd', null, text(p, ['location']), text(p, ['address']) ? h('br') : null, text(p, ['address'])),
      ),
      text(p, ['accreditation']) ? h('section', null, h('h2', null, t('event.accreditation')), h('p', null, text(p, ['accreditation']))) : null,
      h('div', { className: 'prose' }, p.widgetFor('body')),
    ),
  );
}

export function PagePreview(p: Props) {
  const updated = text(p, ['updated']);
  return frame(
    h('p', { className: 'meta' }, labelOf(PAGE_SECTIONS, text(p, ['section']))),
    h('h1', null, text(p, ['title'])),
    text(p, ['summary']) ? h('p', { className: 'lead' }, text(p, ['summary'])) : null,
    h('div', { className: 'prose' }, p.widgetFor('body')),
    attachments(p),
    updated && parseDate(updated).ok ? h('p', { className: 'meta' }, `${t('site.updated')} ${formatDate(updated)}`) : null,
  );
}
