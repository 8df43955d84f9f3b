import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, validateEntry } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { acceptsComments, announcementState, isAnnouncementPublic, nextDeadline, openAnnouncements } from '../../src/lib/announcements.ts';
import { ALL, filterOrders, isOrderPublic, normativeWithoutPdf, orderYears, registerHref } from '../../src/lib/orders.ts';
import { parseDateTime } from '../../src/lib/dates.ts';
import { AnnouncementType, PrefectOrderType } from '../../src/model/index.ts';

const at = (s: string) => {
  const r = parseDateTime(s);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
};

function problems(type: Parameters<typeof validateEntry>[0], data: unknown): string[] {
  const r = validateEntry(type, 'content/x', data);
  return r.ok ? [] : r.problems.map(formatProblem);
}
function parsed<T>(type: Parameters<typeof validateEntry>[0], data: unknown): T {
  const r = validateEntry(type, 'content/x', data);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.data as T;
}

const order = (extra: Record<string, unknown> = {}) => ({
  number: 64,
  date: '2026-04-02',
  title: 'privind programul de lucru cu publicul',
  kind: 'normativ',
  domain: 'servicii-publice',
  pdf: '/media/2026/ordin-64-2026.pdf',
  published: '2026-04-03',
  ...extra,
});

describe('prefect order schema', () => {
  it('accepts a normative order and defaults the status to in force', () => {
    expect(parsed(PrefectOrderType, order())).toMatchObject({ status: 'in-vigoare', changedBy: [], draft: false });
  });

  it.each([
    ['an unknown kind', { kind: 'general' }, 'kind'],
    ['a number that is not a whole number', { number: 'șaizeci' }, 'number'],
    ['a PDF field that is not a PDF', { pdf: '/media/2026/ordin.docx' }, 'pdf is not a PDF'],
    ['publication before the date of the order', { published: '2026-04-01' }, 'published is before the date of the order'],
    ['a changed status with no changing order', { status: 'abrogat' }, 'changedBy is empty but the status is abrogat'],
    ['a date that does not exist', { date: '2026-02-30' }, 'date'],
  ])('refuses %s', (_, extra, fragment) => {
    const found = problems(PrefectOrderType, order(extra));
    expect(found.join('\n')).toContain(fragment);
  });

  it('accepts an abrogated order that names the order that repealed it', () => {
    expect(problems(PrefectOrderType, order({ status: 'abrogat', changedBy: ['ordin-188-2026'] }))).toEqual([]);
  });
});

const consultation = (extra: Record<string, unknown> = {}) => ({
  title: 'Consultare publică: proiectul de ordin',
  kind: 'consultare',
  opens: '2026-11-10T10:00',
  closes: '2027-01-15T16:00',
  summary: 'Supunem dezbaterii publice proiectul.',
  draftAct: '/media/2026/proiect.pdf',
  commentsDeadline: '2026-11-30T16:00',
  commentsAddress: 'consultare@prefectura-alba.example.ro',
  ...extra,
});

describe('announcement schema', () => {
  it('accepts a consultation with its draft, deadline and address', () => {
    expect(problems(AnnouncementType, consultation())).toEqual([]);
  });

  it.each([
    ['no draft act', { draftAct: undefined }, 'draftAct is required for a public consultation'],
    ['no address for comments', { commentsAddress: '' }, 'commentsAddress is required'],
    ['fewer than 10 days for comments', { commentsDeadline: '2026-11-19T10:00' }, 'leaves 9 days for proposals'],
    ['a deadline after the closing', { commentsDeadline: '2027-01-20T10:00' }, 'commentsDeadline is after closes'],
    ['a closing before the opening', { closes: '2026-11-01T10:00' }, 'closes is not after opens'],
    ['adoption sooner than 30 working days after the announcement', { closes: '2026-12-18T16:00' }, 'closes is 28 working days after opens'],
  ])('refuses a consultation with %s', (_, extra, fragment) => {
    expect(problems(AnnouncementType, consultation(extra)).join('\n')).toContain(fragment);
  });

  it('refuses consultation fields on a competition', () => {
    expect(problems(AnnouncementType, consultation({ kind: 'concurs' })).join('\n')).toContain('draftAct is only for public consultations');
  });

  it('accepts a competition with dates only', () => {
    expect(problems(AnnouncementType, { title: 'Concurs', kind: 'concurs', opens: '2026-11-16T09:00', closes: '2026-12-22T16:00', summary: 'Un post.' })).toEqual([]);
  });
});

describe('open or closed, by the build time', () => {
  const a = { kind: 'consultare', opens: at('2026-11-10T10:00'), closes: at('2026-12-18T16:00'), commentsDeadline: at('2026-11-30T16:00') };

  it.each([
    ['a minute before it opens', '2026-11-10T09:59', false, 'deschis', true],
    ['while proposals are received', '2026-11-27T12:00', true, 'deschis', true],
    ['a minute before the deadline for proposals', '2026-11-30T15:59', true, 'deschis', true],
    ['at the deadline for proposals', '2026-11-30T16:00', true, 'deschis', false],
    ['a minute before it closes', '2026-12-18T15:59', true, 'deschis', false],
    ['at the closing moment', '2026-12-18T16:00', true, 'incheiat', false],
    ['a year later', '2027-12-18T16:00', true, 'incheiat', false],
  ])('%s', (_, now, isPublic, state, comments) => {
    expect(isAnnouncementPublic(a, at(now))).toBe(isPublic);
    expect(announcementState(a, at(now))).toBe(state);
    expect(acceptsComments(a, at(now))).toBe(comments);
  });

  it('reads the closing moment as Bucharest time on each side of the DST change', () => {
    const summer = { kind: 'concurs', opens: at('2026-10-01T09:00'), closes: at('2026-10-24T10:00') };
    const winter = { ...summer, closes: at('2026-10-26T10:00') };
    expect(announcementState(summer, new Date('2026-10-24T06:59:00Z'))).toBe('deschis');
    expect(announcementState(summer, new Date('2026-10-24T07:00:00Z'))).toBe('incheiat');
    expect(announcementState(winter, new Date('2026-10-26T07:59:00Z'))).toBe('deschis');
    expect(announcementState(winter, new Date('2026-10-26T08:00:00Z'))).toBe('incheiat');
  });

  it('lists open consultations and competitions for the home page, nearest deadline first', () => {
    const items = [
      { id: 'c', data: { ...a, kind: 'concurs', closes: at('2026-12-22T16:00') } },
      { id: 'x', data: { ...a, kind: 'altul' } },
      { id: 'old', data: { ...a, closes: at('2026-11-01T10:00'), opens: at('2026-10-01T10:00') } },
      { id: 'k', data: a },
      { id: 'draft', data: { ...a, draft: true } },
    ];
    expect(openAnnouncements(items, at('2026-11-27T12:00'), ['consultare', 'concurs']).map((i) => i.id)).toEqual(['k', 'c']);
    // Once proposals are closed, the consultation's next date is its closing (18 December), still before the competition's.
    expect(openAnnouncements(items, at('2026-12-01T12:00'), ['consultare', 'concurs']).map((i) => i.id)).toEqual(['k', 'c']);
    expect(nextDeadline(a, at('2026-12-01T12:00'))).toEqual(a.closes);
    expect(nextDeadline(a, at('2026-11-27T12:00'))).toEqual(a.commentsDeadline);
  });
});

describe('the register of orders', () => {
  const orders = [
    { number: 231, date: '2024-08-12', kind: 'normativ', status: 'modificat', published: '2024-08-13', pdf: '/media/x.pdf' },
    { number: 29, date: '2026-02-16', kind: 'normativ', status: 'in-vigoare', published: '2026-02-17', pdf: '/media/y.pdf' },
    { number: 188, date: '2026-07-28', kind: 'individual', status: 'in-vigoare', published: '2026-07-29' },
    { number: 64, date: '2026-04-02', kind: 'normativ', status: 'abrogat', published: '2026-04-03' },
    { number: 309, date: '2026-11-27', kind: 'individual', status: 'in-vigoare', published: '2026-11-30' },
  ];

  it('filters one year by kind and status, highest number first', () => {
    expect(filterOrders(orders, 2026).map((o) => o.number)).toEqual([309, 188, 64, 29]);
    expect(filterOrders(orders, 2026, 'normativ').map((o) => o.number)).toEqual([64, 29]);
    expect(filterOrders(orders, 2026, ALL, 'abrogat').map((o) => o.number)).toEqual([64]);
    expect(filterOrders(orders, 2026, 'individual', 'abrogat')).toEqual([]);
    expect(orderYears(orders)).toEqual([2026, 2024]);
  });

  it('gives every filter combination its own address', () => {
    expect(registerHref(2026)).toBe('/informatii-de-interes-public/ordinele-prefectului/2026/');
    expect(registerHref(2026, 'normativ', ALL)).toBe('/informatii-de-interes-public/ordinele-prefectului/2026/normativ/toate/');
    expect(registerHref(2026, ALL, 'abrogat')).toBe('/informatii-de-interes-public/ordinele-prefectului/2026/toate/abrogat/');
  });

  it('publishes an order from the start of its publication day', () => {
    expect(isOrderPublic(orders[4]!, at('2026-11-29T23:59'))).toBe(false);
    expect(isOrderPublic(orders[4]!, at('2026-11-30T00:00'))).toBe(true);
    expect(isOrderPublic({ ...orders[1]!, draft: true }, at('2027-01-01T00:00'))).toBe(false);
  });

  it('finds the normative orders without their PDF', () => {
    expect(normativeWithoutPdf(orders).map((o) => o.number)).toEqual([64]);
  });
});

describe('content check of orders, announcements and the standard sections', () => {
  const fixture = () => {
    const root = mkdtempSync(join(tmpdir(), 'cancelaria-publicinfo-'));
    cpSync('tests/fixtures/cluj', root, { recursive: true });
    return root;
  };
  const write = (root: string, rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };

  it('builds the Cluj fixture with no orders or announcements at all', () => {
    const root = fixture();
    try {
      const { problems, warnings } = checkContent(root);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(warnings).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('warns about a normative order without PDF and refuses broken references and duplicate numbers', () => {
    const root = fixture();
    try {
      write(root, 'content/prefect-orders/ordin-5-2026.yaml', 'number: 5\ndate: "2026-02-01"\ntitle: "privind ceva"\nkind: normativ\ndomain: alte-domenii\npublished: "2026-02-02"\nstatus: modificat\nchangedBy: [ordin-9-2026]\n');
      write(root, 'content/prefect-orders/ordin-5-2026-bis.yaml', 'number: 5\ndate: "2026-03-01"\ntitle: "privind altceva"\nkind: individual\ndomain: alte-domenii\npublished: "2026-03-01"\n');
      const { problems, warnings } = checkContent(root);
      expect(warnings.map(formatProblem)).toEqual([
        'content/prefect-orders/ordin-5-2026.yaml: pdf is missing on a normative order; normative orders must be made public (Administrative Code, OUG 57/2019), so upload the signed PDF',
      ]);
      const text = problems.map(formatProblem).join('\n');
      expect(text).toContain('content/prefect-orders/ordin-5-2026.yaml: changedBy[0] "ordin-9-2026" is not an order');
      expect(text).toMatch(/ordin-5-2026(-bis)?\.yaml: number 5\/2026 is already used by/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('requires a page in each section of the standard that needs one, and keeps the built pages\' addresses free', () => {
    const root = fixture();
    try {
      rmSync(join(root, 'content/pages/venituri-salariale.mdx'));
      write(root, 'content/pages/cariera.mdx', '---\ntitle: "Carieră"\nsection: organizare\nupdated: "2026-01-01"\n---\n\nText.\n');
      const text = checkContent(root).problems.map(formatProblem).join('\n');
      expect(text).toContain('no page is in the section "Transparența veniturilor salariale" (section: venituri-salariale)');
      expect(text).toContain('content/pages/cariera.mdx: would have the address of a built-in page of the site (/informatii-de-interes-public/cariera/)');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
