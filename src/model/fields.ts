/**
 * The field vocabulary of the content model. Each builder returns a FieldDef holding
 * BOTH the zod schema (what the build accepts) and the editor-facing spec (what the CMS
 * form shows), so the two can never drift apart: there is no second field list.
 */
import { z } from 'astro/zod';
import { parseDate, parseDateTime } from '../lib/dates.ts';
import { MEDIA_PATH, webAddressProblem } from '../lib/urls.ts';
import { MEDIA_TYPES } from '../lib/media-types.ts';
import { msg, type MessageKey } from '../i18n/messages.ts';

/** An option of a select: the stored value and the Romanian label editors and readers see. */
export interface Option<V extends string = string> {
  value: V;
  label: string;
}

interface Common {
  /** Romanian label of the form field. */
  label: string;
  /** Romanian advice for editors: when to use the field, how to fill it. */
  hint?: string;
  /** Whether the field must be filled. */
  required?: boolean;
}

export type FieldSpec =
  | (Common & { kind: 'string'; max?: number; multiline?: boolean; pattern?: RegExp; patternHint?: MessageKey; url?: boolean; email?: boolean })
  | (Common & { kind: 'datetime' })
  | (Common & { kind: 'date' })
  | (Common & { kind: 'time' })
  | (Common & { kind: 'boolean'; default: boolean })
  | (Common & { kind: 'number'; min?: number; max?: number })
  | (Common & { kind: 'select'; options: readonly Option[]; multiple?: boolean; default?: string })
  | (Common & { kind: 'object'; fields: FieldMap; collapsed?: boolean })
  | (Common & { kind: 'list'; fields: FieldMap; summary?: string; min?: number })
  | (Common & { kind: 'stringList'; itemLabel: string; min?: number })
  | (Common & { kind: 'media'; media: 'image' | 'file' })
  | (Common & {
      kind: 'relation';
      /** Name of the target collection (a content type key). */
      collection: string;
      /** For a file collection: the file's name within it. */
      file?: string;
      valueField: string;
      displayFields: string[];
      searchFields: string[];
      multiple?: boolean;
    });

export class FieldDef<Z = z.ZodType> {
  readonly zod: Z;
  readonly spec: FieldSpec;
  constructor(zod: Z, spec: FieldSpec) {
    this.zod = zod;
    this.spec = spec;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FieldMap = Record<string, FieldDef<any>>;

type Req<S, Z extends z.ZodType> = S extends { required: true } ? Z : z.ZodOptional<Z>;

function finish<S extends Common, Z extends z.ZodType>(zod: Z, spec: FieldSpec & S): FieldDef<Req<S, Z>> {
  const schema = (spec.required ? zod : zod.optional()) as unknown as Req<S, Z>;
  return new FieldDef<Req<S, Z>>(schema, spec);
}

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { MEDIA_TYPES } from '../lib/media-types.ts';

/** A string that names another entry: lowercase ASCII words joined by hyphens. */
export const slugString = () =>
  z.string().regex(SLUG_RE, {
    message: msg('field.slug'),
  });

/** A non-empty, trimmed line or paragraph of text. */
function text(spec: { max?: number; pattern?: RegExp; patternHint?: MessageKey; url?: boolean; email?: boolean }) {
  let s = z.string().trim().min(1, { message: msg('field.empty') });
  if (spec.max) s = s.max(spec.max);
  if (spec.pattern) s = s.regex(spec.pattern, { message: spec.patternHint ? msg(spec.patternHint) : msg('field.pattern', { pattern: String(spec.pattern) }) });
  if (spec.url) {
    // The address allowlist of src/lib/urls.ts: https/http only, never javascript: and the like.
    s = s.superRefine((v, ctx) => {
      const problem = webAddressProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: v });
    }) as unknown as typeof s;
  }
  if (spec.email) s = s.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: msg('field.notEmail') });
  return s;
}

/** A value that YAML may give as a string or (unquoted timestamp) as a Date. */
const stringOrDate = () =>
  z.custom<string | Date>((v) => typeof v === 'string' || v instanceof Date, {
    message: msg('field.dateInQuotes'),
  });

type EnumOf<V extends string> = z.ZodEnum<{ [K in V]: K }>;

/** One value from a fixed list; with a default it may be left out. */
function select<const V extends string>(spec: Common & { options: readonly Option<V>[]; default: NoInfer<V> }): FieldDef<z.ZodDefault<EnumOf<V>>>;
function select<const V extends string, const R extends boolean = false>(spec: Common & { options: readonly Option<V>[]; required?: R }): FieldDef<Req<{ required: R }, EnumOf<V>>>;
function select<const V extends string>(spec: Common & { options: readonly Option<V>[]; default?: V }): FieldDef<z.ZodType> {
  const e = z.enum(spec.options.map((o) => o.value) as [V, ...V[]]) as unknown as EnumOf<V>;
  if (spec.default !== undefined) return new FieldDef(e.default(spec.default as never), { ...spec, kind: 'select' });
  return finish(e, { ...spec, kind: 'select' }) as FieldDef<z.ZodType>;
}

export const f = {
  string<const S extends Common & { max?: number; multiline?: boolean; pattern?: RegExp; patternHint?: MessageKey; url?: boolean; email?: boolean }>(spec: S) {
    return finish(text(spec), { ...spec, kind: 'string' });
  },
  /** A local date-time (Europe/Bucharest wall time unless an offset is written). */
  datetime<const S extends Common>(spec: S) {
    const zod = stringOrDate().transform((v, ctx): Date => {
      const r = parseDateTime(v);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: r.problem, input: v });
      return z.NEVER;
    });
    return finish(zod, { ...spec, kind: 'datetime' });
  },
  /** A calendar date, kept as `YYYY-MM-DD`. */
  date<const S extends Common>(spec: S) {
    const zod = stringOrDate().transform((v, ctx): string => {
      const r = parseDate(v);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: r.problem, input: v });
      return z.NEVER;
    });
    return finish(zod, { ...spec, kind: 'date' });
  },
  /** A time of day, `HH:mm`. */
  time<const S extends Common>(spec: S) {
    const zod = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: msg('field.notTime') });
    return finish(zod, { ...spec, kind: 'time' });
  },
  boolean<const S extends Common & { default: boolean }>(spec: S) {
    return new FieldDef(z.boolean().default(spec.default), { ...spec, kind: 'boolean' });
  },
  number<const S extends Common & { min?: number; max?: number }>(spec: S) {
    let n = z.number().int();
    if (spec.min !== undefined) n = n.min(spec.min);
    if (spec.max !== undefined) n = n.max(spec.max);
    return finish(n, { ...spec, kind: 'number' });
  },
  select,
  /** Several values from a fixed list; absent means none. */
  multiSelect<const V extends string>(spec: Common & { options: readonly Option<V>[] }) {
    const values = spec.options.map((o) => o.value) as [V, ...V[]];
    return new FieldDef(z.array(z.enum(values)).default([]), { ...spec, required: false, kind: 'select', multiple: true });
  },
  object<const M extends FieldMap, const S extends Common & { collapsed?: boolean }>(spec: S & { fields: M }) {
    return finish<S, ReturnType<typeof objectOf<M>>>(objectOf(spec.fields), { ...spec, kind: 'object' });
  },
  /** A list of objects; absent means an empty list. */
  list<const M extends FieldMap>(spec: Common & { fields: M; summary?: string; min?: number }) {
    const arr = z.array(objectOf(spec.fields)).min(spec.min ?? 0);
    return new FieldDef(spec.required ? arr : arr.default([]), { ...spec, kind: 'list' });
  },
  /** A list of short texts; absent means an empty list. */
  stringList(spec: Common & { itemLabel: string; min?: number }) {
    const arr = z.array(text({})).min(spec.min ?? 0);
    return new FieldDef(spec.required ? arr : arr.default([]), { ...spec, kind: 'stringList' });
  },
  /** A file under public/media, written as /media/…; the content check verifies it exists. */
  media<const S extends Common & { media: 'image' | 'file' }>(spec: S) {
    const zod = z
      .string()
      .regex(MEDIA_PATH, { message: msg('media.underMedia') })
      .regex(MEDIA_TYPES[spec.media].re, { message: msg('media.type', { types: MEDIA_TYPES[spec.media].names }) });
    return finish(zod, { ...spec, kind: 'media' });
  },
  /** The slug of one entry of another collection. */
  relation<const S extends Common & { collection: string; file?: string; valueField: string; displayFields: string[]; searchFields: string[] }>(spec: S) {
    return finish(slugString(), { ...spec, kind: 'relation', multiple: false });
  },
  /** Slugs of several entries of another collection; absent means none. */
  relations(spec: Common & { collection: string; file?: string; valueField: string; displayFields: string[]; searchFields: string[] }) {
    return new FieldDef(z.array(slugString()).default([]), { ...spec, required: false, kind: 'relation', multiple: true });
  },
};

export type ShapeOf<M extends FieldMap> = { [K in keyof M]: M[K]['zod'] };

/** The strict zod object for a field map: unknown keys are errors, never silently dropped. */
export function objectOf<M extends FieldMap>(fields: M) {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, d]) => [k, d.zod])) as ShapeOf<M>;
  return z.strictObject(shape);
}
