/**
 * Reads every content file, validates it with the model's schema and checks what spans
 * files (topics exist, links resolve, numbers are unique, media exist, every Law 544
 * item is covered). Returns all problems at once so an editor fixes them in one pass.
 * Used by the build (src/integrations/content-check.ts) and by `npm run check`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CODE_NODES, findCode } from './mdx-guard.ts';
import type { z } from 'astro/zod';
import { CONTENT_TYPES } from '../model/index.ts';
import type { PressRelease } from '../model/press-release.ts';
import type { Event } from '../model/event.ts';
import type { Page } from '../model/page.ts';
import { LAW_544_ITEMS } from '../model/page.ts';
import type { Settings } from '../model/settings.ts';
import type { Strategy } from '../model/strategy.ts';
import type { RomaMeasure, RomaReport } from '../model/roma-plan.ts';
import type { FieldSpec, FieldMap } from '../model/fields.ts';
import { problemsFromIssues, type Problem } from './problems.ts';
import { checkPublicInfo } from './public-info-check.ts';

type AnyType = (typeof CONTENT_TYPES)[number];

export interface LoadedEntry {
  /** File name without extension: the entry's id and URL slug. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: unknown;
  body?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** What should be fixed but does not stop the build (e.g. a normative order without its PDF). */
  warnings: Problem[];
  entries: Map<string, LoadedEntry[]>;
}

const SLUG_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATED_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The folder holding the site's `content/` and `public/`: the project itself, or the
 * folder CANCELARIA_SITE names (another institution's content, a test fixture).
 */
export function siteRoot(projectRoot: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  return env.CANCELARIA_SITE ? resolve(projectRoot, env.CANCELARIA_SITE) : projectRoot;
}

/** The settings file of a site root. */
export function settingsPath(root: string): string {
  return join(root, 'content/settings/site.yaml');
}

function yamlProblem(file: string, err: unknown): Problem {
  if (err instanceof yaml.YAMLException) {
    const line = err.mark ? ` on line ${err.mark.line + 1}` : '';
    return { file, message: `is not valid YAML${line}: ${err.reason}; check the quotes and the indentation (put text that contains ":" or "#" in quotes)` };
  }
  return { file, message: `could not be read: ${(err as Error).message}` };
}

/** Parses one file's data (frontmatter for MDX, the whole file for YAML) the way Astro does. */
export function parseContentFile(file: string, raw: string, format: 'mdx' | 'yaml'): { data?: unknown; body?: string; problem?: Problem } {
  try {
    if (format === 'yaml') return { data: yaml.load(raw) ?? {} };
    const m = FRONTMATTER.exec(raw);
    if (!m) return { problem: { file, message: 'has no frontmatter; the file must begin with a line "---", the fields, and another "---"' } };
    // js-yaml reports lines within the frontmatter; the file has one more line above it.
    try {
      return { data: yaml.load(m[1]!) ?? {}, body: raw.slice(m[0].length) };
    } catch (err) {
      if (err instanceof yaml.YAMLException && err.mark) err.mark.line += 1;
      throw err;
    }
  } catch (err) {
    return { problem: yamlProblem(file, err) };
  }
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);

/**
 * Parses an MDX body as the build will, so code and MDX syntax errors are reported with
 * the others instead of stopping the build one at a time. `offset` is the number of
 * lines above the body (the frontmatter).
 */
export function checkMdxBody(file: string, body: string, offset: number): Problem | undefined {
  try {
    const hit = findCode(mdxParser.parse(body) as never);
    if (!hit) return undefined;
    const line = (hit.position?.start.line ?? 1) + offset;
    return { file, message: `line ${line}: content may not contain code, found ${CODE_NODES[hit.type]}; write plain Markdown (escape a literal brace as \\{ and a literal < as \\<)` };
  } catch (err) {
    const e = err as { line?: number; reason?: string; message: string };
    return { file, message: `line ${(e.line ?? 1) + offset}: is not valid MDX: ${e.reason ?? e.message}; escape a literal { or < with a backslash` };
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile()).sort();
}

/** Every media path a field map's data refers to, with its field path. */
function mediaRefs(fields: FieldMap, data: unknown, prefix = ''): { field: string; path: string }[] {
  const out: { field: string; path: string }[] = [];
  if (!data || typeof data !== 'object') return out;
  for (const [name, def] of Object.entries(fields)) {
    const value = (data as Record<string, unknown>)[name];
    const spec: FieldSpec = def.spec;
    const at = prefix ? `${prefix}.${name}` : name;
    if (value === undefined) continue;
    if (spec.kind === 'media' && typeof value === 'string') out.push({ field: at, path: value });
    if (spec.kind === 'object') out.push(...mediaRefs(spec.fields, value, at));
    if (spec.kind === 'list' && Array.isArray(value)) value.forEach((v, i) => out.push(...mediaRefs(spec.fields, v, `${at}[${i}]`)));
  }
  return out;
}

/** Validates one entry's data against its type's schema. */
export function validateEntry(type: AnyType, file: string, data: unknown): { ok: true; data: unknown } | { ok: false; problems: Problem[] } {
  const result = (type.schema as z.ZodType).safeParse(data, { reportInput: true });
  return result.success ? { ok: true, data: result.data } : { ok: false, problems: problemsFromIssues(file, type.fields, result.error.issues) };
}

function loadType(root: string, type: AnyType, settingsFile: string, problems: Problem[], read: Set<string>): LoadedEntry[] {
  const dir = join(root, type.dir);
  const ext = type.format === 'mdx' ? '.mdx' : '.yaml';
  let files: string[];
  if (type.key === 'settings') {
    files = [settingsFile];
  } else if (type.file) {
    files = [join(dir, type.file)];
  } else {
    files = [];
    for (const name of listFiles(dir)) if (name.endsWith(ext)) files.push(join(dir, name));
  }
  const entries: LoadedEntry[] = [];
  for (const abs of files) {
    read.add(abs);
    const file = relative(root, abs);
    if (!existsSync(abs)) {
      problems.push({ file, message: `is missing; the site needs it (${type.labelSingular})` });
      continue;
    }
    const id = abs.split('/').pop()!.replace(/\.[^.]+$/, '');
    if (!type.file && type.key !== 'settings') {
      const pattern = type.slug?.startsWith('{{year}}') ? DATED_NAME : SLUG_NAME;
      if (!pattern.test(id)) {
        problems.push({
          file,
          message:
            pattern === DATED_NAME
              ? 'has a file name that is not YYYY-MM-DD-slug (lowercase ASCII, hyphens); rename it, e.g. 2026-11-20-sedinta-cjsu.mdx'
              : 'has a file name that is not a slug (lowercase ASCII letters, digits, hyphens; ș→s, ț→t, ă→a); rename it',
        });
      }
    }
    const raw = readFileSync(abs, 'utf8');
    const parsed = parseContentFile(file, raw, type.format);
    if (parsed.problem) {
      problems.push(parsed.problem);
      continue;
    }
    if (parsed.body !== undefined) {
      const offset = raw.slice(0, raw.length - parsed.body.length).split('\n').length - 1;
      const mdxProblem = checkMdxBody(file, parsed.body, offset);
      if (mdxProblem) problems.push(mdxProblem);
    }
    const result = validateEntry(type, file, parsed.data);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    for (const ref of mediaRefs(type.fields, parsed.data)) {
      if (!existsSync(join(root, 'public', ref.path))) {
        problems.push({ file, field: ref.field, message: `"${ref.path}" does not exist; upload it to public${ref.path} or correct the path` });
      }
    }
    entries.push({ id, file, data: result.data, ...(parsed.body !== undefined ? { body: parsed.body } : {}) });
  }
  return entries;
}

function crossChecks(entries: Map<string, LoadedEntry[]>, problems: Problem[], warnings: Problem[]) {
  const get = <T>(key: string) => (entries.get(key) ?? []) as (LoadedEntry & { data: T })[];
  checkPublicInfo(get, problems, warnings);
  const settings = get<Settings>('settings')[0]?.data;
  const topics = new Set(settings?.topics.map((t) => t.slug));
  const releases = get<PressRelease>('pressReleases');
  const releaseIds = new Set(releases.map((r) => r.id));

  const numbers = new Map<string, string>();
  for (const r of releases) {
    if (settings) {
      r.data.topics.forEach((t, i) => {
        if (!topics.has(t)) problems.push({ file: r.file, field: `topics[${i}]`, message: `"${t}" is not in the topics list of the settings; choose one of: ${[...topics].join(', ')}` });
      });
    }
    if (r.data.number) {
      const other = numbers.get(r.data.number);
      if (other) problems.push({ file: r.file, field: 'number', message: `"${r.data.number}" is already used by ${other}; registration numbers are unique within a year` });
      else numbers.set(r.data.number, r.file);
    }
    const target = r.data.replyTo?.release;
    if (target && !releaseIds.has(target)) problems.push({ file: r.file, field: 'replyTo.release', message: `"${target}" is not a press release; use the file name of one without .mdx` });
  }
  for (const e of get<Event>('events')) {
    e.data.relatedReleases.forEach((id, i) => {
      if (!releaseIds.has(id)) problems.push({ file: e.file, field: `relatedReleases[${i}]`, message: `"${id}" is not a press release; use the file name of one without .mdx` });
    });
  }
  const strategies = get<Strategy>('strategy');
  const current = strategies.filter((s) => s.data.status === 'current');
  if (strategies.length && current.length !== 1) {
    problems.push({ file: 'content/strategy/', message: `has ${current.length} versions with status current; exactly one must be current, the others archived` });
  }
  const codes = new Map<string, string>();
  for (const m of get<RomaMeasure>('romaMeasures')) {
    if (m.id !== m.data.code.toLowerCase()) problems.push({ file: m.file, field: 'code', message: `"${m.data.code}" does not match the file name; rename the file to ${m.data.code.toLowerCase()}.yaml` });
    const other = codes.get(m.data.code);
    if (other) problems.push({ file: m.file, field: 'code', message: `"${m.data.code}" is already used by ${other}` });
    codes.set(m.data.code, m.file);
  }
  const semesters = new Map<string, string>();
  for (const r of get<RomaReport>('romaReports')) {
    const other = semesters.get(r.data.semester);
    if (other) problems.push({ file: r.file, field: 'semester', message: `"${r.data.semester}" is already reported in ${other}` });
    semesters.set(r.data.semester, r.file);
  }
  const pages = get<Page>('pages');
  if (pages.length) {
    const covered = new Set(pages.flatMap((p) => p.data.law544));
    const missing = LAW_544_ITEMS.filter((i) => !covered.has(i.value));
    if (missing.length) {
      problems.push({
        file: 'content/pages/',
        message: `no page covers Law 544/2001 art. 5(1) ${missing.map((m) => `letter ${m.value}`).join(', ')}; add law544: [${missing.map((m) => m.value).join(', ')}] to the page that publishes that information, or write it`,
      });
    }
  }
}

function* walkFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walkFiles(p);
    else yield p;
  }
}

/** Files under content/ that no content type read: never published, so never silent. */
function strayFiles(root: string, read: Set<string>, problems: Problem[]) {
  for (const abs of walkFiles(join(root, 'content'))) {
    if (read.has(abs) || abs.endsWith('/README.md')) continue;
    const rel = relative(root, abs);
    const home = CONTENT_TYPES.find((t) => !t.file && join(root, t.dir) === dirname(abs));
    const ext = home?.format === 'mdx' ? '.mdx' : '.yaml';
    problems.push({
      file: rel,
      message: home
        ? `is not a ${ext} file, so it is not published; rename it to ${basename(abs).replace(/\.[^.]+$/, '')}${ext} or move it out of ${home.dir}/`
        : 'is not read by any content type, so it is not published; move it to the folder of its type (see content/README.md) or delete it',
    });
  }
}

/** Validates the whole content tree of a site root. */
export function checkContent(root: string): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const entries = new Map<string, LoadedEntry[]>();
  const settingsFile = settingsPath(root);
  const read = new Set<string>();
  for (const type of CONTENT_TYPES) entries.set(type.key, loadType(root, type, settingsFile, problems, read));
  strayFiles(root, read, problems);
  crossChecks(entries, problems, warnings);
  return { problems, warnings, entries };
}
