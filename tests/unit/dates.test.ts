import { describe, expect, it } from 'vitest';
import {
  formatDate, formatDateTime, formatLongDate, offsetMinutes, parseDate, parseDateTime, resolveNow, toIsoLocal, toRfc822,
} from '../../src/lib/dates.ts';

const instant = (text: string) => {
  const r = parseDateTime(text);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
};

describe('parseDateTime reads Bucharest wall time', () => {
  it.each([
    // [written, UTC instant, why]
    ['2026-01-15T10:00', '2026-01-15T08:00:00.000Z', 'winter: +02:00'],
    ['2026-07-15T10:00', '2026-07-15T07:00:00.000Z', 'summer: +03:00'],
    ['2026-03-29T02:59', '2026-03-29T00:59:00.000Z', 'last minute before the spring change'],
    ['2026-03-29T04:00', '2026-03-29T01:00:00.000Z', 'first summer hour'],
    ['2026-10-25T02:59', '2026-10-24T23:59:00.000Z', 'before the autumn change, still summer time'],
    ['2026-10-25T03:30', '2026-10-25T00:30:00.000Z', 'repeated hour: the first (summer) one'],
    ['2026-10-25T04:00', '2026-10-25T02:00:00.000Z', 'after the autumn change: winter time'],
    ['2026-12-31T23:59', '2026-12-31T21:59:00.000Z', 'year end'],
    ['2026-11-20 14:30', '2026-11-20T12:30:00.000Z', 'space instead of T'],
    ['2026-11-20T14:30:15', '2026-11-20T12:30:15.000Z', 'with seconds'],
    ['2026-07-01T10:00+02:00', '2026-07-01T08:00:00.000Z', 'an explicit offset wins over the season'],
    ['2026-07-01T10:00Z', '2026-07-01T10:00:00.000Z', 'UTC'],
    ['2026-07-01T10:00-0500', '2026-07-01T15:00:00.000Z', 'offset without colon'],
  ])('%s → %s (%s)', (written, utc) => {
    expect(instant(written).toISOString()).toBe(utc);
  });

  it('takes a Date (an unquoted YAML timestamp) as the instant it is', () => {
    const d = new Date('2026-05-01T09:00:00Z');
    expect(parseDateTime(d)).toEqual({ ok: true, value: d });
  });

  it.each([
    ['2026-13-01', '"2026-13-01" is not a date-time; write it as 2026-12-01T10:00'],
    ['2026-02-30T10:00', '"2026-02-30T10:00" is not a date-time; write it as 2026-12-01T10:00'],
    ['2026-11-20T24:00', '"2026-11-20T24:00" is not a date-time; write it as 2026-12-01T10:00'],
    ['20.11.2026 10:00', '"20.11.2026 10:00" is not a date-time; write it as 2026-12-01T10:00'],
    ['2026-03-29T03:30', '2026-03-29 03:30 does not exist in Romania (clocks jump from 03:00 to 04:00 that night); write 04:30'],
  ])('refuses %s with a fix', (written, problem) => {
    expect(parseDateTime(written)).toEqual({ ok: false, problem });
  });

  it('refuses what is not text or a date', () => {
    expect(parseDateTime(20261120)).toMatchObject({ ok: false });
    expect(parseDateTime(new Date('nonsense'))).toMatchObject({ ok: false });
  });
});

describe('emitted dates carry the offset in force', () => {
  it.each([
    ['2026-03-29T00:59:00Z', '2026-03-29T02:59:00+02:00', 'Sun, 29 Mar 2026 02:59:00 +0200'],
    ['2026-03-29T01:00:00Z', '2026-03-29T04:00:00+03:00', 'Sun, 29 Mar 2026 04:00:00 +0300'],
    ['2026-10-25T00:30:00Z', '2026-10-25T03:30:00+03:00', 'Sun, 25 Oct 2026 03:30:00 +0300'],
    ['2026-10-25T01:30:00Z', '2026-10-25T03:30:00+02:00', 'Sun, 25 Oct 2026 03:30:00 +0200'],
    ['2026-12-31T22:30:00Z', '2027-01-01T00:30:00+02:00', 'Fri, 01 Jan 2027 00:30:00 +0200'],
  ])('%s → %s / %s', (utc, iso, rfc) => {
    const d = new Date(utc);
    expect(toIsoLocal(d)).toBe(iso);
    expect(toRfc822(d)).toBe(rfc);
    expect(new Date(toIsoLocal(d)).getTime()).toBe(d.getTime());
  });

  it('knows both offsets', () => {
    expect(offsetMinutes(new Date('2026-01-10T12:00:00Z'))).toBe(120);
    expect(offsetMinutes(new Date('2026-08-10T12:00:00Z'))).toBe(180);
  });
});

describe('parseDate', () => {
  it.each([
    ['2028-02-29', { ok: true, value: '2028-02-29' }],
    ['2026-02-29', { ok: false, problem: '"2026-02-29" is not a date; write it as 2026-12-01' }],
    ['2026-1-5', { ok: false, problem: '"2026-1-5" is not a date; write it as 2026-12-01' }],
  ])('%s', (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });

  it('reads an unquoted YAML date (UTC midnight) as that calendar day', () => {
    expect(parseDate(new Date(Date.UTC(2026, 4, 12)))).toEqual({ ok: true, value: '2026-05-12' });
  });
});

describe('Romanian formatting', () => {
  it('formats in Bucharest time whatever the machine zone', () => {
    const d = new Date('2026-11-30T22:30:00Z'); // already 1 December in Bucharest
    expect(formatDate(d)).toBe('1 decembrie 2026');
    expect(formatDateTime(d)).toBe('1 decembrie 2026, ora 00:30');
    expect(formatLongDate(d)).toBe('marți, 1 decembrie 2026');
    expect(formatDate('2026-03-08')).toBe('8 martie 2026');
  });
});

describe('resolveNow', () => {
  it('uses BUILD_TIME as Bucharest time, or the clock', () => {
    expect(resolveNow({ BUILD_TIME: '2026-11-27T12:00' }).toISOString()).toBe('2026-11-27T10:00:00.000Z');
    expect(resolveNow({ BUILD_TIME: '2026-11-27T12:00:00Z' }).toISOString()).toBe('2026-11-27T12:00:00.000Z');
    const before = Date.now();
    expect(resolveNow({}).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('stops on a malformed BUILD_TIME instead of publishing by the clock', () => {
    expect(() => resolveNow({ BUILD_TIME: 'mâine' })).toThrow('BUILD_TIME "mâine" is not a date-time; write it as 2026-12-01T10:00');
  });
});
