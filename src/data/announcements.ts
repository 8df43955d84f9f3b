/** Announcements as pages read them: public ones, with their state at the build time. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { announcementState, isAnnouncementPublic } from '../lib/announcements.ts';
import { ANNOUNCEMENT_KINDS } from '../model/announcement.ts';
import { now } from './site.ts';

export type AnnouncementEntry = CollectionEntry<'announcements'>;

let cached: Promise<AnnouncementEntry[]> | undefined;

/** Public announcements, newest first. */
export function publishedAnnouncements(): Promise<AnnouncementEntry[]> {
  cached ??= getCollection('announcements', (e) => isAnnouncementPublic(e.data, now)).then((all) =>
    all.sort((a, b) => b.data.opens.getTime() - a.data.opens.getTime() || a.id.localeCompare(b.id)),
  );
  return cached;
}

/** Open ones (closing soonest first) and closed ones (newest first), of the given kinds. */
export async function announcementsByState(kinds?: readonly string[]) {
  const all = (await publishedAnnouncements()).filter((a) => !kinds || kinds.includes(a.data.kind));
  return {
    open: all.filter((a) => announcementState(a.data, now) === 'deschis').sort((a, b) => a.data.closes.getTime() - b.data.closes.getTime()),
    closed: all.filter((a) => announcementState(a.data, now) === 'incheiat'),
  };
}

export const announcementKindLabel = new Map<string, string>(ANNOUNCEMENT_KINDS.map((o) => [o.value, o.label]));
