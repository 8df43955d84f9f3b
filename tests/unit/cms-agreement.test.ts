/**
 * The CMS form and the build's schema must agree field by field. This walks the zod
 * schema Astro validates with (not the model's field list) beside the generated Decap
 * collection, so a change to either side that the other does not follow fails here.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { cmsCollections, cmsName, type CmsField } from '../../cms/config.ts';
import { CONTENT_TYPES } from '../../src/model/index.ts';

type Def = { type: string; [k: string]: unknown };
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default wrappers; reports whether the field may be absent. */
function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let optional = false;
  for (;;) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default') {
      optional = true;
      s = d.innerType as z.ZodType;
    } else return { schema: s, optional };
  }
}

/** The object schema inside the preprocess pipe and refinements. */
function objectOf(s: z.ZodType): z.ZodObject {
  let d = def(s);
  while (d.type === 'pipe') {
    s = (def(d.out as z.ZodType).type === 'transform' ? d.in : d.out) as z.ZodType;
    d = def(s);
  }
  expect(d.type).toBe('object');
  return s as z.ZodObject;
}

/**
 * `insideOptional`: the fields of an optional object, which Decap would validate even
 * when the object is empty; the CMS marks them optional and says so in the hint.
 */
function compareFields(shape: Record<string, z.ZodType>, fields: CmsField[], where: string, insideOptional = false) {
  expect(fields.map((f) => f.name), `${where}: field names and order`).toEqual(Object.keys(shape));
  for (const field of fields) {
    const at = `${where}.${field.name}`;
    const { schema, optional } = unwrap(shape[field.name]!);
    if (insideOptional && !optional) {
      expect(field.required, `${at}: required only with its object`).toBe(false);
      expect(field.hint, at).toMatch(/^Obligatoriu dacă folosiți această secțiune\./);
    } else {
      // A select with a default always has a value, so the CMS does not call it optional.
      expect(field.required, `${at}: required`).toBe(!optional || (field.widget === 'select' && field.default !== undefined));
    }
    const d = def(schema);
    switch (field.widget) {
      case 'string':
      case 'text':
        expect(d.type, at).toBe('string');
        break;
      case 'boolean':
        expect(d.type, at).toBe('boolean');
        break;
      case 'number':
        expect(d.type, at).toBe('number');
        break;
      case 'image':
      case 'file':
        expect(d.type, at).toBe('string');
        expect(schema.safeParse(field.widget === 'image' ? '/media/2026/foto.jpg' : '/media/2026/fisier.pdf').success, at).toBe(true);
        // A type the site cannot serve is refused by the schema, and the size limit is set for the upload.
        expect(schema.safeParse('/media/2026/fisier.exe').success, at).toBe(false);
        expect((field.media_library as { config: { max_file_size: number } }).config.max_file_size, at).toBeGreaterThan(0);
        break;
      case 'datetime': {
        expect(d.type, at).toBe('pipe');
        // What the widget writes (its `format`) must be what the schema reads.
        const sample = field.time_format === false ? '2026-03-10' : '2026-03-10T10:00';
        expect(field.format, at).toBe(field.time_format === false ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:mm');
        expect(schema.safeParse(sample).success, `${at} reads ${sample}`).toBe(true);
        expect(schema.safeParse('10.03.2026').success, at).toBe(false);
        break;
      }
      case 'select': {
        const options = (field.options as { value: string }[]).map((o) => o.value);
        const enumSchema = field.multiple ? (expect(d.type, at).toBe('array'), unwrap(d.element as z.ZodType).schema) : schema;
        const ed = def(enumSchema);
        expect(ed.type, at).toBe('enum');
        expect(Object.values(ed.entries as Record<string, string>), `${at}: options`).toEqual(options);
        break;
      }
      case 'relation':
        if (field.multiple) {
          expect(d.type, at).toBe('array');
          expect(def(d.element as z.ZodType).type, at).toBe('string');
        } else expect(d.type, at).toBe('string');
        break;
      case 'object':
        expect(d.type, at).toBe('object');
        compareFields(d.shape as Record<string, z.ZodType>, field.fields as CmsField[], at, optional);
        break;
      case 'list': {
        expect(d.type, at).toBe('array');
        const element = def(d.element as z.ZodType);
        if (field.fields) {
          expect(element.type, at).toBe('object');
          compareFields(element.shape as Record<string, z.ZodType>, field.fields as CmsField[], `${at}[]`);
        } else {
          expect(element.type, at).toBe('string');
        }
        if (field.min) expect((d.checks as unknown[] | undefined)?.length, `${at}: min`).toBeGreaterThan(0);
        break;
      }
      default:
        throw new Error(`${at}: widget ${field.widget} is not covered by this test`);
    }
  }
}

const collections = cmsCollections();

describe('CMS config and schemas agree', () => {
  it('has one CMS collection per content type, in model order', () => {
    expect(collections.map((c) => c.name)).toEqual(CONTENT_TYPES.map((t) => cmsName(t.key)));
  });

  it.each(CONTENT_TYPES.map((t) => [t.key, t] as const))('%s: field by field', (_, type) => {
    const collection = collections.find((c) => c.name === cmsName(type.key))!;
    const fields = (collection.files ? collection.files[0]!.fields : collection.fields) as CmsField[];
    const withoutBody = fields.filter((f) => f.name !== 'body');
    expect(fields.some((f) => f.name === 'body'), 'an MDX type has a body field, a YAML type none').toBe(type.format === 'mdx');
    compareFields(objectOf(type.schema).shape as Record<string, z.ZodType>, withoutBody, type.key);
  });

  it('relations point at collections (and files) that exist', () => {
    const names = new Map(collections.map((c) => [c.name, c]));
    const walk = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...walk((f.fields as CmsField[]) ?? [])]);
    for (const c of collections) {
      const fields = (c.files ? c.files.flatMap((f) => f.fields) : c.fields) as CmsField[];
      for (const f of walk(fields).filter((x) => x.widget === 'relation')) {
        const target = names.get(f.collection as string);
        expect(target, `${c.name}.${f.name} → ${String(f.collection)}`).toBeDefined();
        if (f.file) expect(target!.files?.map((x) => x.name)).toContain(f.file);
      }
    }
  });

  it('every label and hint is Romanian text with comma-below ș ț', () => {
    const text = JSON.stringify(collections);
    expect(text).not.toMatch(/[şţŞŢ]/);
    expect(text).toMatch(/ș/);
  });
});
