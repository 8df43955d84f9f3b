/**
 * The site's social cards: one per public release and event (the same `isPublished` lists
 * as the pages, from this folder) and one per section, each with its hashed URL, and the
 * one build step that makes sure every one of them is in the card cache.
 */
import { CARD_HEIGHT, CARD_WIDTH, type CardContent, type CardNode } from '../og/template.ts';
import { CARD_SECTIONS, cardAlt, cardBrand, eventCard, releaseCard, sectionCard, sectionOf } from '../og/content.ts';
import { cardJob, ensureCards } from '../og/cards.ts';
import { cardsHeadStart } from '../og/prewarm.ts';
import { readFileSync } from 'node:fs';
import { readLogo } from '../og/logo.ts';
import { renderCardPng } from '../og/render.ts';
import { cardCacheDir, cardPath } from '../og/store.ts';
import { publishedEvents, type EventEntry } from './events.ts';
import { publishedReleases, type ReleaseEntry } from './releases.ts';
import { publicDir, settings } from './site.ts';

/** A card as pages announce it. */
export interface Card {
  /** Path under the site, e.g. /carduri/comunicate/2026-11-20-cjsu-1a2b3c4d5e6f.png. */
  path: string;
  /** Absolute URL, as og:image wants it. */
  url: string;
  alt: string;
  width: number;
  height: number;
  hash: string;
  tree: CardNode;
}

export const CARDS_BASE = '/carduri/';

const brand = cardBrand(settings, readLogo(publicDir, settings.logo.src));
/** The identity on every card, for the CMS preview (the admin page embeds it). */
export const cardBrandOfSite = brand;
export const cacheDir = cardCacheDir(settings.siteUrl);

function card(folder: string, slug: string, content: CardContent): Card {
  const { tree, hash } = cardJob(content, brand);
  // 12 hex digits in the URL: a new address whenever the card changes.
  const path = `${CARDS_BASE}${folder}/${slug}-${hash.slice(0, 12)}.png`;
  return { path, url: new URL(path, settings.siteUrl).href, alt: cardAlt(content, brand), width: CARD_WIDTH, height: CARD_HEIGHT, hash, tree };
}

const memo = new Map<string, Card>();
const once = (key: string, make: () => Card) => memo.get(key) ?? memo.set(key, make()).get(key)!;

export function releaseCardOf(release: ReleaseEntry): Card {
  const d = release.data;
  return once(`r:${release.id}`, () =>
    card('comunicate', release.id, releaseCard({ title: d.title, type: d.type, number: d.number, date: d.date, withdrawn: d.withdrawn, corrections: d.corrections })),
  );
}

export function eventCardOf(event: EventEntry): Card {
  const d = event.data;
  return once(`e:${event.id}`, () =>
    card('evenimente', event.id, eventCard({ title: d.title, type: d.type, start: d.start, end: d.end, location: d.location, cancelled: d.cancelled })),
  );
}

/** The card of the section a page belongs to: the card of every page without its own. */
export function sectionCardFor(pathname: string): Card {
  const section = sectionOf(pathname);
  return once(`s:${section.key}`, () => card('sectiuni', section.key, sectionCard(section, settings.institution)));
}

/** Every card of the site: public releases and events, and the sections. */
export async function allCards(): Promise<Card[]> {
  const [releases, events] = await Promise.all([publishedReleases(), publishedEvents()]);
  return [...releases.map(releaseCardOf), ...events.map(eventCardOf), ...CARD_SECTIONS.map((s) => sectionCardFor(s.path))];
}

let ready: Promise<Card[]> | undefined;

/**
 * Draws the cards missing from the cache, once per build, then drops the cache's cards
 * that no page uses any more (old titles, entries no longer public), so it stays the size
 * of the site.
 */
export function cardsReady(): Promise<Card[]> {
  ready ??= allCards().then(async (cards) => {
    // The build started drawing them as soon as the content was checked (src/og/prewarm.ts).
    await cardsHeadStart();
    await ensureCards(cards, { cacheDir, log: (line) => console.log(line), prune: true });
    return cards;
  });
  return ready;
}

/**
 * For the build's last steps (src/integrations/after-pages.ts), which copy every card from the
 * cache into dist/: 11,000 files copied in a second or two, where an Astro route spent
 * 2.4 ms on each. Registered when pages first load this module (the layout does).
 */
(globalThis as Record<symbol, unknown>)[Symbol.for('cancelaria.cards-ready')] = () => cardsReady().then((cards) => ({ cards, cacheDir }));

/** A card's PNG, from the cache; drawn again if it went missing since (another build's clean-up). */
export async function cardPng(card: Card): Promise<Buffer> {
  try {
    return readFileSync(cardPath(cacheDir, card.hash));
  } catch {
    return renderCardPng(card.tree);
  }
}
