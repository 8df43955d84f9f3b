import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'astro/zod';
import { SettingsType, type Settings } from '../model/settings.ts';
import { settingsPath, siteRoot } from './content-check.ts';
import { parseContentText } from './content-file.ts';
import { ContentError, problemsFromIssues } from './problems.ts';

const cache = new Map<string, Settings>();

/** The institution's settings of a site root, validated; read once per build. */
export function loadSettings(root: string = siteRoot()): Settings {
  const abs = settingsPath(root);
  const hit = cache.get(abs);
  if (hit) return hit;
  const file = relative(root, abs);
  if (!existsSync(abs)) throw new ContentError([{ file, message: 'is missing; the site needs it (the institution\'s settings): copy it from the project and edit it' }]);
  const parsed = parseContentText(file, readFileSync(abs, 'utf8'), 'yaml');
  if (parsed.problems.length) throw new ContentError(parsed.problems);
  const result = (SettingsType.schema as z.ZodType<Settings>).safeParse(parsed.data, { reportInput: true });
  if (!result.success) throw new ContentError(problemsFromIssues(file, SettingsType.fields, result.error.issues, parsed.lineOf));
  cache.set(abs, result.data);
  return result.data;
}

/** The site URL, or undefined when the settings cannot be read (the content check reports why). */
export function siteUrlOrNothing(root: string): string | undefined {
  try {
    return loadSettings(root).siteUrl;
  } catch (err) {
    if (err instanceof ContentError) return undefined;
    throw err;
  }
}
