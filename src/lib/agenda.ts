/**
 * The leadership's agenda, derived from events: those the prefect, the subprefect or the
 * secretary general attend, upcoming ones and those of the last 90 days.
 */
export const AGENDA_ROLES = ['prefect', 'subprefect', 'secretar-general'] as const;
export const AGENDA_PAST_DAYS = 90;

export interface AgendaEvent {
  start: Date;
  end?: Date | undefined;
  people: readonly string[];
}

export function leadershipAgenda<T extends { data: AgendaEvent }>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const mine = events.filter((e) => e.data.people.some((p) => (AGENDA_ROLES as readonly string[]).includes(p)));
  const ends = (e: T) => (e.data.end ?? e.data.start).getTime();
  const since = now.getTime() - AGENDA_PAST_DAYS * 86_400_000;
  return {
    upcoming: mine.filter((e) => ends(e) >= now.getTime()).sort((a, b) => a.data.start.getTime() - b.data.start.getTime()),
    past: mine.filter((e) => ends(e) < now.getTime() && ends(e) >= since).sort((a, b) => b.data.start.getTime() - a.data.start.getTime()),
  };
}
