import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEvent, publishedEvents, type EventEntry } from '../../data/events.ts';
import { now, settings } from '../../data/site.ts';
import { calendar } from '../../lib/ical.ts';

export const getStaticPaths = (async () =>
  (await publishedEvents()).map((event) => ({ params: { slug: event.id }, props: { event } }))) satisfies GetStaticPaths;

/** One event as an iCalendar file: "adaugă în calendar". */
export const GET: APIRoute = ({ props }) => {
  const { event } = props as { event: EventEntry };
  const body = calendar([calendarEvent(event)], { name: settings.institution.name, host: new URL(settings.siteUrl).host, stamp: now });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
