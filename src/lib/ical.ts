/**
 * iCalendar (RFC 5545) for events: one event (the "adaugă în calendar" file) or many (the
 * journalists' calendar). Times are written in Europe/Bucharest with a VTIMEZONE, so
 * calendar apps keep them right across DST changes.
 */
import { stripControls } from './content-file.ts';
import { wallTime } from './dates.ts';

export interface CalendarEvent {
  /** Stable identifier, unique within the site (the entry id). */
  id: string;
  title: string;
  start: Date;
  end?: Date | undefined;
  location?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
  cancelled?: boolean;
  categories?: string[];
}

export interface CalendarOptions {
  /** Calendar name shown by apps. */
  name: string;
  /** Host name for UIDs, e.g. ab.prefectura.mai.gov.ro. */
  host: string;
  /** DTSTAMP of every event: the build's moment, so a rebuild at the same BUILD_TIME is identical. */
  stamp: Date;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Bucharest',
  'X-LIC-LOCATION:Europe/Bucharest',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19970330T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19971026T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const pad = (n: number) => String(n).padStart(2, '0');

function local(d: Date): string {
  const w = wallTime(d);
  return `${w.year}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

function utc(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  // A lone CR or any control character would break the line structure of the file.
  return stripControls(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function calendar(events: CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Cancelaria//${escapeText(options.name)}//RO`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Europe/Bucharest',
    ...VTIMEZONE,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@${options.host}`,
      `DTSTAMP:${utc(options.stamp)}`,
      `DTSTART;TZID=Europe/Bucharest:${local(e.start)}`,
      ...(e.end ? [`DTEND;TZID=Europe/Bucharest:${local(e.end)}`] : []),
      `SUMMARY:${escapeText(e.title)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
