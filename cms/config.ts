/**
 * Decap CMS configuration, generated from the content model (src/model). No field is
 * declared here: labels, hints, widgets, required flags and options all come from the
 * model, which is also the build's validation.
 */
import type { FieldMap, FieldSpec } from '../src/model/fields.ts';
import { CONTENT_TYPES } from '../src/model/index.ts';

/** A Decap field, as its config documents it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  [option: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  [option: string]: unknown;
}

function cmsField(name: string, spec: FieldSpec): CmsField {
  const base = { name, label: spec.label, required: spec.required ?? false, ...(spec.hint ? { hint: spec.hint } : {}) };
  switch (spec.kind) {
    case 'string':
      return {
        ...base,
        widget: spec.multiline ? 'text' : 'string',
        ...(spec.pattern ? { pattern: [spec.pattern.source, spec.patternHint ?? ''] } : {}),
        ...(spec.max ? { hint: [spec.hint, `Cel mult ${spec.max} de caractere.`].filter(Boolean).join(' ') } : {}),
      };
    case 'datetime':
      // Stored as wall time without offset: the site reads it as Bucharest time.
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD.MM.YYYY', time_format: 'HH:mm', picker_utc: false };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: false };
    case 'time':
      return { ...base, widget: 'string', pattern: ['^([01]\\d|2[0-3]):[0-5]\\d$', 'Scrieți ora ca 09:30.'] };
    case 'boolean':
      return { ...base, widget: 'boolean', default: spec.default };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int', ...(spec.min !== undefined ? { min: spec.min } : {}), ...(spec.max !== undefined ? { max: spec.max } : {}) };
    case 'select':
      return {
        ...base,
        widget: 'select',
        options: spec.options.map((o) => ({ label: o.label, value: o.value })),
        multiple: spec.multiple ?? false,
        ...(spec.default !== undefined ? { default: spec.default } : {}),
      };
    case 'object':
      return { ...base, widget: 'object', collapsed: spec.collapsed ?? false, fields: cmsFields(spec.fields) };
    case 'list':
      return { ...base, widget: 'list', fields: cmsFields(spec.fields), ...(spec.summary ? { summary: spec.summary } : {}), ...(spec.min ? { min: spec.min } : {}) };
    case 'stringList':
      return { ...base, widget: 'list', field: { name: 'item', label: spec.itemLabel, widget: 'string', required: true }, ...(spec.min ? { min: spec.min } : {}) };
    case 'media':
      return { ...base, widget: spec.media, choose_url: false };
    case 'relation':
      return {
        ...base,
        widget: 'relation',
        collection: spec.collection,
        ...(spec.file ? { file: spec.file } : {}),
        value_field: spec.valueField,
        display_fields: spec.displayFields,
        search_fields: spec.searchFields,
        multiple: spec.multiple ?? false,
        options_length: 50,
      };
  }
}

export function cmsFields(fields: FieldMap): CmsField[] {
  return Object.entries(fields).map(([name, def]) => cmsField(name, def.spec));
}

/** The Decap collection of every content type, in model order. */
export function cmsCollections(): CmsCollection[] {
  return CONTENT_TYPES.map((type) => {
    const fields = cmsFields(type.fields);
    if (type.body) fields.push({ name: 'body', label: type.body.label, hint: type.body.hint, widget: 'markdown', required: true });
    const common = { name: type.key, label: type.label, description: type.description };
    if (type.file) {
      return {
        ...common,
        files: [{ name: type.file.replace(/\.[a-z]+$/, ''), label: type.labelSingular, file: `${type.dir}/${type.file}`, fields }],
      };
    }
    return {
      ...common,
      label_singular: type.labelSingular,
      folder: type.dir,
      create: true,
      extension: type.format,
      format: type.format === 'mdx' ? 'frontmatter' : 'yaml',
      slug: type.slug ?? '{{slug}}',
      ...(type.cms?.summary ? { summary: type.cms.summary } : {}),
      ...(type.cms?.sortableFields ? { sortable_fields: type.cms.sortableFields } : {}),
      ...(type.cms?.identifierField ? { identifier_field: type.cms.identifierField } : {}),
      fields,
    };
  });
}
