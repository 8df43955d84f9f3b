import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'astro/zod';
import { SettingsType, type Settings } from '../model/settings.ts';
import { parseContentFile, settingsPath, siteRoot } from './content-check.ts';
import { ContentError, problemsFromIssues } from './problems.ts';

const cache = new Map<string, Settings>();

/** The institution's settings of a site root, validated; read once per build. */
export function loadSettings(root: string = siteRoot()): Settings {
  const abs = settingsPath(root);
  const hit = cache.get(abs);
  if (hit) return hit;
  const file = relative(root, abs);
  const parsed = parseContentFile(file, readFileSync(abs, 'utf8'), 'yaml');
  if (parsed.problem) throw new ContentError([parsed.problem]);
  const result = (SettingsType.schema as z.ZodType<Settings>).safeParse(parsed.data, { reportInput: true });
  if (!result.success) throw new ContentError(problemsFromIssues(file, SettingsType.fields, result.error.issues));
  cache.set(abs, result.data);
  return result.data;
}
