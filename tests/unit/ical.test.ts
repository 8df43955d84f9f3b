import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, fold } from '../../src/lib/ical.ts';
import { parseDateTime } from '../../src/lib/dates.ts';

const at = (s: string) => {
  const r = parseDateTime(s);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
};

const options = { name: 'Instituția Prefectului – Județul Alba', host: 'ab.prefectura.mai.gov.ro', stamp: new Date('2026-11-27T10:00:00Z') };

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCalendar', () => {
  it('keeps local times right on both sides of the October DST change (read by ical.js)', () => {
    const text = calendar(
      [
        { id: 'a', title: 'Conferință de presă; bilanț, octombrie', start: at('2026-10-24T11:00'), end: at('2026-10-24T12:00'), location: 'Sala de ședințe, etaj 1' },
        { id: 'b', title: 'Ședința CJSU', start: at('2026-10-26T11:00'), description: 'Ordinea de zi:\n1. Iarna' },
        { id: 'c', title: 'Anulat', start: at('2026-03-30T09:00'), cancelled: true },
      ],
      options,
    );
    const [a, b, c] = parse(text);
    expect(a!.startDate.toJSDate().toISOString()).toBe('2026-10-24T08:00:00.000Z'); // +03:00
    expect(a!.endDate.toJSDate().toISOString()).toBe('2026-10-24T09:00:00.000Z');
    expect(b!.startDate.toJSDate().toISOString()).toBe('2026-10-26T09:00:00.000Z'); // +02:00
    expect(c!.startDate.toJSDate().toISOString()).toBe('2026-03-30T06:00:00.000Z'); // +03:00
    expect(a!.summary).toBe('Conferință de presă; bilanț, octombrie');
    expect(a!.location).toBe('Sala de ședințe, etaj 1');
    expect(b!.description).toBe('Ordinea de zi:\n1. Iarna');
    expect(a!.uid).toBe('a@ab.prefectura.mai.gov.ro');
    expect(c!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('uses CRLF and folds long lines at 75 octets without breaking diacritics', () => {
    const text = calendar([{ id: 'x', title: 'ș'.repeat(100), start: at('2026-12-03T11:00') }], options);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(parse(text)[0]!.summary).toBe('ș'.repeat(100));
    expect(fold('abc')).toBe('abc');
  });
});

describe('control characters', () => {
  it('never reach a calendar or a feed', async () => {
    const { escapeText } = await import('../../src/lib/ical.ts');
    const { escapeXml } = await import('../../src/lib/xml.ts');
    expect(escapeText('Sala\r\nmare\rCR\u0000NUL\u0007')).toBe('Sala\\nmare\\nCRNUL');
    expect(escapeXml('a\rb\u0000c\u0085d\u007fe')).toBe('abcde');
  });
});
