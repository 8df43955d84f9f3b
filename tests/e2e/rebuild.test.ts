/**
 * Rebuilds with the caches a CI keeps (Astro's data store, the content check's cache and
 * the page store in node_modules/.astro/<key>/, the card cache) do only the work that changed, and give
 * exactly the files a build from empty caches gives: on a 300-release archive, built with
 * `npm run build`'s script.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/build-cache.ts';
import { compareBuilds } from '../../scripts/bench.ts';
import { syntheticEvents, syntheticReleases } from '../../scripts/synthetic-releases.ts';
import { ROOT, TEST_BUILD_TIME } from './support/build.ts';

const BUILD_TIMEOUT = 300_000;
const work = mkdtempSync(join(tmpdir(), 'cancelaria-rebuild-'));
const site = join(work, 'site');
const cards = join(work, 'cards');
const cache = astroCacheDir(ROOT, site);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

cpSync(join(ROOT, 'content'), join(site, 'content'), { recursive: true });
cpSync(join(ROOT, 'public'), join(site, 'public'), { recursive: true });
const releases = syntheticReleases(300, TEST_BUILD_TIME);
const syntheticEventFiles = syntheticEvents(30, TEST_BUILD_TIME);
for (const r of releases) writeFileSync(join(site, 'content/press-releases', r.file), r.text);
for (const e of syntheticEventFiles) writeFileSync(join(site, 'content/events', e.file), e.text);

// As `npm run build` runs: without Vitest's NODE_ENV=test, which makes Vite bundle React's development build.
const { NODE_ENV: _test, ...env } = process.env;

function build(outDir: string, buildTime: string = TEST_BUILD_TIME): string {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(ROOT, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: ROOT,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_TIME: buildTime, CANCELARIA_SITE: site, CARDS_CACHE_DIR: cards },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  expect(r.status, output.slice(-4000)).toBe(0);
  return output;
}

const bodies = (output: string) => [...output.matchAll(/(\d+) bod(?:y|ies) rendered/g)].reduce((n, m) => n + Number(m[1]), 0);
/** Pages of a route generated and copied from the page store (src/lib/page-store.ts), as the build reports them. */
const routePages = (output: string, route: string) => {
  const m = new RegExp(`${route.replace(/[[\]/]/g, '\\$&')}: (\\d+) generate, (\\d+) din cache`).exec(output);
  if (!m) throw new Error(`no page store line for ${route} in the build output:\n${output.slice(-3000)}`);
  return { generated: Number(m[1]), copied: Number(m[2]) };
};
const releasePages = (output: string) => routePages(output, 'comunicate/[slug]');
const eventPages = (output: string) => routePages(output, 'evenimente/[slug]');
const cardsDrawn = (output: string) => [...output.matchAll(/carduri sociale: (\d+) desenate/g)].reduce((n, m) => n + Number(m[1]), 0);

describe('rebuilds', () => {
  const first = join(work, 'dist-first');
  const again = join(work, 'dist-again');
  /** Release pages of the archive, as the first build generated them. */
  let total = 0;
  /** Event pages, likewise. */
  let events = 0;

  it('from empty caches renders every body and draws every card once', { timeout: BUILD_TIMEOUT }, () => {
    rmSync(cache, { recursive: true, force: true });
    const output = build(first);
    expect(bodies(output)).toBeGreaterThanOrEqual(330);
    expect(cardsDrawn(output)).toBeGreaterThanOrEqual(330);
    total = releasePages(output).generated;
    events = eventPages(output).generated;
    expect(events).toBeGreaterThanOrEqual(30);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(releasePages(output).copied).toBe(0);
    // Clean output: no page-by-page list, no known-harmless bundler warnings.
    expect(output).not.toMatch(/├─|Use of direct `eval`|"use client"|Some chunks are larger/);
    expect(output).toMatch(/pagini \d+/);
    expect(output).toMatch(/CMS bundle: built in/);
    // Bodies come from the body store with their headings: long pages open with their contents list.
    expect(readFileSync(join(first, 'strategia-de-comunicare/index.html'), 'utf8')).toContain('id="cuprins"');
  });

  it('with nothing changed reads no file again, renders no body, draws no card, and gives the same files', { timeout: BUILD_TIMEOUT }, () => {
    const output = build(again);
    expect(output).toMatch(/content files valid, 0 read since the last build/);
    // The CMS is not bundled again when only content changes (its inputs are cms/, src/, the lock file).
    expect(output).not.toMatch(/CMS bundle: built in/);
    expect(readFileSync(join(again, 'admin/index.html'), 'utf8')).toMatch(/<script type="module" src="\/_astro\/cms\/admin\.[\w-]+\.js">/);
    // The progress total is the last build's count.
    expect(output).toMatch(/pagini \d+\/\d+/);
    expect(bodies(output)).toBe(0);
    expect(cardsDrawn(output)).toBe(0);
    // No release page is generated: each is copied from the page store.
    expect(releasePages(output)).toEqual({ generated: 0, copied: total });
    expect(eventPages(output)).toEqual({ generated: 0, copied: events });
    expect(compareBuilds(first, again)).toEqual([]);
  });

  it('after adding and editing a release and editing an event, ten minutes later, renders those three and generates the pages that show them only, and equals a build from empty caches', { timeout: BUILD_TIMEOUT * 2 }, () => {
    // Later than the builds before: every event page copied from the page store gets this build's time (a release prints its text's date).
    const later = '2026-11-27T12:10';
    const added = syntheticReleases(1, '2026-11-27T11:30')[0]!;
    writeFileSync(
      join(site, 'content/press-releases', '2026-11-27-comunicat-adaugat-la-reconstruire.mdx'),
      added.text.replace(/^date: .*$/m, 'date: "2026-11-27T11:00"').replace(/^number: .*$/m, 'number: "999/2026"'),
    );
    const edited = join(site, 'content/press-releases', releases[150]!.file);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: "/m, 'title: "Corectat: '));
    // An event's title, which the page of the release it belongs to shows.
    const event = join(site, 'content/events/2026-07-02-conferinta-de-presa-iulie-2026.mdx');
    writeFileSync(event, readFileSync(event, 'utf8').replace(/^title: "/m, 'title: "Reprogramată: '));
    const incremental = join(work, 'dist-incremental');
    const output = build(incremental, later);
    expect(output).toMatch(/content files valid, 3 read since the last build/);
    expect(bodies(output)).toBe(3);
    expect(cardsDrawn(output)).toBe(3);
    // The pages of the added and the edited release, and of the release the event belongs to; the others are copied.
    expect(releasePages(output)).toEqual({ generated: 3, copied: total - 2 });
    // The edited event's page; no event names the added or the edited release.
    expect(eventPages(output)).toEqual({ generated: 1, copied: events - 1 });
    expect(readFileSync(join(incremental, 'comunicate/2026-06-29-invitatie-conferinta-de-presa-iulie-2026/index.html'), 'utf8')).toContain('Reprogramată: ');
    expect(readFileSync(join(incremental, 'evenimente', syntheticEventFiles[0]!.file.replace(/\.mdx$/, ''), 'index.html'), 'utf8')).toContain('<time datetime="2026-11-27T12:10:00+02:00">');
    // A release page holds no build time: the page store links it (the same file as in the store), never rewrites it.
    const unchanged = join(incremental, 'comunicate', releases[0]!.file.replace(/\.mdx$/, ''), 'index.html');
    expect(readFileSync(unchanged, 'utf8')).not.toContain('2026-11-27T12:10:00');
    expect(statSync(unchanged).nlink).toBeGreaterThan(1);

    rmSync(cache, { recursive: true, force: true });
    rmSync(cards, { recursive: true, force: true });
    mkdirSync(cards);
    const cold = join(work, 'dist-cold');
    const coldOutput = build(cold, later);
    expect(bodies(coldOutput)).toBeGreaterThanOrEqual(332);
    expect(releasePages(coldOutput)).toEqual({ generated: total + 1, copied: 0 });
    expect(compareBuilds(incremental, cold)).toEqual([]);
  });

  it('after the logo is replaced under the same name, generates every page whose card shows it, and equals a build from empty caches', { timeout: BUILD_TIMEOUT * 2 }, () => {
    // The settings name the logo by its path only; the cards show its pixels, and every
    // release and event page names its card by a hash of what the card shows.
    const logo = join(site, 'public/media/identitate/sigla.svg');
    writeFileSync(logo, readFileSync(logo, 'utf8').replace('</svg>', '<circle cx="1" cy="1" r="1" fill="#fff"/></svg>'));
    const later = '2026-11-27T12:10';
    const incremental = join(work, 'dist-logo');
    const output = build(incremental, later);
    expect(releasePages(output)).toEqual({ generated: total + 1, copied: 0 });
    expect(eventPages(output)).toEqual({ generated: events, copied: 0 });

    rmSync(cache, { recursive: true, force: true });
    rmSync(cards, { recursive: true, force: true });
    mkdirSync(cards);
    const cold = join(work, 'dist-logo-cold');
    build(cold, later);
    expect(compareBuilds(incremental, cold)).toEqual([]);
  });
});
