import type { APIRoute } from 'astro';
import { ordersRss } from '../../data/public-info-feeds.ts';

/** The prefect's orders, newest made public first. */
export const GET: APIRoute = () => ordersRss();
