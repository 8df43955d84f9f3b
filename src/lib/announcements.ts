/**
 * Whether an announcement (competition, consultation, notice) is open or closed. The
 * build time decides, like everything public: "în desfășurare" until the closing
 * moment, "încheiat" from then on. A rebuild after the closing moment updates the mark.
 */
import { isPublished } from './publishing.ts';

export interface AnnouncementLike {
  kind: string;
  opens: Date;
  closes: Date;
  commentsDeadline?: Date | undefined;
  draft?: boolean | undefined;
}

export type AnnouncementState = 'deschis' | 'incheiat';

/** Base URL of the announcements. */
export const ANNOUNCEMENTS_BASE = '/anunturi/';

export function announcementHref(id: string): string {
  return `${ANNOUNCEMENTS_BASE}${id}/`;
}

/** Public at `now`: not a draft and its opening moment has come. */
export function isAnnouncementPublic(a: AnnouncementLike, now: Date): boolean {
  return isPublished({ draft: a.draft === true, date: a.opens }, now);
}

/** Open until the closing moment (exclusive), closed from it on. */
export function announcementState(a: AnnouncementLike, now: Date): AnnouncementState {
  return now.getTime() < a.closes.getTime() ? 'deschis' : 'incheiat';
}

/** Whether proposals on a consultation's draft can still be sent at `now`. */
export function acceptsComments(a: AnnouncementLike, now: Date): boolean {
  return a.kind === 'consultare' && a.commentsDeadline !== undefined && now.getTime() < a.commentsDeadline.getTime();
}

/** The next date a reader must act by: the deadline for proposals while it runs, else the closing. */
export function nextDeadline(a: AnnouncementLike, now: Date): Date {
  return acceptsComments(a, now) ? a.commentsDeadline! : a.closes;
}

/** Open announcements of the given kinds, the nearest deadline first (for the home page). */
export function openAnnouncements<T extends { data: AnnouncementLike }>(all: readonly T[], now: Date, kinds: readonly string[]): T[] {
  return all
    .filter((a) => kinds.includes(a.data.kind) && isAnnouncementPublic(a.data, now) && announcementState(a.data, now) === 'deschis')
    .sort((x, y) => nextDeadline(x.data, now).getTime() - nextDeadline(y.data, now).getTime());
}
