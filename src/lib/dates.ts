/**
 * The one module that parses and formats dates. Every date the site stores is
 * Europe/Bucharest wall time unless it says otherwise; every date it emits carries the
 * offset in force at that instant, so DST changes (last Sunday of March and October)
 * never shift an event or a publication by an hour.
 */

import { msg } from '../i18n/messages.ts';

export const TIME_ZONE = 'Europe/Bucharest';

/** A parse result: either the value or a sentence saying what is wrong and how to fix it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const wallFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Wall-clock parts of an instant in Bucharest. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Wall times already worked out, by instant (ms since the epoch). formatToParts costs
 * about 15 µs a call, and a build asks for the same dates again and again (every list
 * page of a 10,000-release archive dates its releases and sorts them by year): 1.3 s of a
 * rebuild before this. A pure function of the instant, so kept; bounded all the same.
 */
const wallTimes = new Map<number, Readonly<WallTime>>();
const WALL_TIMES_KEPT = 200_000;

export function wallTime(instant: Date): Readonly<WallTime> {
  const key = instant.getTime();
  const known = wallTimes.get(key);
  if (known) return known;
  const parts: Record<string, number> = {};
  for (const p of wallFormatter.formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const w = Object.freeze({
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  });
  if (wallTimes.size >= WALL_TIMES_KEPT) wallTimes.clear();
  if (!Number.isNaN(key)) wallTimes.set(key, w);
  return w;
}

/** Minutes east of UTC in force in Bucharest at an instant (120 in winter, 180 in summer). */
export function offsetMinutes(instant: Date): number {
  const w = wallTime(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validCalendarDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The example every date-time error suggests, so authors see one consistent form. */
export const DATE_TIME_EXAMPLE = '2026-12-01T10:00';
export const DATE_EXAMPLE = '2026-12-01';

/**
 * Converts Bucharest wall time to an instant. A wall time that happens twice (the hour
 * repeated when clocks go back in October) resolves to the first, summer-time instant;
 * one that never happens (the hour skipped in March) is refused.
 */
export function fromWallTime(w: WallTime): Parsed<Date> {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Try both offsets Romania uses; keep those that map back to the same wall time.
  const candidates = [180, 120]
    .map((off) => new Date(naive - off * 60000))
    .filter((d) => {
      const back = wallTime(d);
      return (
        back.year === w.year &&
        back.month === w.month &&
        back.day === w.day &&
        back.hour === w.hour &&
        back.minute === w.minute
      );
    });
  if (candidates.length === 0) {
    return {
      ok: false,
      problem: msg('date.dstGap', { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}`, fix: `${pad(w.hour + 1)}:${pad(w.minute)}` }),
    };
  }
  return { ok: true, value: candidates[0]! };
}

/**
 * Parses a local date-time: `YYYY-MM-DDTHH:mm[:ss]` as Bucharest wall time, or with an
 * explicit offset (`+02:00`, `Z`). A Date (what YAML makes of an unquoted timestamp) is
 * taken as the instant it denotes.
 */
export function parseDateTime(input: unknown): Parsed<Date> {
  if (input instanceof Date) {
    return Number.isNaN(input.getTime())
      ? { ok: false, problem: msg('date.invalidDateTime', { example: DATE_TIME_EXAMPLE }) }
      : { ok: true, value: input };
  }
  if (typeof input !== 'string') {
    return { ok: false, problem: msg('date.notDateTime', { example: DATE_TIME_EXAMPLE }) };
  }
  const text = input.trim();
  const m = DATE_TIME_RE.exec(text);
  const bad: Parsed<Date> = {
    ok: false,
    problem: msg('date.notDateTimeValue', { value: input, example: DATE_TIME_EXAMPLE }),
  };
  if (!m) return bad;
  const [, ys, mos, ds, hs, mis, ss, zone] = m;
  const w: WallTime = {
    year: Number(ys),
    month: Number(mos),
    day: Number(ds),
    hour: Number(hs),
    minute: Number(mis),
    second: ss ? Number(ss) : 0,
  };
  if (!validCalendarDate(w.year, w.month, w.day) || w.hour > 23 || w.minute > 59 || w.second > 59) {
    return bad;
  }
  if (zone) {
    const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    if (zone === 'Z') return { ok: true, value: new Date(naive) };
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const off = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    return { ok: true, value: new Date(naive - off * 60000) };
  }
  return fromWallTime(w);
}

/**
 * Parses a calendar date `YYYY-MM-DD` and returns it in that form. A Date from YAML
 * (an unquoted date parses as UTC midnight) gives its UTC calendar day.
 */
export function parseDate(input: unknown): Parsed<string> {
  if (input instanceof Date && !Number.isNaN(input.getTime())) {
    return {
      ok: true,
      value: `${input.getUTCFullYear()}-${pad(input.getUTCMonth() + 1)}-${pad(input.getUTCDate())}`,
    };
  }
  const bad: Parsed<string> = {
    ok: false,
    problem:
      typeof input === 'string'
        ? msg('date.notDateValue', { value: input, example: DATE_EXAMPLE })
        : msg('date.notDate', { example: DATE_EXAMPLE }),
  };
  if (typeof input !== 'string') return bad;
  const m = DATE_RE.exec(input.trim());
  if (!m || !validCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return bad;
  return { ok: true, value: input.trim() };
}

/** The instant a calendar date begins in Bucharest. */
export function startOfDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const r = fromWallTime({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0 });
  if (!r.ok) throw new Error(r.problem);
  return r.value;
}

function formatOffset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}

/** ISO 8601 with the Bucharest offset, for HTML `datetime`, JSON-LD and Atom: 2026-11-27T14:30:00+02:00. */
export function toIsoLocal(instant: Date): string {
  const w = wallTime(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offsetMinutes(instant), true)}`;
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date for RSS, in local time with its offset: Fri, 27 Nov 2026 14:30:00 +0200. */
export function toRfc822(instant: Date): string {
  const w = wallTime(instant);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  return `${RFC822_DAYS[weekday]}, ${pad(w.day)} ${RFC822_MONTHS[w.month - 1]} ${w.year} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} ${formatOffset(offsetMinutes(instant), false)}`;
}

const MONTHS_RO = [
  'ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie',
  'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie',
];
const WEEKDAYS_RO = ['duminică', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă'];

/** "27 noiembrie 2026" for a calendar date or an instant (its Bucharest day). */
export function formatDate(value: Date | string): string {
  const { year, month, day } =
    typeof value === 'string'
      ? (() => {
          const [y, m, d] = value.split('-').map(Number) as [number, number, number];
          return { year: y, month: m, day: d };
        })()
      : wallTime(value);
  return `${day} ${MONTHS_RO[month - 1]} ${year}`;
}

/** "14:30" in Bucharest. */
export function formatTime(instant: Date): string {
  const w = wallTime(instant);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "27 noiembrie 2026, ora 14:30". */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)}, ora ${formatTime(instant)}`;
}

/** "vineri, 27 noiembrie 2026". */
export function formatLongDate(instant: Date): string {
  const w = wallTime(instant);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  return `${WEEKDAYS_RO[weekday]}, ${formatDate(instant)}`;
}

/** The Bucharest calendar year of an instant. */
export function localYear(instant: Date): number {
  return wallTime(instant).year;
}

/**
 * The build's "now": BUILD_TIME (ISO 8601; wall time counts as Bucharest time) when set,
 * else the clock. A malformed BUILD_TIME stops the build rather than publishing by the clock.
 */
export function resolveNow(env: Record<string, string | undefined> = process.env): Date {
  const raw = env.BUILD_TIME?.trim();
  if (!raw) return new Date();
  const parsed = parseDateTime(raw);
  if (!parsed.ok) {
    throw new Error(`BUILD_TIME ${parsed.problem.replace(/^"[^"]*" /, `"${raw}" `)} (or unset it to use the clock)`);
  }
  return parsed.value;
}
