import { describe, expect, it } from 'vitest';
import { validateEntry } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { EventType, PressReleaseType, RomaMeasureType, SettingsType } from '../../src/model/index.ts';
import { loadSettings } from '../../src/lib/settings.ts';

const FILE = 'content/press-releases/x.mdx';

const release = (extra: Record<string, unknown> = {}) => ({
  title: 'Prefectul a convocat Comitetul Județean pentru Situații de Urgență',
  date: '2026-11-20T14:30',
  summary: 'Ședința a analizat pregătirea sezonului rece.',
  ...extra,
});

function problems(type: Parameters<typeof validateEntry>[0], data: unknown, file = FILE): string[] {
  const r = validateEntry(type, file, data);
  return r.ok ? [] : r.problems.map(formatProblem);
}

function parsed<T = Record<string, unknown>>(type: Parameters<typeof validateEntry>[0], data: unknown): T {
  const r = validateEntry(type, FILE, data);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.data as T;
}

describe('press release schema', () => {
  it('accepts the three required fields alone and fills the defaults', () => {
    expect(parsed(PressReleaseType, release())).toMatchObject({
      type: 'comunicat',
      draft: false,
      topics: [],
      people: [],
      attachments: [],
      corrections: [],
      date: new Date('2026-11-20T12:30:00Z'),
    });
  });

  it('accepts a complete release, with Date values as YAML produces them', () => {
    const data = parsed<{ replyTo: { date: string }; embargoUntil: Date }>(PressReleaseType, release({
      type: 'drept-la-replica',
      number: '412/2026',
      topics: ['situatii-de-urgenta'],
      people: ['prefect', 'subprefect'],
      image: { src: '/media/2026/cjsu.jpg', alt: 'Membrii comitetului în sala de ședințe', credit: 'Foto: Prefectura' },
      attachments: [{ file: '/media/2026/hotarare.pdf', title: 'Hotărârea CJSU nr. 12/2026' }],
      embargoUntil: new Date('2026-11-21T08:00:00Z'),
      replyTo: { outlet: 'Ziarul Unirea', title: 'Un articol', url: 'https://example.ro/a', date: new Date(Date.UTC(2026, 10, 18)) },
      corrections: [{ date: '2026-11-21T09:15', note: 'Am corectat data.' }],
      withdrawn: { date: '2026-11-22T10:00', reason: 'Informația a fost înlocuită.' },
    }));
    expect(data.replyTo.date).toBe('2026-11-18');
    expect(data.embargoUntil).toEqual(new Date('2026-11-21T08:00:00Z'));
  });

  it('treats what a CMS form leaves empty as not set', () => {
    expect(problems(PressReleaseType, release({ number: '', image: { src: '', alt: '' }, embargoUntil: null, attachments: [] }))).toEqual([]);
  });

  it.each([
    [{ embargoUntil: '2026-13-01' }, 'content/press-releases/x.mdx: embargoUntil "2026-13-01" is not a date-time; write it as 2026-12-01T10:00'],
    [{ date: undefined }, 'content/press-releases/x.mdx: date is required („Data și ora publicării”); add it'],
    [{ title: undefined }, 'content/press-releases/x.mdx: title is required („Titlu”); add it'],
    [{ summary: 'a'.repeat(301) }, 'content/press-releases/x.mdx: summary is 301 characters long; shorten it to at most 300'],
    [{ type: 'anunt' }, 'content/press-releases/x.mdx: type "anunt" is not one of: comunicat, informare, precizari, drept-la-replica, invitatie-de-presa'],
    [{ number: '12-2026' }, 'content/press-releases/x.mdx: number "12-2026" must be number/year, e.g. 412/2026'],
    [{ titel: 'x' }, 'content/press-releases/x.mdx: titel is not a known field; did you mean title?'],
    [{ draft: 'da' }, 'content/press-releases/x.mdx: draft is "da" but should be true or false'],
    [{ people: ['primar'] }, 'content/press-releases/x.mdx: people[0] "primar" is not one of: prefect, subprefect, secretar-general, purtator-de-cuvant'],
    [{ image: { src: '/media/2026/a.jpg' } }, 'content/press-releases/x.mdx: image.alt is required („Text alternativ”); add it'],
    [{ image: { src: 'C:\\poze\\a.jpg', alt: 'x' } }, 'content/press-releases/x.mdx: image.src "C:\\poze\\a.jpg" must be a file under /media/, e.g. /media/2026/fotografie.jpg (lowercase, no spaces, diacritics or "..")'],
    [{ type: 'drept-la-replica' }, 'content/press-releases/x.mdx: replyTo is required when type is drept-la-replica; add the outlet, title and date of the article you answer'],
    [{ corrections: [{ date: '2026-11-19T10:00', note: 'x' }] }, 'content/press-releases/x.mdx: corrections[0].date is before the release date; a correction comes after publication'],
    [{ corrections: [{ date: '2026-11-25T10:00', note: 'x' }, { date: '2026-11-24T10:00', note: 'y' }] }, 'content/press-releases/x.mdx: corrections[1].date is before the correction listed above it; list the corrections oldest first'],
    [{ date: '2026-03-29T03:15' }, 'content/press-releases/x.mdx: date 2026-03-29 03:15 does not exist in Romania (clocks jump from 03:00 to 04:00 that night); write 04:15'],
    [{ replyTo: { outlet: 'X', title: 'Y', date: '2026-11-01', url: 'www.x.ro' }, type: 'drept-la-replica' }, 'content/press-releases/x.mdx: replyTo.url "www.x.ro" is not a web address; write it as https://…'],
  ])('%o → one clear problem', (change, message) => {
    expect(problems(PressReleaseType, release(change))).toEqual([message]);
  });

  it('lists every problem of a file at once', () => {
    const list = problems(PressReleaseType, { title: '', date: 'ieri', type: 'x', summary: 'ok', embargoUntil: '2026-13-01' });
    expect(list).toEqual([
      'content/press-releases/x.mdx: title is required („Titlu”); add it',
      'content/press-releases/x.mdx: type "x" is not one of: comunicat, informare, precizari, drept-la-replica, invitatie-de-presa',
      'content/press-releases/x.mdx: date "ieri" is not a date-time; write it as 2026-12-01T10:00',
      'content/press-releases/x.mdx: embargoUntil "2026-13-01" is not a date-time; write it as 2026-12-01T10:00',
    ]);
  });
});

describe('event schema', () => {
  const event = (extra: Record<string, unknown> = {}) => ({
    title: 'Conferința de presă lunară',
    type: 'conferinta-de-presa',
    start: '2026-12-03T11:00',
    location: 'Sala de ședințe',
    summary: 'Prefectul prezintă bilanțul lunii.',
    ...extra,
  });
  it('accepts an event and refuses one that ends before it starts', () => {
    expect(problems(EventType, event({ end: '2026-12-03T12:00' }), 'content/events/e.mdx')).toEqual([]);
    expect(problems(EventType, event({ end: '2026-12-03T10:00' }), 'content/events/e.mdx')).toEqual([
      'content/events/e.mdx: end is not after start; an event ends after it begins',
    ]);
  });
});

describe('Roma measure schema', () => {
  const measure = (extra: Record<string, unknown> = {}) => ({
    code: 'ED-01', domain: 'educatie', objective: 'o', measure: 'm', responsible: ['ISJ Alba'], deadline: '2026-12-31',
    indicators: ['i'], funding: 'buget de stat', status: 'in-derulare', ...extra,
  });
  it.each([
    [{}, []],
    [{ code: 'OC-01' }, ['content/roma-plan/measures/ed-01.yaml: code must start with ED- for domain educatie']],
    [{ status: 'gata' }, ['content/roma-plan/measures/ed-01.yaml: status "gata" is not one of: planificata, in-derulare, realizata, intarziata, anulata']],
    [{ responsible: [] }, ['content/roma-plan/measures/ed-01.yaml: responsible needs at least 1 item']],
    [{ progress: [{ semester: '2026-S3', note: 'x' }] }, ['content/roma-plan/measures/ed-01.yaml: progress[0].semester "2026-S3" must be a year and semester, e.g. 2026-S1']],
  ])('%o', (change, expected) => {
    expect(problems(RomaMeasureType, measure(change), 'content/roma-plan/measures/ed-01.yaml')).toEqual(expected);
  });
});

describe('settings', () => {
  it('the bundled settings file is valid', () => {
    const s = loadSettings();
    expect(s.institution.name).toBe('Instituția Prefectului – Județul Alba');
    expect(s.topics.length).toBeGreaterThan(5);
  });
  it('refuses duplicate topics and a missing prefect', () => {
    const s = structuredClone(loadSettings()) as Record<string, unknown> & { topics: unknown[]; leadership: { role: string }[] };
    s.topics = [{ slug: 'a', label: 'A' }, { slug: 'a', label: 'B' }];
    s.leadership = s.leadership.filter((l) => l.role !== 'prefect');
    expect(problems(SettingsType, s, 'content/settings/site.yaml')).toEqual([
      'content/settings/site.yaml: topics[1].slug "a" appears twice; topic identifiers must be unique',
      'content/settings/site.yaml: leadership has no prefect; add one entry with role: prefect',
    ]);
  });
});
