import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedReleases, type ReleaseEntry } from '../../data/releases.ts';
import { demoNotice, settings } from '../../data/site.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { bodyOf } from '../../data/bodies.ts';
import { RELEASE_TYPES } from '../../model/press-release.ts';

export const getStaticPaths = (async () =>
  (await publishedReleases()).map((release) => ({ params: { slug: release.id }, props: { release } }))) satisfies GetStaticPaths;

/** The release as plain text, for journalists to paste into their editorial systems. */
export const GET: APIRoute = ({ props, site }) => {
  const { release } = props as { release: ReleaseEntry };
  const d = release.data;
  const type = RELEASE_TYPES.find((o) => o.value === d.type)!.label.toUpperCase();
  const lines = [
    ...(demoNotice ? [demoNotice.toUpperCase(), ''] : []),
    settings.institution.name,
    `${type}${d.number ? ` nr. ${d.number}` : ''}`,
    formatDateTime(d.date),
    '',
    d.title,
    '',
  ];
  if (d.withdrawn) lines.push(`RETRAS la ${formatDateTime(d.withdrawn.date)}: ${d.withdrawn.reason}`, '');
  if (d.replyTo) lines.push(`Drept la replică la articolul „${d.replyTo.title}”, ${d.replyTo.outlet}${d.replyTo.url ? `, ${d.replyTo.url}` : ''}`, '');
  lines.push(d.summary, '', bodyOf(release).text, '');
  if (d.attachments.length) lines.push('Documente atașate:', ...d.attachments.map((a) => `- ${a.title}: ${new URL(a.file, site).href}`), '');
  if (d.corrections.length) lines.push('Corecturi:', ...d.corrections.map((c) => `- ${formatDateTime(c.date)}: ${c.note}`), '');
  const s = settings.spokesperson;
  lines.push(`Contact: ${s.name}, ${s.title}${s.phone ? `, tel. ${s.phone}` : ''}${s.email ? `, ${s.email}` : ''}`);
  lines.push(`Sursa: ${new URL(`/comunicate/${release.id}/`, site).href}`, '');
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
