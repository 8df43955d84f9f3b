/**
 * The sample content must not contradict itself: a journalist who reads a release, the
 * report it cites and the data files behind both should find one figure per fact. These
 * checks read the content as the build does (checkContent) and compare what can be
 * compared mechanically: measure counts by status against the plan, the reports and the
 * releases; release numbering per year against the stated number of releases; weekdays
 * written next to dates; the press-conference rule against the events; one name per body.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type LoadedEntry } from '../../src/lib/content-check.ts';
import { localYear, wallTime } from '../../src/lib/dates.ts';
import { MEASURE_STATUSES } from '../../src/model/roma-plan.ts';

const ROOTS = { sample: process.cwd(), cluj: join(process.cwd(), 'tests/fixtures/cluj') };

function load(root: string) {
  const { entries } = checkContent(root);
  const get = (key: string) => (entries.get(key) ?? []) as (LoadedEntry & { data: Record<string, any> })[];
  const all = [...entries.values()].flat();
  return { get, all };
}
const sample = load(ROOTS.sample);

/** "31.482" → 31482; "una" → 1. */
const num = (s: string) => (s === 'una' || s === 'o' ? 1 : Number(s.replace(/\./g, '')));
const text = (e: LoadedEntry) => `${JSON.stringify(e.data)}\n${e.body ?? ''}`;
const plain = (s: string) => s.replace(/\*\*/g, '');

/** Table rows "| Label | 12 |" (or "| Label | 5 | 6 |": the last column, the newest) by label. */
function tableRows(body: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (const m of body.matchAll(/^\| \**([^|*]+?)\** ((?:\| \**[\d.]+\** )+)\|$/gm)) {
    const cells = m[2]!.split('|').map((c) => c.replace(/\*/g, '').trim()).filter(Boolean);
    rows.set(m[1]!.trim().toLowerCase(), num(cells.at(-1)!));
  }
  return rows;
}

const STATUS_WORDS: Record<string, RegExp> = {
  realizata: /^realizat[eă]$/,
  'in-derulare': /^în derulare$/,
  planificata: /^planificat[eă](, neîncepute)?$/,
  intarziata: /^întârziat[eă]$/,
  anulata: /^anulat[eă]$/,
};
function statusTable(body: string): Record<string, number> | undefined {
  const rows = tableRows(body);
  const out: Record<string, number> = {};
  for (const [label, n] of rows) for (const [status, re] of Object.entries(STATUS_WORDS)) if (re.test(label)) out[status] = n;
  if (Object.keys(out).length < 3) return undefined;
  for (const s of MEASURE_STATUSES) out[s.value] ??= 0;
  return out;
}

describe('Roma plan: one count of measures everywhere', () => {
  const measures = sample.get('romaMeasures');
  const byStatus = Object.fromEntries(MEASURE_STATUSES.map((s) => [s.value, measures.filter((m) => m.data.status === s.value).length]));
  const reports = sample.get('romaReports').sort((a, b) => String(a.data.semester).localeCompare(b.data.semester));
  const latest = reports.at(-1)!;

  it('the plan\'s table of domains counts the measure files, domain by domain', () => {
    const plan = sample.get('romaPlan')[0]!;
    const rows = [...plan.body!.matchAll(/^\| [^|]+ \| ([A-Z]{2})-\d\d – [A-Z]{2}-\d\d \| (\d+) \|$/gm)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, prefix, n] of rows) expect(measures.filter((m) => m.data.code.startsWith(`${prefix}-`)).length, prefix).toBe(Number(n));
    const total = /\| \*\*Total\*\* \| \| \*\*(\d+)\*\* \|/.exec(plan.body!);
    expect(Number(total?.[1])).toBe(measures.length);
  });

  it('the latest report states the status of the measure files', () => {
    expect(statusTable(latest.body!)).toEqual(byStatus);
    expect(Number(/celor (\d+) de măsuri/.exec(String(latest.data.summary))?.[1])).toBe(measures.length);
  });

  it('each report\'s summary repeats its own table', () => {
    for (const r of reports) {
      const table = statusTable(r.body!)!;
      const m = /(\d+) realizate, (\d+) în derulare, (\d+) planificate, (una|\d+) întârziat[eă] și (una|\d+) anulat/.exec(String(r.data.summary));
      expect(m, r.file).not.toBeNull();
      expect([num(m![1]!), num(m![2]!), num(m![3]!), num(m![4]!), num(m![5]!)], r.file).toEqual([table.realizata, table['in-derulare'], table.planificata, table.intarziata, table.anulata]);
    }
  });

  it('a release that cites a report gives the report\'s figures', () => {
    const citing = sample.get('pressReleases').filter((r) => /\/romi\/rapoarte\/[\w-]+\//.test(r.body ?? ''));
    expect(citing.length).toBeGreaterThan(0);
    for (const r of citing) {
      const id = /\/romi\/rapoarte\/([\w-]+)\//.exec(r.body!)![1];
      const report = reports.find((x) => x.id === id)!;
      expect(statusTable(r.body!), r.file).toEqual(statusTable(report.body!));
    }
  });

  it('every text that counts "the N measures" of the plan gives the number of measure files', () => {
    for (const e of sample.all) {
      for (const m of plain(text(e)).matchAll(/(?:celor|cele) (\d+) de măsuri/g)) expect(Number(m[1]), e.file).toBe(measures.length);
    }
  });

  it('the health mediators in a release match measure SA-01', () => {
    const sa01 = measures.find((m) => m.data.code === 'SA-01')!;
    const counts = sa01.data.progress.map((p: { note: string }) => /(\d+) mediatori sanitari/.exec(p.note)?.[1]).filter(Boolean).map(Number);
    for (const r of sample.get('pressReleases')) {
      const m = /mediatorilor sanitari a crescut de la (\d+) la (\d+)/.exec(r.body ?? '');
      if (m) expect([Number(m[1]), Number(m[2])], r.file).toEqual([counts[0], counts.at(-1)]);
    }
  });
});

describe('figures of 2025: the annual report, the data files and the releases agree', () => {
  const report = sample.get('pages').find((p) => p.id === 'raport-anual-de-activitate')!;
  const rows = tableRows(report.body!);
  const row = (label: RegExp) => [...rows].find(([k]) => label.test(k))?.[1];
  const releases = sample.get('pressReleases');
  const release = (id: string) => plain(text(releases.find((r) => r.id === id)!));

  it('passports: the monthly chart sums to its stated total, which the report and the release repeat', () => {
    const svg = readFileSync('public/media/2026/pasapoarte-eliberate-2025.svg', 'utf8');
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!;
    const months = [...desc.matchAll(/[a-z]+\.? ([\d.]*\d)[;.]/g)].map((m) => num(m[1]!));
    const stated = num(/Total anual: ([\d.]*\d)/.exec(desc)![1]!);
    expect(months).toHaveLength(12);
    expect(months.reduce((a, b) => a + b, 0)).toBe(stated);
    expect(row(/^pașapoarte simple eliberate$/)).toBe(stated);
    expect(release('2026-01-08-documente-eliberate-in-2025')).toContain(`${desc.match(/Total anual: ([\d.]*\d)/)![1]} de pașapoarte`);
  });

  it('driving licences and registrations in the release are the report\'s', () => {
    const r = release('2026-01-08-documente-eliberate-in-2025');
    expect(num(/([\d.]+) de permise de conducere/.exec(r)![1]!)).toBe(row(/^permise de conducere/));
    expect(num(/([\d.]+) operațiuni de înmatriculare/.exec(r)![1]!)).toBe(row(/^operațiuni de înmatriculare/));
  });

  it('legality control: the release\'s 2025 column is the report\'s', () => {
    const r = release('2026-02-03-controlul-legalitatii-2025');
    const col = (label: string) => num(new RegExp(`\\| ${label} \\| [\\d.]+ \\| ([\\d.]+) \\|`).exec(r)![1]!);
    expect(col('Acte verificate')).toBe(row(/^acte administrative verificate/));
    expect(col('Acte considerate nelegale')).toBe(row(/^acte considerate nelegale/));
    expect(col('Revocate sau modificate după sesizare')).toBe(row(/^acte revocate sau modificate/));
    expect(col('Atacate în contencios administrativ')).toBe(row(/^acte atacate în contencios/));
  });

  it('releases are numbered within the year, in date order, never above the year\'s stated count', () => {
    const stated = new Map<number, number>();
    for (const p of sample.get('pages')) {
      const year = /pe anul (\d{4})/.exec(String(p.data.title))?.[1];
      const count = tableRows(p.body ?? '').get('comunicate și informări de presă');
      if (year && count) stated.set(Number(year), count);
    }
    expect(stated.get(2025)).toBeGreaterThan(0);
    const numbered = releases.filter((r) => r.data.number).sort((a, b) => a.data.date - b.data.date);
    const last = new Map<number, number>();
    for (const r of numbered) {
      const [n, y] = String(r.data.number).split('/').map(Number) as [number, number];
      expect(y, `${r.file}: number ${r.data.number}`).toBe(localYear(r.data.date));
      expect(n, `${r.file}: number ${r.data.number} after ${last.get(y)}`).toBeGreaterThan(last.get(y) ?? 0);
      last.set(y, n);
      if (stated.has(y)) expect(n, `${r.file}: number ${r.data.number} of ${stated.get(y)} releases in ${y}`).toBeLessThanOrEqual(stated.get(y)!);
    }
  });
});

const MONTHS = ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'];
const WEEKDAYS = ['duminică', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă'];
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** Romanian public holidays the sample's dates can touch (Labour Code art. 139). */
const HOLIDAYS = new Set([
  ...[2025, 2026, 2027].flatMap((y) => ['01-01', '01-02', '01-06', '01-07', '01-24', '05-01', '06-01', '08-15', '11-30', '12-01', '12-25', '12-26'].map((d) => `${y}-${d}`)),
  // Orthodox Good Friday, Easter Monday and Whit Monday
  '2025-04-18', '2025-04-21', '2025-06-09', '2026-04-10', '2026-04-13', '2026-06-01', '2027-04-30', '2027-05-03', '2027-06-21',
]);
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const isWorkday = (y: number, m: number, d: number) => ![0, 6].includes(weekday(y, m, d)) && !HOLIDAYS.has(iso(y, m, d));

describe.each(Object.entries(ROOTS))('dates and stated rules (%s)', (_, root) => {
  const site = root === ROOTS.sample ? sample : load(root);

  it('a weekday written next to a date is that date\'s weekday', () => {
    const re = new RegExp(`(${WEEKDAYS.join('|')}),? (\\d{1,2}) (${MONTHS.join('|')})(?: (\\d{4}))?`, 'g');
    const wrong: string[] = [];
    for (const e of site.all) {
      const own = /^(\d{4})-/.exec(e.id)?.[1] ?? /"(\d{4})-\d\d-\d\d/.exec(JSON.stringify(e.data))?.[1];
      for (const m of plain(text(e)).matchAll(re)) {
        const y = Number(m[4] ?? own);
        if (!y) continue;
        const month = MONTHS.indexOf(m[3]!) + 1;
        const actual = WEEKDAYS[weekday(y, month, Number(m[2]))];
        if (actual !== m[1]) wrong.push(`${e.file}: „${m[0]}” is a ${actual}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('press conferences follow the rule the press page states', () => {
    const press = site.get('pages').find((p) => p.id === 'presa')!;
    const rule = /în (prima|a doua|a treia|a patra) (luni|marți|miercuri|joi|vineri) a fiecărei luni, la ora (\d\d:\d\d)/.exec(plain(press.body!));
    expect(rule, 'the press page states the rule').not.toBeNull();
    const nth = ['prima', 'a doua', 'a treia', 'a patra'].indexOf(rule![1]!) + 1;
    const day = WEEKDAYS.indexOf(rule![2]!);
    const conferences = site.get('events').filter((e) => e.data.type === 'conferinta-de-presa');
    expect(conferences.length).toBeGreaterThan(0);
    for (const e of conferences) {
      const w = wallTime(e.data.start);
      let d = 1;
      while (weekday(w.year, w.month, d) !== day) d++;
      d += 7 * (nth - 1);
      // A legal holiday moves the conference to the next working day.
      while (!isWorkday(w.year, w.month, d)) d++;
      expect(`${iso(w.year, w.month, w.day)} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`, e.file).toBe(`${iso(w.year, w.month, d)} ${rule![3]}`);
    }
  });
});

describe('one rule and one name for each thing', () => {
  it('the strategy and the press page state the same press-conference rule', () => {
    const strategy = sample.get('strategy').find((s) => s.data.status === 'current')!;
    const press = sample.get('pages').find((p) => p.id === 'presa')!;
    const rule = (s: string) => /(prima|a doua|a treia) (joi|marți|miercuri|vineri|luni) a fiecărei luni, la ora (\d\d:\d\d)/.exec(plain(s))?.slice(1);
    expect(rule(strategy.body!)).toEqual(rule(press.body!));
  });

  it('the Prefectural College meets as often as the annual report counts', () => {
    const report = sample.get('pages').find((p) => p.id === 'raport-anual-de-activitate')!;
    const meetings = Number(/Colegiul prefectural s-a întrunit în \*\*(\d+) ședințe\*\*/.exec(report.body!)?.[1]);
    expect(meetings).toBe(4);
    for (const e of sample.all) {
      for (const sentence of plain(text(e)).split(/(?<=[.!?])\s|\n/)) {
        if (/Colegiul(ui)? prefectural/i.test(sentence)) expect(sentence, e.file).not.toMatch(/\blunar[ăe]?\b/);
      }
    }
  });

  it.each([
    ['Colegiul Prefectural', /Colegiul(ui)? Prefectural/],
    ['the Roma working group under another name', /Grupul de lucru mixt pentru incluziunea|\bGLM\b|Grupul județean de lucru/],
    ['the county electoral bureau under its old name', /Biroul(ui)? Electoral Județean/],
    ['the strategy HG 560/2022 approves under a wrong title', /minorității romilor pentru perioada 2022/],
    ['the real domain of the prefecture', /prefecturaalba\.ro|ab\.prefectura\.mai\.gov\.ro/],
  ])('no text names %s', (_, re) => {
    const hits = sample.all.filter((e) => re.test(text(e))).map((e) => e.file);
    expect(hits).toEqual([]);
  });

  it('every phone number in the sample is marked as fictional', () => {
    const unmarked: string[] = [];
    for (const e of sample.all) {
      for (const m of text(e).matchAll(/0\d{3} \d{3} \d{3}(?:, interior \d+)?(.{0,10})/g)) if (!m[1]!.startsWith(' (fictiv)')) unmarked.push(`${e.file}: ${m[0]}`);
    }
    expect(unmarked).toEqual([]);
  });
});
