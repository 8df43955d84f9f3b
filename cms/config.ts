/**
 * Decap CMS configuration, generated from the content model (src/model). No field is
 * declared here: labels, hints, widgets, required flags and options all come from the
 * model, which is also the build's validation.
 */
import { MEDIA_TYPES, type FieldMap, type FieldSpec } from '../src/model/fields.ts';
import { CONTENT_TYPES } from '../src/model/index.ts';
import type { Settings } from '../src/model/settings.ts';
import { DEFAULT_MAX_UPLOAD_KB } from '../src/lib/limits.ts';
import { FORMAT_MDX, FORMAT_YAML } from './format.ts';
import type { SiteConfig } from '../src/lib/site-config.ts';
import { msgRo } from '../src/i18n/messages.ts';

/** Decap collection name of a content type: its key in kebab case (branches read cms/press-releases/…). */
export function cmsName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}


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

function cmsField(name: string, spec: FieldSpec, maxUploadKb: number): CmsField {
  const base = { name, label: spec.label, required: spec.required ?? false, ...(spec.hint ? { hint: spec.hint } : {}) };
  switch (spec.kind) {
    case 'string':
      return {
        ...base,
        widget: spec.multiline ? 'text' : 'string',
        ...(spec.pattern ? { pattern: [spec.pattern.source, msgRo(spec.patternHint ?? 'field.pattern')] } : {}),
        ...(spec.max ? { hint: [spec.hint, `Cel mult ${spec.max} de caractere.`].filter(Boolean).join(' ') } : {}),
      };
    case 'datetime':
      // Stored as wall time without offset: the site reads it as Bucharest time.
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD.MM.YYYY', time_format: 'HH:mm', picker_utc: false };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: false };
    case 'time':
      return { ...base, widget: 'string', pattern: ['^([01]\\d|2[0-3]):[0-5]\\d$', msgRo('pattern.time')] };
    case 'boolean':
      return { ...base, widget: 'boolean', default: spec.default };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int', ...(spec.min !== undefined ? { min: spec.min } : {}), ...(spec.max !== undefined ? { max: spec.max } : {}) };
    case 'select':
      return {
        ...base,
        // A select with a default always has a value: Decap need not call it optional.
        ...(spec.default !== undefined ? { required: true } : {}),
        widget: 'select',
        options: spec.options.map((o) => ({ label: o.label, value: o.value })),
        multiple: spec.multiple ?? false,
        ...(spec.default !== undefined ? { default: spec.default } : {}),
      };
    case 'object': {
      const fields = cmsFields(spec.fields, maxUploadKb);
      // Decap validates the required fields of an optional object even when the object is
      // left empty, which would make it impossible to save without filling it. Inside an
      // optional object they are marked optional here, with a hint; the save guard
      // (cms/guard.ts, the same schema as the build) still refuses a half-filled object.
      const inner = spec.required ? fields : fields.map((f) => (f.required ? { ...f, required: false, hint: ['Obligatoriu dacă folosiți această secțiune.', f.hint].filter(Boolean).join(' ') } : f));
      return { ...base, widget: 'object', collapsed: spec.collapsed ?? false, fields: inner };
    }
    case 'list':
      return { ...base, widget: 'list', fields: cmsFields(spec.fields, maxUploadKb), ...(spec.summary ? { summary: spec.summary } : {}), ...(spec.min ? { min: spec.min } : {}) };
    case 'stringList':
      return { ...base, widget: 'list', field: { name: 'item', label: spec.itemLabel, widget: 'string', required: true }, ...(spec.min ? { min: spec.min } : {}) };
    case 'media':
      return {
        ...base,
        hint: [spec.hint, `Tipuri acceptate: ${MEDIA_TYPES[spec.media].extensions.join(', ')}; cel mult ${maxUploadKb} KB.`].filter(Boolean).join(' '),
        widget: spec.media,
        choose_url: false,
        // Decap's own media library refuses larger files at upload, with a Romanian message.
        media_library: { config: { max_file_size: maxUploadKb * 1024 } },
      };
    case 'relation':
      return {
        ...base,
        widget: 'relation',
        collection: cmsName(spec.collection),
        ...(spec.file ? { file: spec.file } : {}),
        value_field: spec.valueField,
        display_fields: spec.displayFields,
        search_fields: spec.searchFields,
        multiple: spec.multiple ?? false,
        options_length: 50,
      };
  }
}

export function cmsFields(fields: FieldMap, maxUploadKb = DEFAULT_MAX_UPLOAD_KB): CmsField[] {
  return Object.entries(fields).map(([name, def]) => cmsField(name, def.spec, maxUploadKb));
}

/** The Decap collection of every content type, in model order. */
export function cmsCollections(maxUploadKb = DEFAULT_MAX_UPLOAD_KB): CmsCollection[] {
  return CONTENT_TYPES.map((type) => {
    const fields = cmsFields(type.fields, maxUploadKb);
    if (type.body) {
      const body: CmsField = { name: 'body', label: type.body.label, hint: type.body.hint, widget: 'markdown', required: true };
      const after = type.cms?.bodyAfter ? fields.findIndex((f) => f.name === type.cms?.bodyAfter) : -1;
      fields.splice(after === -1 ? fields.length : after + 1, 0, body);
    }
    const common = { name: cmsName(type.key), label: type.label, description: type.description };
    if (type.file) {
      return {
        ...common,
        format: type.format === 'mdx' ? FORMAT_MDX : FORMAT_YAML,
        files: [{ name: type.file.replace(/\.[a-z]+$/, ''), label: type.labelSingular, file: `${type.dir}/${type.file}`, fields }],
      };
    }
    return {
      ...common,
      label_singular: type.labelSingular,
      folder: type.dir,
      create: true,
      extension: type.format,
      format: type.format === 'mdx' ? FORMAT_MDX : FORMAT_YAML,
      slug: type.slug ?? '{{slug}}',
      ...(type.cms?.summary ? { summary: type.cms.summary } : {}),
      // The first sortable field is the default sort, descending: newest first.
      ...(type.cms?.sortableFields
        ? { sortable_fields: type.cms.sortableFields.map((field, i) => (i === 0 ? { field, default_sort: 'desc' } : field)) }
        : {}),
      ...(type.cms?.deletable === false ? { delete: false } : {}),
      ...(type.cms?.identifierField ? { identifier_field: type.cms.identifierField } : {}),
      fields,
    };
  });
}

export interface CmsConfigOptions {
  settings: Settings;
  /** The technical configuration (cancelaria.config.yaml and CMS_* variables), which the CMS cannot edit. */
  site?: SiteConfig;
  env?: Record<string, string | undefined>;
}

/** Where the CMS writes in production: from cancelaria.config.yaml or the CMS_* build variables, never from content. */
export function cmsBackend(cms: SiteConfig['cms']) {
  if (!cms) return undefined;
  return {
    name: cms.backend,
    repo: cms.repo,
    branch: cms.branch,
    ...(cms.baseUrl ? { base_url: cms.baseUrl } : {}),
    ...(cms.apiRoot ? { api_root: cms.apiRoot } : {}),
    ...(cms.appId ? { app_id: cms.appId, auth_type: 'pkce' } : {}),
    squash_merges: true,
    commit_messages: COMMIT_MESSAGES,
  };
}

/** Commit messages in Romanian, so the history reads like the officers' work log. */
const COMMIT_MESSAGES = {
  create: 'Adaugă în „{{collection}}”: {{slug}} (prin CMS)',
  update: 'Modifică în „{{collection}}”: {{slug}} (prin CMS)',
  delete: 'Șterge din „{{collection}}”: {{slug}} (prin CMS)',
  uploadMedia: 'Încarcă {{path}} (prin CMS)',
  deleteMedia: 'Șterge {{path}} (prin CMS)',
};

/**
 * The whole Decap configuration, passed to CMS.init({ config }). The media folder's year
 * is filled in by the admin page when it loads, so uploads land in public/media/<year>.
 */
export function cmsConfig({ settings, site, env = {} }: CmsConfigOptions) {
  const localUrl = env.CMS_LOCAL_URL ?? 'http://127.0.0.1:8081/api/v1';
  const maxUploadKb = site?.limits.uploadKb ?? DEFAULT_MAX_UPLOAD_KB;
  const production = cmsBackend(site?.cms);
  return {
    load_config_file: false,
    locale: 'ro',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    logo_url: settings.logo.src,
    publish_mode: 'editorial_workflow',
    // Without a production backend the CMS can only run locally, against decap-server.
    backend: production ?? { name: 'proxy', proxy_url: localUrl, branch: 'main', commit_messages: COMMIT_MESSAGES },
    local_backend: { url: localUrl, allowed_hosts: ['localhost', '127.0.0.1'] },
    media_folder: 'public/media/{{year}}',
    public_folder: '/media/{{year}}',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: cmsCollections(maxUploadKb),
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
