import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse, typeFeed, type ReleaseType } from '../../../data/feeds.ts';
import { RELEASE_TYPES } from '../../../model/press-release.ts';
import { t } from '../../../i18n/ro.ts';

export const getStaticPaths = (() => RELEASE_TYPES.map(({ value }) => ({ params: { type: value }, props: { type: value } }))) satisfies GetStaticPaths;

/** Public releases of one type, newest first. There is no list page per type, so the channel links to the archive. */
export const GET: APIRoute = ({ props }) => {
  const { type } = props as { type: ReleaseType };
  const help = t(`feed.typeHelp.${type}`);
  return rssResponse(
    typeFeed(type),
    { description: `${t(`feed.type.${type}`)}: ${help}`, page: '/comunicate/' },
    (r) => r.data.type === type,
  );
};
