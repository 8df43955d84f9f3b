/**
 * Time logic of events, pure so it can be tested without Astro: when an event counts as
 * past, the order of the lists, which event is the next press conference, and which
 * releases came out after an event (its outcome).
 */

export interface EventLike {
  id: string;
  data: { start: Date; end?: Date | undefined; type: string; cancelled?: string | undefined };
}

/** An event is upcoming until it ends (or, without an end, until it starts). */
export function isUpcoming(e: EventLike, now: Date): boolean {
  return (e.data.end ?? e.data.start).getTime() >= now.getTime();
}

/** Upcoming events soonest first, past events latest first. */
export function splitByTime<E extends EventLike>(events: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
  const sorted = [...events].sort((a, b) => a.data.start.getTime() - b.data.start.getTime() || a.id.localeCompare(b.id));
  return { upcoming: sorted.filter((e) => isUpcoming(e, now)), past: sorted.filter((e) => !isUpcoming(e, now)).reverse() };
}

/** The next press conference that is not cancelled. */
export function nextConference<E extends EventLike>(upcoming: readonly E[]): E | undefined {
  return upcoming.find((e) => e.data.type === 'conferinta-de-presa' && !e.data.cancelled);
}

/** Linked releases split at the event's start: the announcement before, the outcome after. */
export function releasesAround<R extends { data: { date: Date } }>(event: EventLike, releases: readonly R[]): { before: R[]; after: R[] } {
  const t = event.data.start.getTime();
  return { before: releases.filter((r) => r.data.date.getTime() < t), after: releases.filter((r) => r.data.date.getTime() >= t) };
}
