/** The alerts live at build time, for the banner on every page and for the feeds. */
import { activeAlerts, type ActiveAlert } from '../lib/alerts.ts';
import { publishedReleases } from './releases.ts';
import { now, settings } from './site.ts';

let cached: Promise<ActiveAlert[]> | undefined;

export function liveAlerts(): Promise<ActiveAlert[]> {
  cached ??= publishedReleases().then((releases) => activeAlerts(releases, settings.emergency, now, (id) => `/comunicate/${id}/`));
  return cached;
}
