/**
 * Runs in the CMS before every save: the entry must pass the same schema the build uses,
 * and its Markdown body is escaped so it stays MDX that runs nothing. A save that would
 * break the build is refused with the problems listed.
 */
import type { z } from 'astro/zod';
import { parseBody } from '../src/lib/body.ts';
import { fixCedilla, MAX_CONTENT_BYTES, stripControls } from '../src/lib/content-file.ts';
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

/** Every text value with cedilla letters turned to comma below and control characters removed. */
function cleanValues(value: unknown): unknown {
  if (typeof value === 'string') return fixCedilla(stripControls(value));
  if (Array.isArray(value)) return value.map(cleanValues);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanValues(v)]));
  return value;
}

export function guardEntry(collection: string, data: Record<string, unknown>): GuardResult {
  const type = byCmsName.get(collection);
  if (!type) return { data, problems: [] };
  const clean = cleanValues(data) as Record<string, unknown>;
  const { body, ...fields } = clean;
  const out = typeof body === 'string' ? { ...clean, body: escapeMdx(body) } : clean;
  const problems: string[] = [];
  const result = (type.schema as z.ZodType).safeParse(fields, { reportInput: true });
  if (!result.success) {
    problems.push(
      ...problemsFromIssues(type.key, type.fields, result.error.issues).map((p) =>
        p.label ? `„${p.label}” ${toRomanian(p.message)}` : p.field ? `${p.field} ${toRomanian(p.message)}` : toRomanian(p.message),
      ),
    );
  }
  const size = new TextEncoder().encode(JSON.stringify(out)).length;
  if (size > MAX_CONTENT_BYTES) problems.push(`textul are ${Math.round(size / 1024)} KB; o intrare poate avea cel mult ${MAX_CONTENT_BYTES / 1024} KB: scurtați-o sau publicați textul lung ca document PDF atașat`);
  if (typeof out.body === 'string') {
    // The escaped text must pass the build's own body check: addresses, images, depth.
    for (const p of parseBody('body', out.body).problems) problems.push(`„${type.body?.label ?? 'Text'}”, rândul ${p.line ?? 1}: ${toRomanian(p.message)}`);
  }
  return { data: out, problems };
}
