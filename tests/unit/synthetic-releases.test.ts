/**
 * The search bench's synthetic archive must stay valid content as the model changes, or
 * `npm run bench:search` fails after minutes of work; checked here in a second.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { syntheticEvents, syntheticReleases } from '../../scripts/synthetic-releases.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const site = mkdtempSync(join(tmpdir(), 'cancelaria-synthetic-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('syntheticReleases', () => {
  it('writes releases the content check accepts, with unique names and numbers', { timeout: 60_000 }, () => {
    cpSync(join(ROOT, 'content'), join(site, 'content'), { recursive: true });
    cpSync(join(ROOT, 'public'), join(site, 'public'), { recursive: true });
    const releases = syntheticReleases(150, '2026-11-27T12:00');
    for (const r of releases) writeFileSync(join(site, 'content/press-releases', r.file), r.text);
    const events = syntheticEvents(60, '2026-11-27T12:00');
    for (const e of events) writeFileSync(join(site, 'content/events', e.file), e.text);
    const { problems, entries } = checkContent(site);
    expect(problems.map((p) => `${p.file}: ${p.field} ${p.message}`)).toEqual([]);
    expect(entries.get('pressReleases')!.length).toBeGreaterThanOrEqual(150);
    expect(entries.get('events')!.length).toBeGreaterThanOrEqual(60);
    expect(new Set(releases.map((r) => r.file)).size).toBe(150);
    expect(new Set(events.map((e) => e.file)).size).toBe(60);
  });

  it('is deterministic and signs every release, so "prefectul" matches every page', () => {
    expect(syntheticReleases(30, '2026-11-27T12:00')).toEqual(syntheticReleases(30, '2026-11-27T12:00'));
    expect(syntheticEvents(30, '2026-11-27T12:00')).toEqual(syntheticEvents(30, '2026-11-27T12:00'));
    for (const r of syntheticReleases(30, '2026-11-27T12:00')) expect(r.text).toMatch(/Prefectului/);
  });
});
