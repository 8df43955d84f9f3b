/**
 * Starts drawing the social cards as soon as the content check has read the entries, in
 * worker threads, while Astro syncs the content and bundles the site (tens of seconds on
 * a large archive). The pages' own step (cardsReady in src/data/cards.ts) waits for it
 * and then finds the cards in the cache. Only a head start: the cache is keyed by each
 * card's content hash, so a card drawn here that no page names is pruned afterwards, and
 * a card a page names that is not drawn here is drawn then.
 */
import { join } from 'node:path';
import type { LoadedEntry } from '../lib/content-check.ts';
import { isPublished } from '../lib/publishing.ts';
import type { Settings } from '../model/settings.ts';
import { cardJob, ensureCards } from './cards.ts';
import { CARD_SECTIONS, cardBrand, eventCard, releaseCard, sectionCard, type EventCardFields, type ReleaseCardFields } from './content.ts';
import { readLogo } from './logo.ts';
import { cardCacheDir } from './store.ts';
import type { CardContent } from './template.ts';

const KEY = Symbol.for('cancelaria.cards-head-start');

/** The head start of this build, if one was made. Never rejects. */
export function cardsHeadStart(): Promise<void> | undefined {
  return (globalThis as { [KEY]?: Promise<void> })[KEY];
}

export function startCards(root: string, entries: Map<string, LoadedEntry[]>, now: Date, log: (line: string) => void): void {
  const settings = entries.get('settings')?.[0]?.data as Settings | undefined;
  if (!settings) return;
  const brand = cardBrand(settings, readLogo(join(root, 'public'), settings.logo.src));
  const publicData = (key: string) => (entries.get(key) ?? []).map((e) => e.data as Parameters<typeof isPublished>[0]).filter((d) => isPublished(d, now));
  const contents: CardContent[] = [
    ...publicData('pressReleases').map((d) => releaseCard(d as unknown as ReleaseCardFields)),
    ...publicData('events').map((d) => eventCard(d as unknown as EventCardFields)),
    ...CARD_SECTIONS.map((s) => sectionCard(s, settings.institution)),
  ];
  const jobs = contents.map((c) => cardJob(c, brand));
  const started = ensureCards(jobs, { cacheDir: cardCacheDir(settings.siteUrl), log }).then(
    () => undefined,
    (error: unknown) => log(`carduri sociale: desenarea în avans s-a oprit (${error instanceof Error ? error.message : String(error)}); cardurile lipsă se desenează odată cu paginile`),
  );
  (globalThis as { [KEY]?: Promise<void> })[KEY] = started;
}
