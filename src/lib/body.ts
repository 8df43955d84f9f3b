/**
 * The MDX body of an entry: parsed once, checked, rendered to HTML. Content is data, not
 * code: MDX syntax is parsed (so `\{` and `\<` mean what MDX says) but nothing is ever
 * compiled or run. The check, the build's loader, the feeds and the .txt copies all go
 * through `parseBody`, so they accept and show exactly the same thing.
 *
 * Refused, each with its line and the fix: import/export lines, {…} expressions and
 * tags (code); addresses outside the allowlist of src/lib/urls.ts (javascript:, data:…);
 * images that are not site media (/media/…); lists and quotes nested deeper than
 * MAX_BODY_DEPTH; text indented so deep that parsing it would take minutes.
 */
import type { Nodes, Root } from 'mdast';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Problem } from './problems.ts';
import { classifyUrl } from './urls.ts';

/** Deepest nesting of lists and block quotes in a body. */
export const MAX_BODY_DEPTH = 8;
/** Longest run of leading indentation or container markers on one line, checked before parsing. */
const MAX_LINE_PREFIX = 64;

/** MDX nodes that would run code, with how an editor would call them. */
export const CODE_NODES: Record<string, string> = {
  mdxjsEsm: 'an import/export line',
  mdxFlowExpression: 'a {…} expression',
  mdxTextExpression: 'a {…} expression',
  mdxJsxFlowElement: 'an HTML/JSX tag',
  mdxJsxTextElement: 'an HTML/JSX tag',
};

const CODE_FIX: Record<string, string> = {
  mdxjsEsm: 'remove the line, or reword it so it does not start with import/export',
  mdxFlowExpression: 'remove the braces, or write \\{ and \\} for literal braces',
  mdxTextExpression: 'remove the braces, or write \\{ and \\} for literal braces',
  mdxJsxFlowElement: 'use Markdown instead of tags (write \\< for a literal <)',
  mdxJsxTextElement: 'use Markdown instead of tags (write \\< for a literal <)',
};

// No smartypants: it would turn "…" into English quotes (Romanian uses „…”) and -- into
// dashes; the page shows exactly what the officer typed.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export interface ParsedBody {
  /** The tree, when the body could be parsed at all. */
  tree?: Root;
  problems: Problem[];
  /** Every /media/… address the body uses (links and images), without query or fragment. */
  media: string[];
}

/**
 * Lines whose prefix (indentation, ">" and list markers) is so long that the parser's
 * cost explodes; caught before parsing, so a hostile body is refused in milliseconds.
 */
function prefixProblem(file: string, body: string, offset: number): Problem | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const prefix = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(lines[i]!)![0];
    const markers = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    if (prefix.length > MAX_LINE_PREFIX || markers > MAX_BODY_DEPTH) {
      return { file, line: i + 1 + offset, message: `nests lists or quotes deeper than ${MAX_BODY_DEPTH} levels (or is indented by ${prefix.length} characters); flatten the list` };
    }
  }
  return undefined;
}

function walk(file: string, node: Nodes, depth: number, offset: number, out: ParsedBody) {
  const line = node.position ? node.position.start.line + offset : undefined;
  const code = CODE_NODES[node.type];
  if (code) {
    out.problems.push({ file, line, message: `content may not contain code, found ${code}; ${CODE_FIX[node.type]}` });
    return;
  }
  if (node.type === 'html') {
    out.problems.push({ file, line, message: 'content may not contain HTML; use Markdown instead (write \\< for a literal <)' });
    return;
  }
  let next = depth;
  if (node.type === 'list' || node.type === 'blockquote') {
    next = depth + 1;
    if (next > MAX_BODY_DEPTH) {
      out.problems.push({ file, line, message: `nests lists or quotes ${next} levels deep; at most ${MAX_BODY_DEPTH} are allowed: flatten the list` });
      return;
    }
  }
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
    const c = classifyUrl(node.url);
    const what = node.type === 'image' ? 'image' : 'link';
    if (!c.ok) out.problems.push({ file, line, message: `${what} address ${c.message}` });
    else if (node.type === 'image' && c.kind !== 'media') {
      out.problems.push({ file, line, message: `image "${node.url}" is not a site media file; upload the image in the CMS and use its /media/… address` });
    } else if (c.kind === 'media') out.media.push(node.url.trim().replace(/[?#].*$/, ''));
  }
  if ('children' in node) for (const child of node.children as Nodes[]) walk(file, child, next, offset, out);
}

/** Parses and checks a body; `offset` is the number of file lines above it. */
export function parseBody(file: string, body: string, offset = 0): ParsedBody {
  const out: ParsedBody = { problems: [], media: [] };
  const deep = prefixProblem(file, body, offset);
  if (deep) {
    out.problems.push(deep);
    return out;
  }
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (err) {
    const e = err as { line?: number; reason?: string; message: string };
    out.problems.push({ file, line: (e.line ?? 1) + offset, message: `is not valid MDX: ${e.reason ?? e.message}; escape a literal { or < with a backslash (\\{, \\<)` });
    return out;
  }
  walk(file, tree, 0, offset, out);
  if (out.problems.length === 0) out.tree = tree;
  out.media = [...new Set(out.media)];
  return out;
}

/** Resolves every relative address against `base` (for HTML shown away from the site). */
function absolutize(node: Nodes, base: string): void {
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && /^[/#]/.test(node.url) && !node.url.startsWith('//')) {
    node.url = new URL(node.url, base).href;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) absolutize(child, base);
}

export interface HtmlOptions {
  /** Absolute URL of the entry's page: every site address becomes absolute (feeds). */
  base?: string;
  /** Give headings ids for #fragments (pages); feeds leave them out. */
  headingIds?: boolean;
}

/** HTML of a checked tree. The tree is not modified. */
export function treeToHtml(tree: Root, options: HtmlOptions = {}): string {
  const copy = structuredClone(tree);
  if (options.base) absolutize(copy, options.base);
  const processor = unified().use(remarkRehype);
  if (options.headingIds) processor.use(rehypeHeadingIds);
  const hast = processor.runSync(copy);
  return String(unified().use(rehypeStringify, { characterReferences: { useNamedReferences: true } }).stringify(hast as never)).trim();
}

export class BodyError extends Error {
  override name = 'BodyError';
}

/** A checked body as HTML; throws with every problem when the body is refused. */
export function bodyToHtml(file: string, body: string, options: HtmlOptions = {}): string {
  const parsed = parseBody(file, body);
  if (!parsed.tree) throw new BodyError(parsed.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
  return treeToHtml(parsed.tree, options);
}
