/**
 * The one rule that decides what is public. Pages, feeds, the sitemap, the search index,
 * social cards and JSON-LD all filter through `isPublished`; nothing else may decide.
 */

export interface Publishable {
  /** Kept off the site while true. */
  draft?: boolean;
  /** Not public before this instant. */
  embargoUntil?: Date | undefined;
  /** Publication instant of dated entries: one in the future is scheduled, not yet public. */
  date?: Date | undefined;
}

/** Whether an entry is public at `now`: not a draft, embargo over, publication time reached. */
export function isPublished(entry: Publishable, now: Date): boolean {
  if (entry.draft) return false;
  if (entry.embargoUntil && entry.embargoUntil.getTime() > now.getTime()) return false;
  if (entry.date && entry.date.getTime() > now.getTime()) return false;
  return true;
}

/** When an entry becomes public: the later of its date and its embargo (for scheduling rebuilds). */
export function publicFrom(entry: Publishable): Date | undefined {
  const times = [entry.date, entry.embargoUntil].filter((d): d is Date => d instanceof Date);
  return times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : undefined;
}
