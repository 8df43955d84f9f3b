/**
 * The technical configuration that editors must not change: where the CMS saves in
 * production (an editor who could edit it could send every other editor's login to a
 * server of their choosing) and the size limits. It lives in `cancelaria.config.yaml`
 * beside `content/` (optional) and in build variables, never in content/: the CMS
 * config has no collection for it, and a test proves no CMS field reaches it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parseContentText } from './content-file.ts';
import { ContentError, problemsFromIssues, type Problem } from './problems.ts';
import { webAddressProblem } from './urls.ts';
import { DEFAULT_MAX_MEDIA_MB, DEFAULT_MAX_UPLOAD_KB } from './limits.ts';
import { f, type FieldMap } from '../model/fields.ts';
import { CMS_BACKENDS } from '../model/settings.ts';

export const CONFIG_FILE = 'cancelaria.config.yaml';


const webUrl = f.string({ label: 'URL', url: true });

const FIELDS = {
  cms: f.object({
    label: 'CMS backend',
    fields: {
      backend: f.select({ label: 'Git service', options: CMS_BACKENDS, required: true }),
      repo: f.string({ label: 'Repository', required: true, pattern: /^[\w.-]+\/[\w.-]+$/, patternHint: 'pattern.repo' }),
      branch: f.string({ label: 'Branch', max: 100 }),
      baseUrl: webUrl,
      apiRoot: webUrl,
      appId: f.string({ label: 'OAuth application id', max: 200 }),
    },
  }),
  limits: f.object({
    label: 'Limits',
    fields: {
      mediaMb: f.number({ label: 'Largest media file the build publishes (MB)', min: 1, max: 2048 }),
      uploadKb: f.number({ label: 'Largest file the CMS accepts at upload (KB)', min: 100, max: 2048 * 1024 }),
    },
  }),
} satisfies FieldMap;

const schema = z.strictObject({ cms: FIELDS.cms.zod, limits: FIELDS.limits.zod });

export interface SiteConfig {
  cms?: { backend: string; repo: string; branch: string; baseUrl?: string; apiRoot?: string; appId?: string };
  limits: { mediaMb: number; uploadKb: number };
}

/** Reads and checks the config file; problems name the file, the line and the fix. */
export function readSiteConfig(root: string, env: Record<string, string | undefined> = process.env): { config: SiteConfig; problems: Problem[] } {
  const abs = join(root, CONFIG_FILE);
  const file = relative(root, abs) || CONFIG_FILE;
  let data: Record<string, unknown> = {};
  const problems: Problem[] = [];
  if (existsSync(abs)) {
    const parsed = parseContentText(file, readFileSync(abs, 'utf8'), 'yaml');
    problems.push(...parsed.problems);
    if (parsed.data && typeof parsed.data === 'object') {
      const r = schema.safeParse(parsed.data, { reportInput: true });
      if (r.success) data = r.data as Record<string, unknown>;
      else problems.push(...problemsFromIssues(file, FIELDS, r.error.issues, parsed.lineOf));
    }
  }
  const fromFile = (data.cms ?? {}) as Partial<NonNullable<SiteConfig['cms']>>;
  const limits = (data.limits ?? {}) as Partial<SiteConfig['limits']>;
  const backend = env.CMS_BACKEND || fromFile.backend;
  const repo = env.CMS_REPO || fromFile.repo;
  for (const [name, value] of [['CMS_BASE_URL', env.CMS_BASE_URL], ['CMS_API_ROOT', env.CMS_API_ROOT]] as const) {
    const p = value ? webAddressProblem(value) : undefined;
    if (p) problems.push({ file: `environment variable ${name}`, message: p });
  }
  if (env.CMS_BACKEND && !CMS_BACKENDS.some((b) => b.value === env.CMS_BACKEND)) {
    problems.push({ file: 'environment variable CMS_BACKEND', message: `"${env.CMS_BACKEND}" is not one of: ${CMS_BACKENDS.map((b) => b.value).join(', ')}` });
  }
  const cms =
    backend && repo
      ? {
          backend,
          repo,
          branch: env.CMS_BRANCH || fromFile.branch || 'main',
          ...((env.CMS_BASE_URL || fromFile.baseUrl) ? { baseUrl: (env.CMS_BASE_URL || fromFile.baseUrl)! } : {}),
          ...((env.CMS_API_ROOT || fromFile.apiRoot) ? { apiRoot: (env.CMS_API_ROOT || fromFile.apiRoot)! } : {}),
          ...((env.CMS_APP_ID || fromFile.appId) ? { appId: (env.CMS_APP_ID || fromFile.appId)! } : {}),
        }
      : undefined;
  return {
    config: {
      ...(cms ? { cms } : {}),
      limits: { mediaMb: limits.mediaMb ?? DEFAULT_MAX_MEDIA_MB, uploadKb: limits.uploadKb ?? DEFAULT_MAX_UPLOAD_KB },
    },
    problems,
  };
}

/** The config, or a ContentError listing its problems. */
export function loadSiteConfig(root: string, env: Record<string, string | undefined> = process.env): SiteConfig {
  const { config, problems } = readSiteConfig(root, env);
  if (problems.length) throw new ContentError(problems);
  return config;
}
