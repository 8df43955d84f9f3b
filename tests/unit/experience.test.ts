/** Pure logic behind the experience pages: alerts, event times, contact links, page shapes, tables. */
import { describe, expect, it } from 'vitest';
import { activeAlerts, type Alert } from '../../src/lib/alerts.ts';
import { linkSegments, telHref } from '../../src/lib/contact-links.ts';
import { nextConference, releasesAround, splitByTime } from '../../src/lib/events.ts';
import { pageShapes, routePattern } from '../../src/lib/page-shapes.ts';
import { alignNumbers, rehypeTables } from '../../src/lib/rehype-tables.ts';

const at = (s: string) => new Date(s);
const now = at('2026-11-27T12:00:00+02:00');
const href = (id: string) => `/comunicate/${id}/`;

describe('activeAlerts', () => {
  const alert = (level: Alert['level'], until: string): Alert => ({ level, text: level, until: at(until) });
  const release = (id: string, a: Alert, data: Record<string, unknown> = {}) => ({ id, data: { date: at('2026-11-27T08:00:00+02:00'), raiseAlert: true, alert: a, ...data } });

  it('shows a public release’s alert until its end, most urgent first, linking to the release', () => {
    const got = activeAlerts(
      [release('galben', alert('galben', '2026-11-28T20:00:00+02:00')), release('rosu', alert('rosu', '2026-11-27T18:00:00+02:00'))],
      undefined,
      now,
      href,
    );
    expect(got.map((a) => [a.level, a.href])).toEqual([['rosu', '/comunicate/rosu/'], ['galben', '/comunicate/galben/']]);
  });

  it('hides an alert after its end time, and one whose release is not public', () => {
    const ended = release('ended', alert('rosu', '2026-11-27T11:59:00+02:00'));
    const draft = release('draft', alert('rosu', '2026-12-01T00:00:00+02:00'), { draft: true });
    const embargoed = release('emb', alert('rosu', '2026-12-01T00:00:00+02:00'), { embargoUntil: at('2026-11-28T00:00:00+02:00') });
    const scheduled = release('later', alert('rosu', '2026-12-01T00:00:00+02:00'), { date: at('2026-11-27T12:01:00+02:00') });
    const switchedOff = release('off', alert('rosu', '2026-12-01T00:00:00+02:00'), { raiseAlert: false });
    expect(activeAlerts([ended, draft, embargoed, scheduled, switchedOff], undefined, now, href)).toEqual([]);
  });

  it('shows the settings alert with its own link, and drops it after its end', () => {
    const s = { ...alert('portocaliu', '2026-11-27T13:00:00+02:00'), link: 'https://www.meteoromania.ro' };
    expect(activeAlerts([], s, now, href)).toMatchObject([{ level: 'portocaliu', href: 'https://www.meteoromania.ro' }]);
    expect(activeAlerts([], s, at('2026-11-27T13:00:00+02:00'), href)).toEqual([]);
  });
});

describe('events in time', () => {
  const ev = (id: string, start: string, type = 'sedinta', end?: string, cancelled?: string) => ({ id, data: { start: at(start), end: end ? at(end) : undefined, type, cancelled } });
  const events = [
    ev('c', '2026-12-03T11:00:00+02:00', 'conferinta-de-presa'),
    ev('a', '2026-12-01T13:30:00+02:00'),
    ev('running', '2026-11-27T10:00:00+02:00', 'sedinta', '2026-11-27T14:00:00+02:00'),
    ev('past', '2026-11-12T10:00:00+02:00', 'conferinta-de-presa'),
    ev('older', '2026-11-05T10:00:00+02:00'),
    ev('cancelled', '2026-11-30T10:00:00+02:00', 'conferinta-de-presa', undefined, 'amânată'),
  ];
  it('lists upcoming events by date (3 Dec after 1 Dec), past ones newest first', () => {
    const { upcoming, past } = splitByTime(events, now);
    expect(upcoming.map((e) => e.id)).toEqual(['running', 'cancelled', 'a', 'c']);
    expect(past.map((e) => e.id)).toEqual(['past', 'older']);
  });
  it('finds the next press conference that is not cancelled', () => {
    expect(nextConference(splitByTime(events, now).upcoming)?.id).toBe('c');
  });
  it('splits linked releases at the start: announcement before, outcome after', () => {
    const r = (d: string) => ({ data: { date: at(d) } });
    const { before, after } = releasesAround(events[0]!, [r('2026-11-26T10:00:00+02:00'), r('2026-12-03T15:00:00+02:00')]);
    expect([before.length, after.length]).toEqual([1, 1]);
  });
});

describe('contact links', () => {
  it.each([
    ['0258 811 204', 'tel:0258811204'],
    ['0258 811 204, interior 112', 'tel:0258811204'],
    ['+40 258 811 204', 'tel:+40258811204'],
    ['nu are', undefined],
  ])('%s → %s', (phone, want) => expect(telHref(phone)).toBe(want));

  it('finds e-mail addresses and phone numbers in free text, leaving the full stop out', () => {
    const parts = linkSegments('telefonic la 0258 811 204 sau la prefectura@prefecturaalba.ro. Aduceți actul.');
    expect(parts.filter((p) => p.href).map((p) => [p.text, p.href])).toEqual([
      ['0258 811 204', 'tel:0258811204'],
      ['prefectura@prefecturaalba.ro', 'mailto:prefectura@prefecturaalba.ro'],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('telefonic la 0258 811 204 sau la prefectura@prefecturaalba.ro. Aduceți actul.');
  });
});

describe('page shapes', () => {
  it('turns route files into patterns, static before dynamic', () => {
    expect(routePattern('comunicate/[slug].astro')?.route).toBe('/comunicate/[slug]/');
    expect(routePattern('index.astro')?.route).toBe('/');
    expect(routePattern('rss.xml.ts')).toBeUndefined();
    const shapes = pageShapes(['[slug].astro', 'presa.astro', 'comunicate/index.astro', 'comunicate/[slug].astro', 'index.astro'], [
      '/', '/presa/', '/accesibilitate/', '/comunicate/', '/comunicate/b/', '/comunicate/a/',
    ]);
    expect(Object.fromEntries(shapes)).toEqual({ '/': '/', '/presa/': '/presa/', '/[slug]/': '/accesibilitate/', '/comunicate/': '/comunicate/', '/comunicate/[slug]/': '/comunicate/a/' });
  });
});

describe('content tables', () => {
  const cell = (tag: string, text: string) => ({ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value: text }] });
  const table = () => ({
    type: 'element',
    tagName: 'table',
    children: [
      { type: 'element', tagName: 'thead', children: [{ type: 'element', tagName: 'tr', children: [cell('th', 'Anul'), cell('th', 'Pașapoarte'), cell('th', 'Note')] }] },
      { type: 'element', tagName: 'tbody', children: [
        { type: 'element', tagName: 'tr', children: [cell('td', '2024'), cell('td', '12.480'), cell('td', 'creștere')] },
        { type: 'element', tagName: 'tr', children: [cell('td', '2025'), cell('td', '14.112'), cell('td', '')] },
      ] },
    ],
  });
  it('right-aligns the columns that hold only numbers (not the first, which names the row)', () => {
    const t = table();
    alignNumbers(t as never);
    const classes = (t.children[1]!.children[0]!.children as { properties: { className?: string[] } }[]).map((c) => c.properties.className ?? []);
    expect(classes).toEqual([[], ['num'], []]);
  });
  it('wraps a table in a focusable, named scroll region', () => {
    const root = { type: 'root', children: [table()] };
    rehypeTables()(root as never);
    expect(root.children[0]).toMatchObject({ tagName: 'div', properties: { className: ['table-wrap'], role: 'region', tabIndex: 0 } });
  });
});
