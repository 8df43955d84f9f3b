/** A press release as plain text, for journalists to paste into their editorial systems. */
import { bodyOf, entryDigest } from './bodies.ts';
import { globalInputsKey } from './page-store.ts';
import { publishedReleases, type ReleaseEntry } from './releases.ts';
import { demoNotice, settings } from './site.ts';
import { formatDateTime } from '../lib/dates.ts';
import { pageDigest } from '../lib/page-store.ts';
import { RELEASE_TYPES } from '../model/press-release.ts';

export function releaseText(release: ReleaseEntry, site: string | URL = settings.siteUrl): string {
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
  return lines.join('\n');
}

/**
 * For the build's last steps (src/integrations/after-pages.ts), which write the .txt of
 * every public release: 10,000 files in about a second, where an Astro route spent
 * 1.1 ms on each. Registered when the .txt route is loaded (every build loads it).
 *
 * Each text comes with the digest of its inputs: what every page shares (the code, the
 * settings, Node's dates: globalInputsKey), the release's address and its entry's digest
 * (its file and the sizes of the media it names). A text kept under that digest is the
 * text, so a rebuild makes only the new ones: making each read the release's body from
 * the body store, 0.7 s at 10,000 on every build.
 */
(globalThis as Record<symbol, unknown>)[Symbol.for('cancelaria.release-texts')] = async () => {
  const key = await globalInputsKey();
  return (await publishedReleases()).map((release) => ({
    path: `/comunicate/${release.id}.txt`,
    // Digested as the page store digests a page: the shared inputs, a route, the address and what it shows.
    inputs: pageDigest(key, 'release-text', `/comunicate/${release.id}.txt`, entryDigest(release)),
    text: () => releaseText(release),
  }));
};
