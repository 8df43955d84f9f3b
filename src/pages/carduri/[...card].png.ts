/** The social cards, from the card cache once `cardsReady` has drawn the missing ones. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CARDS_BASE, cardPng, cardsReady, type Card } from '../../data/cards.ts';

export const getStaticPaths = (async () =>
  (await cardsReady()).map((card) => ({ params: { card: card.path.slice(CARDS_BASE.length, -'.png'.length) }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardPng((props as { card: Card }).card)), { headers: { 'Content-Type': 'image/png' } });
