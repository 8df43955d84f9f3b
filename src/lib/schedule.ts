/**
 * When the public site changes by itself, with no edit: a release whose embargo ends or
 * whose publication date arrives, an event that moves from upcoming to past. A static
 * site only shows these after a rebuild, so CI rebuilds on a schedule and
 * `npm run schedule` says when the next rebuild matters. Derived from the same rule as
 * every page (`publicFrom`, `isUpcoming`'s end-or-start), so the two cannot disagree.
 */
import { publicFrom, type Publishable } from './publishing.ts';

export type ChangeKind = 'embargo-ends' | 'scheduled' | 'event-ends';

export interface ScheduledChange {
  at: Date;
  kind: ChangeKind;
  /** Path of the content file, relative to the project. */
  file: string;
  title: string;
}

export interface ScheduleInput {
  releases: { file: string; data: Publishable & { title: string } }[];
  events: { file: string; data: { title: string; draft?: boolean; start: Date; end?: Date | undefined } }[];
}

/** Every change after `now`, earliest first. Drafts never change the site by themselves. */
export function upcomingChanges({ releases, events }: ScheduleInput, now: Date): ScheduledChange[] {
  const out: ScheduledChange[] = [];
  for (const r of releases) {
    if (r.data.draft) continue;
    const at = publicFrom(r.data);
    if (!at || at.getTime() <= now.getTime()) continue;
    const kind = r.data.embargoUntil && r.data.embargoUntil.getTime() === at.getTime() ? 'embargo-ends' : 'scheduled';
    out.push({ at, kind, file: r.file, title: r.data.title });
  }
  for (const e of events) {
    if (e.data.draft) continue;
    const at = e.data.end ?? e.data.start;
    // Upcoming until its end (or start), in the past list from the first build after.
    if (at.getTime() >= now.getTime()) out.push({ at, kind: 'event-ends', file: e.file, title: e.data.title });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.file.localeCompare(b.file));
}
