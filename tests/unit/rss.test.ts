import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { validateEntry } from '../../src/lib/content-check.ts';
import { parseDateTime } from '../../src/lib/dates.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { releaseItem } from '../../src/lib/release-feed.ts';
import { cdata, rss, type RssChannel, type RssItem } from '../../src/lib/rss.ts';
import { PressReleaseType, type PressRelease } from '../../src/model/index.ts';

const at = (s: string) => {
  const r = parseDateTime(s);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
};

const SITE = 'https://ab.prefectura.mai.gov.ro';
const parser = new Parser();

const channel: RssChannel = {
  title: 'Prefectura Alba – Comunicate de presă',
  link: `${SITE}/comunicate/`,
  description: 'Comunicatele de presă ale instituției, cu textul integral.',
  self: `${SITE}/rss.xml`,
  now: at('2026-11-27T12:00'),
};

const item = (extra: Partial<RssItem> = {}): RssItem => ({
  title: 'Prefectul a convocat CJSU',
  link: `${SITE}/comunicate/2026-11-20-cjsu/`,
  date: at('2026-11-20T14:30'),
  summary: 'Ședința a analizat pregătirea sezonului rece.',
  html: '<p>Textul comunicatului.</p>',
  categories: ['Situații de urgență'],
  corrections: [],
  ...extra,
});

describe('RSS 2.0 feed (read back by rss-parser)', () => {
  it('writes the channel: title, link, description, language, lastBuildDate and the self link', async () => {
    const feed = await parser.parseString(rss(channel, [item(), item({ link: `${SITE}/comunicate/b/`, date: at('2026-07-13T09:00') })]));
    expect(feed.title).toBe(channel.title);
    expect(feed.link).toBe(channel.link);
    expect(feed.description).toBe(channel.description);
    expect(feed.language).toBe('ro');
    expect(feed.feedUrl).toBe(`${SITE}/rss.xml`);
    // The latest change among the items, so an unchanged feed is byte-identical between builds.
    expect(feed.lastBuildDate).toBe('Fri, 20 Nov 2026 14:30:00 +0200');
  });

  it('dates an empty feed at the build moment', async () => {
    const feed = await parser.parseString(rss(channel, []));
    expect(feed.lastBuildDate).toBe('Fri, 27 Nov 2026 12:00:00 +0200');
    expect(feed.items).toEqual([]);
  });

  it.each([
    ['a winter release', '2026-01-14T09:15', 'Wed, 14 Jan 2026 09:15:00 +0200', '2026-01-14T07:15:00.000Z'],
    ['a summer release', '2026-07-13T09:00', 'Mon, 13 Jul 2026 09:00:00 +0300', '2026-07-13T06:00:00.000Z'],
    ['a release the morning after clocks go back', '2026-10-26T08:00', 'Mon, 26 Oct 2026 08:00:00 +0200', '2026-10-26T06:00:00.000Z'],
  ])('stamps %s with the Bucharest offset of that day', async (_, local, pubDate, utc) => {
    const [parsed] = (await parser.parseString(rss(channel, [item({ date: at(local) })]))).items;
    expect(parsed!.pubDate).toBe(pubDate);
    expect(parsed!.isoDate).toBe(utc);
  });

  it('writes link, permanent guid, summary, full content and categories of an item', async () => {
    const xml = rss(channel, [item({ categories: ['Situații de urgență', 'Mediu'] })]);
    const [parsed] = (await parser.parseString(xml)).items;
    expect(parsed!.link).toBe(`${SITE}/comunicate/2026-11-20-cjsu/`);
    expect(parsed!.guid).toBe(`${SITE}/comunicate/2026-11-20-cjsu/`);
    expect(xml).toContain(`<guid isPermaLink="true">${SITE}/comunicate/2026-11-20-cjsu/</guid>`);
    expect(parsed!.content).toBe('Ședința a analizat pregătirea sezonului rece.');
    expect(parsed!['content:encoded']).toBe('<p>Textul comunicatului.</p>');
    expect(parsed!.categories).toEqual(['Situații de urgență', 'Mediu']);
    expect(parsed!.enclosure).toBeUndefined();
  });

  it('escapes & < > " and keeps ș ț ă î â in every text field', async () => {
    const tricky = 'Ședință „CJSU” & ISU: <cod> "roșu" > 40°C, țâșnitori în Aiud';
    const xml = rss({ ...channel, title: tricky, description: tricky }, [
      item({ title: tricky, summary: tricky, categories: [tricky], html: `<p>${tricky.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>` }),
    ]);
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe(tricky);
    expect(feed.description).toBe(tricky);
    const [parsed] = feed.items;
    expect(parsed!.title).toBe(tricky);
    expect(parsed!.content).toBe(tricky);
    expect(parsed!.categories).toEqual([tricky]);
    expect(parsed!['content:encoded']).toContain('Ședință „CJSU” &amp; ISU: &lt;cod>');
    expect(xml).toContain('ș');
    expect(xml).not.toMatch(/[şţŞŢ]/);
  });

  it('keeps "]]>" inside the HTML without ending the CDATA section early', async () => {
    const html = '<p>Codul a[b[0]]>1 rămâne întreg.</p>';
    const [parsed] = (await parser.parseString(rss(channel, [item({ html })]))).items;
    expect(parsed!['content:encoded']).toBe(html);
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
  });

  it('drops control characters XML cannot carry instead of breaking the feed', async () => {
    const [parsed] = (await parser.parseString(rss(channel, [item({ title: 'Titlu\u0007 curat', html: '<p>a\u000Bb</p>' })]))).items;
    expect(parsed!.title).toBe('Titlu curat');
    expect(parsed!['content:encoded']).toBe('<p>ab</p>');
  });

  it('announces an image as an enclosure with its size and media type', async () => {
    const [svg, jpg] = (
      await parser.parseString(
        rss(channel, [
          item({ image: { url: `${SITE}/media/2026/harta.svg`, bytes: 4312 } }),
          item({ image: { url: `${SITE}/media/2026/sedinta.JPG`, bytes: 182_004 } }),
        ]),
      )
    ).items;
    expect(svg!.enclosure).toEqual({ url: `${SITE}/media/2026/harta.svg`, length: '4312', type: 'image/svg+xml' });
    expect(jpg!.enclosure).toEqual({ url: `${SITE}/media/2026/sedinta.JPG`, length: '182004', type: 'image/jpeg' });
  });

  it('appends the corrections, dated, after the text', async () => {
    const corrections = [
      { date: at('2026-11-21T09:15'), note: 'Am corectat data ședinței: 15 mai, nu 16 mai.' },
      { date: at('2026-11-22T10:00'), note: 'Am adăugat hotărârea & anexa.' },
    ];
    const feed = await parser.parseString(rss(channel, [item({ corrections })]));
    const content = feed.items[0]!['content:encoded']!;
    expect(content.indexOf('Textul comunicatului')).toBeLessThan(content.indexOf('<h2>Corecturi</h2>'));
    expect(content).toContain('<time datetime="2026-11-21T09:15:00+02:00">21 noiembrie 2026, ora 09:15</time>: Am corectat data ședinței: 15 mai, nu 16 mai.');
    expect(content).toContain('Am adăugat hotărârea &amp; anexa.');
    // A correction is a change of the feed.
    expect(feed.lastBuildDate).toBe('Sun, 22 Nov 2026 10:00:00 +0200');
  });

  it('keeps a withdrawn release, marked in the title, with the reason above the text', async () => {
    const withdrawn = { date: at('2026-11-23T10:30'), reason: 'Ședința a fost amânată la cererea sindicatelor.' };
    const [parsed] = (await parser.parseString(rss(channel, [item({ withdrawn })]))).items;
    expect(parsed!.title).toBe('[RETRAS] Prefectul a convocat CJSU');
    const content = parsed!['content:encoded']!;
    expect(content.indexOf('Comunicat retras')).toBe(content.indexOf('<strong>') + '<strong>'.length);
    expect(content.indexOf(withdrawn.reason)).toBeLessThan(content.indexOf('Textul comunicatului'));
    expect(content).toContain('23 noiembrie 2026, ora 10:30');
  });
});

describe('a press release as an RSS item', () => {
  const publicDir = mkdtempSync(join(tmpdir(), 'cancelaria-public-'));
  afterAll(() => rmSync(publicDir, { recursive: true, force: true }));
  mkdirSync(join(publicDir, 'media/2026'), { recursive: true });
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
  writeFileSync(join(publicDir, 'media/2026/harta.svg'), svg);
  writeFileSync(join(publicDir, 'media/2026/hotarare.pdf'), Buffer.alloc(84_213));

  const r = validateEntry(PressReleaseType, 'content/press-releases/2026-05-19-cjsu.mdx', {
    title: 'Cod portocaliu pe Arieș: CJSU a stabilit măsurile',
    date: '2026-05-19T11:40',
    summary: 'Au fost inundate 96 de gospodării & 3 poduri.',
    type: 'drept-la-replica',
    topics: ['situatii-de-urgenta', 'mediu'],
    image: { src: '/media/2026/harta.svg', alt: 'Harta localităților „afectate”', credit: 'Grafic: Prefectura' },
    attachments: [{ file: '/media/2026/hotarare.pdf', title: 'Hotărârea CJSU nr. 7/2026' }],
    replyTo: { outlet: 'Ziarul Unirea', title: 'Apele & autoritățile', url: 'https://ziarulunirea.ro/a?b=1&c=2', date: '2026-05-18' },
  });
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  const release = {
    id: '2026-05-19-cjsu',
    body: 'Vezi [hotărârea](/media/2026/hotarare.pdf) și [lista](#localitati).\n\n| Localitate | Gospodării |\n| --- | --- |\n| Câmpeni | 31 |',
    data: r.data as PressRelease,
  };
  const topicLabel = new Map([['situatii-de-urgenta', 'Situații de urgență'], ['mediu', 'Mediu']]);

  it('carries the whole page: lead, reply context, image, text with absolute links, attachments', async () => {
    const xml = rss(channel, [releaseItem(release, { url: SITE, publicDir, topicLabel })]);
    const [parsed] = (await parser.parseString(xml)).items;
    expect(parsed!.link).toBe(`${SITE}/comunicate/2026-05-19-cjsu/`);
    expect(parsed!.pubDate).toBe('Tue, 19 May 2026 11:40:00 +0300');
    expect(parsed!.categories).toEqual(['Situații de urgență', 'Mediu']);
    expect(parsed!.enclosure).toEqual({ url: `${SITE}/media/2026/harta.svg`, length: String(svg.length), type: 'image/svg+xml' });
    const html = parsed!['content:encoded']!;
    expect(html).toContain('<p><strong>Au fost inundate 96 de gospodării &amp; 3 poduri.</strong></p>');
    expect(html).toContain('<a href="https://ziarulunirea.ro/a?b=1&amp;c=2">„Apele &amp; autoritățile”</a>, Ziarul Unirea, 18 mai 2026');
    expect(html).toContain(`<img src="${SITE}/media/2026/harta.svg" alt="Harta localităților „afectate”"><figcaption>Grafic: Prefectura</figcaption>`);
    expect(html).toContain(`<a href="${SITE}/media/2026/hotarare.pdf">hotărârea</a>`);
    expect(html).toContain(`<a href="${SITE}/comunicate/2026-05-19-cjsu/#localitati">lista</a>`);
    expect(html).toContain('<td>Câmpeni</td>');
    expect(html).toContain(`<li><a href="${SITE}/media/2026/hotarare.pdf">Hotărârea CJSU nr. 7/2026</a> (PDF, 84,2 kB)</li>`);
  });
});
