/** When the public site changes by itself: the next embargo end, scheduled release or event becoming past. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDateTime, resolveNow } from '../../src/lib/dates.ts';
import { isPublished } from '../../src/lib/publishing.ts';
import { upcomingChanges, type ScheduleInput } from '../../src/lib/schedule.ts';

const at = (s: string) => {
  const p = parseDateTime(s);
  if (!p.ok) throw new Error(s);
  return p.value;
};
const release = (file: string, data: Partial<ScheduleInput['releases'][number]['data']>) => ({ file: `content/press-releases/${file}.mdx`, data: { title: file, date: at('2026-11-01T09:00'), ...data } });
const event = (file: string, start: string, end?: string, draft = false) => ({ file: `content/events/${file}.mdx`, data: { title: file, start: at(start), end: end ? at(end) : undefined, draft } });

const fixture: ScheduleInput = {
  releases: [
    release('public', {}),
    release('embargo', { embargoUntil: at('2026-12-01T10:00') }),
    release('embargo-past', { embargoUntil: at('2026-11-20T10:00') }),
    release('scheduled', { date: at('2026-11-28T08:00') }),
    release('scheduled-later-embargo', { date: at('2026-11-28T08:00'), embargoUntil: at('2026-11-29T08:00') }),
    release('draft-embargo', { embargoUntil: at('2026-11-28T07:00'), draft: true }),
    // Summer time: the offset differs from the winter entries and must still sort by instant.
    release('summer', { date: at('2027-06-01T09:00') }),
  ],
  events: [
    event('conference', '2026-12-03T11:00', '2026-12-03T12:00'),
    event('no-end', '2026-11-30T10:00'),
    event('past', '2026-11-01T10:00', '2026-11-01T11:00'),
    event('draft-event', '2026-11-28T06:00', undefined, true),
  ],
};

describe('upcomingChanges', () => {
  const now = resolveNow({ BUILD_TIME: '2026-11-27T12:00' });
  const changes = upcomingChanges(fixture, now);

  it('lists every future change in time order, drafts and past moments left out', () => {
    expect(changes.map((c) => [c.at.toISOString(), c.kind, c.file.split('/').pop()])).toEqual([
      ['2026-11-28T06:00:00.000Z', 'scheduled', 'scheduled.mdx'],
      ['2026-11-29T06:00:00.000Z', 'embargo-ends', 'scheduled-later-embargo.mdx'],
      ['2026-11-30T08:00:00.000Z', 'event-ends', 'no-end.mdx'],
      ['2026-12-01T08:00:00.000Z', 'embargo-ends', 'embargo.mdx'],
      ['2026-12-03T10:00:00.000Z', 'event-ends', 'conference.mdx'],
      ['2027-06-01T06:00:00.000Z', 'scheduled', 'summer.mdx'],
    ]);
  });

  it('agrees with isPublished: each release is not public just before its moment and is just after', () => {
    for (const c of changes.filter((c) => c.kind !== 'event-ends')) {
      const r = fixture.releases.find((x) => x.file === c.file)!;
      expect(isPublished(r.data, new Date(c.at.getTime() - 1))).toBe(false);
      expect(isPublished(r.data, c.at)).toBe(true);
    }
  });

  it('is empty once everything has happened', () => {
    expect(upcomingChanges(fixture, resolveNow({ BUILD_TIME: '2028-01-01T00:00' }))).toEqual([]);
  });
});

describe('npm run schedule', () => {
  const root = join(import.meta.dirname, '../..');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--experimental-strip-types', join(root, 'scripts/schedule.ts'), ...args], { cwd: root, env: { ...process.env, BUILD_TIME: '2026-11-27T12:00' }, encoding: 'utf8' });

  it('prints the next moment, with its offset, for the sample content', () => {
    const r = run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2026-12-01T10:00:00\+02:00 {2}\(1 decembrie 2026, ora 10:00, Bucharest time\)\n {2}embargo ends: content\/press-releases\/2026-12-01-mesajul-prefectului-ziua-nationala-2026\.mdx/);
  });
  it('--json lists them all', () => {
    const json = JSON.parse(run('--json').stdout) as { now: string; changes: { at: string; kind: string }[] };
    expect(json.now).toBe('2026-11-27T12:00:00+02:00');
    expect(json.changes.length).toBeGreaterThan(1);
    expect(json.changes[0]).toMatchObject({ at: '2026-12-01T10:00:00+02:00', kind: 'embargo-ends' });
  });
});
