import type { APIRoute } from 'astro';
import { mainFeed, rssResponse } from '../data/feeds.ts';
import { t } from '../i18n/ro.ts';

/** Every public release, newest first. */
export const GET: APIRoute = () => rssResponse(mainFeed, { description: t('feed.main.description'), page: '/comunicate/' });
