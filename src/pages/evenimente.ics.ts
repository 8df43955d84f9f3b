import type { APIRoute } from 'astro';
import { calendarEvent, publishedEvents } from '../data/events.ts';
import { calendarFeed } from '../data/feeds.ts';
import { now, settings } from '../data/site.ts';
import { calendar } from '../lib/ical.ts';

/**
 * Every public event, past and future, as one calendar journalists subscribe to. Past
 * events stay so that a subscriber's calendar keeps its history; cancelled ones stay
 * with STATUS:CANCELLED, so apps show the cancellation instead of an event that vanished.
 */
export const GET: APIRoute = async () => {
  const body = calendar((await publishedEvents()).map(calendarEvent), {
    name: calendarFeed.title,
    host: new URL(settings.siteUrl).host,
    stamp: now,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
