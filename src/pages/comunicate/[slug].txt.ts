/**
 * The .txt copy of each release while developing (`astro dev`). A build writes them after
 * the pages instead (src/integrations/after-pages.ts), much faster than one route each.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedReleases, type ReleaseEntry } from '../../data/releases.ts';
import { releaseText } from '../../data/release-text.ts';
import { isStaticBuild } from '../../lib/page-store.ts';

export const getStaticPaths = (async () =>
  !isStaticBuild() ? (await publishedReleases()).map((release) => ({ params: { slug: release.id }, props: { release } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(releaseText((props as { release: ReleaseEntry }).release, site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
