import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedEvents, type EventEntry } from '../../data/events.ts';
import { now, settings } from '../../data/site.ts';
import { calendar } from '../../lib/ical.ts';

export const getStaticPaths = (async () =>
  (await publishedEvents()).map((event) => ({ params: { slug: event.id }, props: { event } }))) satisfies GetStaticPaths;

/** One event as an iCalendar file: "adaugă în calendar". */
export const GET: APIRoute = ({ props, site }) => {
  const { event } = props as { event: EventEntry };
  const d = event.data;
  const body = calendar(
    [
      {
        id: event.id,
        title: d.title,
        start: d.start,
        end: d.end,
        location: [d.location, d.address].filter(Boolean).join(', '),
        description: [d.summary, d.accreditation].filter(Boolean).join('\n\n'),
        url: new URL(`/evenimente/${event.id}/`, site).href,
        cancelled: Boolean(d.cancelled),
      },
    ],
    { name: settings.institution.name, host: new URL(settings.siteUrl).host, stamp: now },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
