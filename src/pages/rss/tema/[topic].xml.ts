import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse, topicFeed } from '../../../data/feeds.ts';
import { settings } from '../../../data/site.ts';
import { t } from '../../../i18n/ro.ts';

// Every topic of the settings has a feed, even before its first release, so a journalist can subscribe ahead.
export const getStaticPaths = (() => settings.topics.map((topic) => ({ params: { topic: topic.slug }, props: { topic } }))) satisfies GetStaticPaths;

/** Public releases on one topic, newest first. */
export const GET: APIRoute = ({ props }) => {
  const { topic } = props as { topic: { slug: string; label: string } };
  return rssResponse(
    topicFeed(topic),
    { description: `${t('feed.topic.description')} „${topic.label}”.`, page: `/comunicate/teme/${topic.slug}/` },
    (r) => r.data.topics.includes(topic.slug),
  );
};
