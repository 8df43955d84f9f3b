/**
 * Turns validation failures into sentences an editor can act on: the file, the field in
 * the editor's terms, what is wrong and how to fix it.
 */
import type { z } from 'astro/zod';
import type { FieldMap, FieldSpec } from '../model/fields.ts';
import { msg } from '../i18n/messages.ts';

export interface Problem {
  /** Path relative to the project root, e.g. content/press-releases/x.mdx. */
  file: string;
  /** Line in the file (1-based), where the problem has one. */
  line?: number | undefined;
  /** Dotted field path, e.g. corrections[0].date; absent for whole-file problems. */
  field?: string | undefined;
  /** What is wrong and how to fix it. */
  message: string;
  /** The field as the CMS names it ("Imagine › Text alternativ"), for editors. */
  label?: string | undefined;
}

/** `file:line: field message`, the form compilers use, so editors and tools can jump to it. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field} ${p.message}` : `${where}: ${p.message}`;
}

export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.problems = problems;
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join('');
}

/**
 * The field specs along a path (list indices skipped), as far as the model knows it;
 * `complete` is false when the path leaves the model (an unknown key).
 */
function specsAlong(fields: FieldMap, path: readonly PropertyKey[]): { specs: FieldSpec[]; complete: boolean } {
  const specs: FieldSpec[] = [];
  let map: FieldMap | undefined = fields;
  for (const seg of path) {
    if (typeof seg === 'number') continue;
    const spec: FieldSpec | undefined = map?.[String(seg)]?.spec;
    if (!spec) return { specs, complete: false };
    specs.push(spec);
    map = spec.kind === 'object' || spec.kind === 'list' ? spec.fields : undefined;
  }
  return { specs, complete: true };
}

/** The field spec a path leads to, to name the field by its CMS label. */
function specAt(fields: FieldMap, path: readonly PropertyKey[]): FieldSpec | undefined {
  const { specs, complete } = specsAlong(fields, path);
  return complete ? specs.at(-1) : undefined;
}

/** The CMS labels along a path, e.g. "Imagine › Text alternativ". */
export function labelPath(fields: FieldMap, path: readonly PropertyKey[]): string | undefined {
  const { specs } = specsAlong(fields, path);
  return specs.length ? specs.map((s) => s.label).join(' › ') : undefined;
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : v instanceof Date ? v.toISOString() : JSON.stringify(v));

const EXPECTED: Record<string, string> = {
  string: 'a text (in quotes if it contains : or #)',
  number: 'a whole number without quotes',
  boolean: 'true or false',
  array: 'a list (one "- " item per line)',
  object: 'a group of fields (indented on the lines below)',
};

/** One sentence per zod issue; unknown keys get a did-you-mean. */
export function problemsFromIssues(
  file: string,
  fields: FieldMap,
  issues: readonly z.core.$ZodIssue[],
  /** The file line of a field path, where the parser knows it. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const cmsLabel = labelPath(fields, issue.path);
    const line = lineOf?.(issue.path);
    const add = (p: Problem) => out.push({ ...p, ...(cmsLabel && !p.label ? { label: cmsLabel } : {}), ...(line && !p.line ? { line } : {}) });
    const at = fieldPath(issue.path);
    const spec = specAt(fields, issue.path);
    const label = spec ? ` („${spec.label}”)` : '';
    const input = (issue as { input?: unknown }).input;
    const field = at || undefined;
    if (issue.code === 'unrecognized_keys') {
      let siblings: FieldMap | undefined = fields;
      if (issue.path.length) {
        const parent = specAt(fields, issue.path);
        siblings = parent && (parent.kind === 'object' || parent.kind === 'list') ? parent.fields : undefined;
      }
      const known = Object.keys(siblings ?? {});
      for (const key of issue.keys) {
        const guess = known.map((k) => [k, editDistance(k.toLowerCase(), key.toLowerCase())] as const).sort((a, b) => a[1] - b[1])[0];
        const name = fieldPath([...issue.path, key]);
        const keyLine = lineOf?.([...issue.path, key]);
        add({
          ...(keyLine ? { line: keyLine } : {}),
          file,
          field: name,
          message:
            guess && guess[1] <= Math.max(2, Math.floor(key.length / 3))
              ? msg('field.unknownGuess', { guess: guess[0] })
              : msg('field.unknown', { known: known.join(', ') }),
        });
      }
      continue;
    }
    if (input === undefined && issue.code !== 'custom') {
      add({ file, field, message: msg('field.required', { label }) });
      continue;
    }
    switch (issue.code) {
      case 'invalid_value':
        add({ file, field, message: msg('field.notOneOf', { value: show(input), options: issue.values.map(String).join(', ') }) });
        break;
      case 'too_big':
        if (issue.origin === 'string' && typeof input === 'string') {
          add({ file, field, message: msg('field.tooLong', { length: [...input].length, max: String(issue.maximum) }) });
        } else if (issue.origin === 'array') {
          add({ file, field, message: msg('field.tooManyItems', { max: String(issue.maximum) }) });
        } else {
          add({ file, field, message: msg('field.tooBig', { value: show(input), max: String(issue.maximum) }) });
        }
        break;
      case 'too_small':
        if (issue.origin === 'string') add({ file, field, message: msg('field.empty') });
        else if (issue.origin === 'array') add({ file, field, message: msg('field.tooFewItems', { min: String(issue.minimum), unit: issue.minimum === 1 ? 'item' : 'items' }) });
        else add({ file, field, message: msg('field.tooSmall', { value: show(input), min: String(issue.minimum) }) });
        break;
      case 'invalid_format':
        add({ file, field, message: `${show(input)} ${issue.message}` });
        break;
      case 'invalid_type':
        add({ file, field, message: msg('field.wrongType', { value: show(input), expected: EXPECTED[issue.expected] ?? issue.expected }) });
        break;
      case 'custom':
        if (input === undefined && !at) add({ file, message: issue.message });
        else if (input === undefined && /^must be a date/.test(issue.message)) add({ file, field, message: msg('field.required', { label }) });
        else add({ file, field, message: issue.message });
        break;
      default:
        add({ file, field, message: issue.message });
    }
  }
  return out;
}
