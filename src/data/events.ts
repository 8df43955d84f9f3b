import { getCollection, type CollectionEntry } from 'astro:content';
import type { CalendarEvent } from '../lib/ical.ts';
import { isPublished } from '../lib/publishing.ts';
import { isUpcoming as upcomingAt, nextConference, splitByTime } from '../lib/events.ts';
import { EVENT_TYPES } from '../model/event.ts';
import { demoNotice, now, settings } from './site.ts';

export type EventEntry = CollectionEntry<'events'>;

let cached: Promise<EventEntry[]> | undefined;

/** Public events in start order. */
export function publishedEvents(): Promise<EventEntry[]> {
  cached ??= getCollection('events', (e) => isPublished(e.data, now)).then((all) =>
    all.sort((a, b) => a.data.start.getTime() - b.data.start.getTime() || a.id.localeCompare(b.id)),
  );
  return cached;
}

/** An event is upcoming until it ends (or, without an end, until it starts). */
export function isUpcoming(e: EventEntry): boolean {
  return upcomingAt(e, now);
}

/** Upcoming events, soonest first; past events, latest first. */
export async function eventsByTime(): Promise<{ upcoming: EventEntry[]; past: EventEntry[] }> {
  return splitByTime(await publishedEvents(), now);
}

/** The next press conference that is not cancelled. */
export async function nextPressConference(): Promise<EventEntry | undefined> {
  return nextConference((await eventsByTime()).upcoming);
}

const eventTypeLabel = new Map<string, string>(EVENT_TYPES.map((o) => [o.value, o.label]));

/** An event as the .ics files carry it: the single-event download and the journalists' calendar say the same. */
export function calendarEvent(event: EventEntry): CalendarEvent {
  const d = event.data;
  return {
    id: event.id,
    title: d.title,
    start: d.start,
    end: d.end,
    location: [d.location, d.address].filter(Boolean).join(', '),
    description: [demoNotice, d.summary, d.accreditation].filter(Boolean).join('\n\n'),
    url: new URL(`/evenimente/${event.id}/`, settings.siteUrl).href,
    cancelled: Boolean(d.cancelled),
    categories: [eventTypeLabel.get(d.type) ?? d.type],
  };
}
