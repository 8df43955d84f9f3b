/**
 * Build-wide values read once: the settings, the site root and the moment that decides
 * what is public. Pages import from here rather than reading the environment themselves.
 */
import { join } from 'node:path';
import { siteRoot } from '../lib/content-check.ts';
import { resolveNow } from '../lib/dates.ts';
import { loadSettings } from '../lib/settings.ts';
import { t } from '../i18n/ro.ts';

export const root = siteRoot();
export const publicDir = join(root, 'public');
export const settings = loadSettings(root);
export const now = resolveNow();

/** The demonstration notice, when the settings mark the site as a demonstration: every page and feed carries it. */
export const demoNotice = settings.demo ? t('demo.notice') : undefined;

/** Name of a leadership role in the settings ("Adrian Mureșan"), if any. */
export function personFor(role: string) {
  return settings.leadership.find((l) => l.role === role);
}

export const topicLabel = new Map(settings.topics.map((t) => [t.slug, t.label]));
