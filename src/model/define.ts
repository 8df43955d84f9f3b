import { z } from 'astro/zod';
import { objectOf, type FieldMap, type ShapeOf } from './fields.ts';

/**
 * One content type: where its files live, how editors see it, and its fields. Both the
 * Astro collection schema and the Decap CMS collection are derived from this.
 */
export interface ContentTypeSpec<M extends FieldMap> {
  /** Stable key: the Astro collection name and the Decap collection name. */
  key: string;
  /** Romanian plural label (CMS sidebar). */
  label: string;
  /** Romanian singular label ("Comunicat nou"). */
  labelSingular: string;
  /** Advice for editors: use this when…, do not use for… */
  description: string;
  /** Folder of the files, relative to the project root. */
  dir: string;
  /** For a type stored in one fixed file: its name inside `dir`. */
  file?: string;
  format: 'mdx' | 'yaml';
  /** File-name pattern of new entries, in Decap's slug template language. */
  slug?: string;
  fields: M;
  /** The MDX body, for mdx types. */
  body?: { label: string; hint: string };
  /** Rules that involve several fields. */
  rules?: (data: z.output<z.ZodObject<ShapeOf<M>>>, report: (path: (string | number)[], message: string) => void) => void;
  /** How entries are listed in the CMS. */
  cms?: {
    summary?: string;
    /** Sortable fields; the first is the default sort, newest first. */
    sortableFields?: string[];
    identifierField?: string;
    /** The field the body follows in the form (the officer's order of work); else the body comes last. */
    bodyAfter?: string;
    /** False: the CMS offers no delete button (a public record is withdrawn, never deleted). */
    deletable?: false;
  };
}

/** CMS forms leave empty strings, nulls and empty objects behind; they mean "not set". */
export function normalizeEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeEmpty);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const n = normalizeEmpty(v);
      // The key stays (as undefined), so a misspelt key left empty is still reported as
      // unknown instead of silently dropped; a known optional field reads as not set.
      const empty =
        n === null ||
        n === undefined ||
        (typeof n === 'string' && n.trim() === '') ||
        (n && typeof n === 'object' && !Array.isArray(n) && !(n instanceof Date) && Object.values(n).every((x) => x === undefined));
      out[k] = empty ? undefined : n;
    }
    return out;
  }
  return value;
}

export function defineContentType<const M extends FieldMap>(spec: ContentTypeSpec<M>) {
  const object = objectOf(spec.fields).superRefine((data, ctx) => {
    spec.rules?.(data, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
  });
  const schema = z.preprocess(normalizeEmpty, object);
  return { ...spec, schema, object };
}

export type ContentType = ReturnType<typeof defineContentType<FieldMap>>;
