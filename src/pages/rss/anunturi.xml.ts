import type { APIRoute } from 'astro';
import { announcementsRss } from '../../data/public-info-feeds.ts';

/** Competitions, consultations and other notices, newest first. */
export const GET: APIRoute = () => announcementsRss();
