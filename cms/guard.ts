/**
 * Runs in the CMS before every save: the entry must pass the same schema the build uses,
 * and its Markdown body is escaped so it stays MDX that runs nothing. A save that would
 * break the build is refused with the problems listed.
 */
import type { z } from 'astro/zod';
import { escapeMdx } from '../src/lib/mdx-escape.ts';
import { problemsFromIssues } from '../src/lib/problems.ts';
import { CONTENT_TYPES } from '../src/model/index.ts';
import { cmsName } from './config.ts';
import { toRomanian } from '../src/i18n/messages.ts';

export interface GuardResult {
  /** The data to save (body escaped). */
  data: Record<string, unknown>;
  /** Problems that must be fixed before saving; empty when the entry is valid. */
  problems: string[];
}

const byCmsName = new Map(CONTENT_TYPES.map((t) => [cmsName(t.key), t]));

export function guardEntry(collection: string, data: Record<string, unknown>): GuardResult {
  const type = byCmsName.get(collection);
  if (!type) return { data, problems: [] };
  const { body, ...fields } = data;
  const out = typeof body === 'string' ? { ...data, body: escapeMdx(body) } : data;
  const result = (type.schema as z.ZodType).safeParse(fields, { reportInput: true });
  if (result.success) return { data: out, problems: [] };
  const problems = problemsFromIssues(type.key, type.fields, result.error.issues).map((p) =>
    p.label ? `„${p.label}” ${toRomanian(p.message)}` : p.field ? `${p.field} ${toRomanian(p.message)}` : toRomanian(p.message),
  );
  return { data: out, problems };
}
