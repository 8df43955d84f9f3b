/** The journalists' feeds and calendar, fetched from nginx as a reader or a calendar app would. */
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { CALENDAR_HREF, MAIN_FEED_HREF, topicFeedHref, typeFeedHref } from '../../src/lib/paths.ts';
import { isPublished } from '../../src/lib/publishing.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import type { Event } from '../../src/model/event.ts';
import { ROOT } from './support/build.ts';
import { published, testNow, unpublished, type Release } from './support/content.ts';

const base = inject('baseUrl');
const { siteUrl, topics } = loadSettings(ROOT);
const parser = new Parser();
const FEED_SIZE = 50;

const releaseUrl = (r: Release) => `${siteUrl}/comunicate/${r.id}/`;

async function get(path: string): Promise<{ type: string; text: string }> {
  const res = await fetch(`${base}${path}`);
  expect(res.status, path).toBe(200);
  return { type: res.headers.get('content-type') ?? '', text: await res.text() };
}

async function feed(path: string) {
  const { type, text } = await get(path);
  return { type, text, feed: await parser.parseString(text) };
}

/** A sentence of the body that Markdown leaves as it is, to find in the rendered HTML. */
function plainSentence(r: Release): string {
  const line = r.body!.split('\n').find((l) => l.length > 80 && !/[*_[\]|#&<>`\\]/.test(l) && !/^\s*(-|\d+\.)\s/.test(l));
  return line!.trim().slice(0, 80);
}

describe('RSS feeds', () => {
  it('serves /rss.xml as RSS: the newest public releases, newest first, with their full text', async () => {
    const { type, feed: f } = await feed(MAIN_FEED_HREF);
    expect(type).toMatch(/^application\/rss\+xml;\s*charset=utf-8$/i);
    expect(f.items.map((i) => i.link)).toEqual(published.slice(0, FEED_SIZE).map(releaseUrl));
    const times = f.items.map((i) => Date.parse(i.isoDate!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const r of published.slice(0, FEED_SIZE)) {
      const item = f.items.find((i) => i.link === releaseUrl(r))!;
      expect(item.content, r.id).toBe(r.data.summary);
      expect(item['content:encoded'], r.id).toContain(plainSentence(r));
    }
  });

  it('keeps drafts and embargoed releases out of every feed', async () => {
    expect(unpublished.length).toBeGreaterThan(0);
    const paths = [MAIN_FEED_HREF, ...topics.map((t) => topicFeedHref(t.slug)), ...unpublished.map((r) => typeFeedHref(r.data.type))];
    for (const path of paths) {
      const { text } = await get(path);
      for (const r of unpublished) {
        for (const needle of [r.id, r.data.title, r.data.summary.slice(0, 60), plainSentence(r)]) {
          expect(text.includes(needle), `${path} contains "${needle}" of ${r.file}`).toBe(false);
        }
      }
    }
  });

  it('dates a winter release at +02:00 and a summer release at +03:00', async () => {
    const { feed: f } = await feed(MAIN_FEED_HREF);
    const inFeed = published.slice(0, FEED_SIZE);
    const winter = inFeed.find((r) => r.data.date.getUTCMonth() === 0)!;
    const summer = inFeed.find((r) => r.data.date.getUTCMonth() === 6)!;
    for (const [r, offset] of [[winter, '+0200'], [summer, '+0300']] as const) {
      const item = f.items.find((i) => i.link === releaseUrl(r))!;
      expect(item.pubDate, r.id).toMatch(new RegExp(`^\\w{3}, \\d\\d \\w{3} \\d{4} \\d\\d:\\d\\d:00 \\${offset}$`));
      expect(Date.parse(item.pubDate!), r.id).toBe(r.data.date.getTime());
    }
  });

  it('has a feed per topic with exactly that topic’s releases', async () => {
    const topic = topics.find((t) => t.slug === 'situatii-de-urgenta')!;
    const { type, feed: f } = await feed(topicFeedHref(topic.slug));
    expect(type).toMatch(/^application\/rss\+xml/);
    expect(f.title).toContain(topic.label);
    const expected = published.filter((r) => r.data.topics.includes(topic.slug)).slice(0, FEED_SIZE);
    expect(expected.length).toBeGreaterThan(1);
    expect(f.items.map((i) => i.link)).toEqual(expected.map(releaseUrl));
    for (const item of f.items) expect(item.categories).toContain(topic.label);
  });

  it('has a feed per release type with exactly that type’s releases', async () => {
    const { feed: f } = await feed(typeFeedHref('precizari'));
    const expected = published.filter((r) => r.data.type === 'precizari').slice(0, FEED_SIZE);
    expect(expected.length).toBeGreaterThan(1);
    expect(f.items.map((i) => i.link)).toEqual(expected.map(releaseUrl));
  });

  it('marks a withdrawn release and carries the corrections of a corrected one', async () => {
    const { feed: f } = await feed(MAIN_FEED_HREF);
    const withdrawn = published.find((r) => r.data.withdrawn)!;
    const wItem = f.items.find((i) => i.link === releaseUrl(withdrawn))!;
    expect(wItem.title).toBe(`[RETRAS] ${withdrawn.data.title}`);
    expect(wItem['content:encoded']!.indexOf(withdrawn.data.withdrawn!.reason)).toBeLessThan(wItem['content:encoded']!.indexOf(plainSentence(withdrawn)));
    const corrected = published.find((r) => r.data.corrections.length)!;
    const cItem = f.items.find((i) => i.link === releaseUrl(corrected))!;
    for (const c of corrected.data.corrections) expect(cItem['content:encoded']).toContain(c.note.replace(/&/g, '&amp;'));
  });

  it('announces a release image as an enclosure the server actually has', async () => {
    const { feed: f } = await feed(MAIN_FEED_HREF);
    const item = f.items.find((i) => i.enclosure)!;
    const res = await fetch(`${base}${new URL(item.enclosure!.url).pathname}`);
    expect(res.status).toBe(200);
    expect(Number(item.enclosure!.length)).toBe((await res.arrayBuffer()).byteLength);
    expect(res.headers.get('content-type')).toContain(item.enclosure!.type!);
  });
});

describe('the events calendar', () => {
  const events = (checkContent(ROOT).entries.get('events') ?? []) as { id: string; data: Event }[];
  const publicEvents = events.filter((e) => isPublished(e.data, testNow));

  async function vevents() {
    const { type, text } = await get(CALENDAR_HREF);
    expect(type).toMatch(/^text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(text));
    for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  }

  it('holds every public event once', async () => {
    const all = await vevents();
    expect(all.length).toBe(publicEvents.length);
    const host = new URL(siteUrl).host;
    expect(all.map((e) => e.uid).sort()).toEqual(publicEvents.map((e) => `${e.id}@${host}`).sort());
  });

  it('keeps wall times right across the October DST change', async () => {
    const all = await vevents();
    const start = (id: string) => all.find((e) => e.uid.startsWith(`${id}@`))!.startDate.toJSDate().toISOString();
    // 11:00 in summer time (+03:00) and 10:00 in winter time (+02:00): the same UTC hour.
    expect(start('2026-10-01-conferinta-de-presa-octombrie-2026')).toBe('2026-10-01T08:00:00.000Z');
    expect(start('2026-10-29-colegiul-prefectural-octombrie-2026')).toBe('2026-10-29T08:00:00.000Z');
  });
});
