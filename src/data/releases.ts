import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '../lib/publishing.ts';
import { localYear } from '../lib/dates.ts';
import { now } from './site.ts';

export type ReleaseEntry = CollectionEntry<'pressReleases'>;

let cached: Promise<ReleaseEntry[]> | undefined;

/** Public press releases, newest first. The only way pages obtain releases. */
export function publishedReleases(): Promise<ReleaseEntry[]> {
  cached ??= getCollection('pressReleases', (e) => isPublished(e.data, now)).then((all) =>
    all.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id)),
  );
  return cached;
}

let years: Promise<number[]> | undefined;

/** Years that have public releases, newest first. Every archive page shows them: computed once. */
export function releaseYears(): Promise<number[]> {
  years ??= publishedReleases().then((all) => [...new Set(all.map((r) => localYear(r.data.date)))].sort((a, b) => b - a));
  return years;
}

export const PAGE_SIZE = 20;
