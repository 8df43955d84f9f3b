/**
 * The social cards while developing (`astro dev`). A build writes none here: its last
 * step copies them from the card cache into dist/ (src/integrations/after-pages.ts), much faster
 * than one route per card.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CARDS_BASE, cardPng, cardsReady, type Card } from '../../data/cards.ts';
import { isStaticBuild } from '../../lib/page-store.ts';

export const getStaticPaths = (async () =>
  !isStaticBuild() ? (await cardsReady()).map((card) => ({ params: { card: card.path.slice(CARDS_BASE.length, -'.png'.length) }, props: { card } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardPng((props as { card: Card }).card)), { headers: { 'Content-Type': 'image/png' } });
