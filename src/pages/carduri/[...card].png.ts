/** The social cards, copied from the card cache once `cardsReady` has drawn the missing ones. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { CARDS_BASE, cardFile, cardsReady, type Card } from '../../data/cards.ts';

export const getStaticPaths = (async () =>
  (await cardsReady()).map((card) => ({ params: { card: card.path.slice(CARDS_BASE.length, -'.png'.length) }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(cardFile((props as { card: Card }).card)), { headers: { 'Content-Type': 'image/png' } });
