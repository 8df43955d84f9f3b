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
import { BLOCK_BY_NAME, BLOCKS, type BlockSpec } from './blocks.ts';
import { classifyUrl } from './urls.ts';
import { stripControls } from './content-file.ts';
import { rehypeTables } from './rehype-tables.ts';
import { MEDIA_TYPES } from './media-types.ts';

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

/** A /media/… address of a type the site serves for that use (a page or a script is never one). */
function isMediaOf(kind: 'image' | 'file', url: string): boolean {
  const path = url.trim().replace(/[?#].*$/, '');
  const c = classifyUrl(path);
  return c.ok && c.kind === 'media' && (MEDIA_TYPES[kind].re.test(path) || (kind === 'file' && MEDIA_TYPES.image.re.test(path)));
}

export interface ParsedBody {
  /** The tree, when the body could be parsed at all. */
  tree?: Root;
  problems: Problem[];
  /** Every /media/… address the body uses (links and images), without query or fragment. */
  media: string[];
  /** Reference definitions, by identifier (for image references). */
  definitions: Map<string, string>;
}

/** Most of one character class that a block (text between blank lines) may hold. */
const MAX_PER_BLOCK = { lines: 400, emphasis: 400, brackets: 400, backticks: 200, pipes: 2000 };

/**
 * What makes the Markdown parser's cost explode, caught before parsing, so a hostile body
 * is refused in milliseconds (the parser cannot be interrupted): lines whose prefix
 * (indentation, ">" and list markers) is very deep, and blocks with thousands of lines,
 * emphasis markers, brackets or backticks. Real press texts stay far below every limit.
 * Fenced code and thematic breaks (* * *) are not nesting.
 */
function prefixProblem(file: string, body: string, offset: number): Problem | undefined {
  const lines = body.split('\n');
  let fence: string | undefined;
  let blockStart = 0;
  const counts = { lines: 0, emphasis: 0, brackets: 0, backticks: 0, pipes: 0 };
  const tooMuch = (i: number): Problem | undefined => {
    const over = (Object.keys(MAX_PER_BLOCK) as (keyof typeof MAX_PER_BLOCK)[]).find((k) => counts[k] > MAX_PER_BLOCK[k]);
    if (!over) return undefined;
    const what = { lines: `more than ${MAX_PER_BLOCK.lines} lines without a blank line`, emphasis: `more than ${MAX_PER_BLOCK.emphasis} * or _ signs`, brackets: `more than ${MAX_PER_BLOCK.brackets} [ or ] signs`, backticks: `more than ${MAX_PER_BLOCK.backticks} backticks`, pipes: `more than ${MAX_PER_BLOCK.pipes} | signs` }[over];
    return { file, line: blockStart + 1 + offset, message: `has a paragraph, list or table with ${what} (up to line ${i + 1 + offset}); split it with blank lines or publish it as an attached document` };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = /^[ \t>]*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    if (line.trim() === '') {
      Object.assign(counts, { lines: 0, emphasis: 0, brackets: 0, backticks: 0, pipes: 0 });
      blockStart = i + 1;
      continue;
    }
    counts.lines++;
    for (const ch of line) {
      if (ch === '*' || ch === '_') counts.emphasis++;
      else if (ch === '[' || ch === ']') counts.brackets++;
      else if (ch === '`') counts.backticks++;
      else if (ch === '|') counts.pipes++;
    }
    const much = tooMuch(i);
    if (much) return much;
    if (/^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) continue; // a thematic break
    const prefix = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(line)![0];
    const markers = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    if (markers > MAX_BODY_DEPTH) return { file, line: i + 1 + offset, message: `nests lists or quotes deeper than ${MAX_BODY_DEPTH} levels; flatten the list` };
    if (prefix.length > MAX_LINE_PREFIX) return { file, line: i + 1 + offset, message: `is indented by ${prefix.length} characters, as deep as ${MAX_BODY_DEPTH} nested lists allow at most; flatten the list` };
  }
  return undefined;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: Nodes[];
}

/** The attributes of an allowlisted block, or the problems that refuse it. */
function blockAttributes(spec: BlockSpec, node: JsxNode): { values: Record<string, string>; problems: string[] } {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string') {
      problems.push(`the <${spec.name}> block has an attribute that is code, not text; write name="text"`);
      continue;
    }
    if (!spec.attrs.some((x) => x.name === a.name)) {
      problems.push(`the <${spec.name}> block has no attribute "${a.name}"; use ${spec.attrs.map((x) => x.name).join(', ') || 'none'}`);
      continue;
    }
    values[a.name!] = stripControls(a.value);
    a.value = values[a.name!];
  }
  for (const x of spec.attrs) if (x.required && !values[x.name]?.trim()) problems.push(`the <${spec.name}> block needs ${x.name}="…" (${x.label})`);
  if (!spec.children && node.children.length) problems.push(`the <${spec.name}> block takes no text inside; close it as <${spec.name} … />`);
  return { values, problems };
}

function walkBlock(file: string, node: JsxNode, depth: number, offset: number, out: ParsedBody, inBlock: boolean) {
  const line = (node as Nodes).position ? (node as Nodes).position!.start.line + offset : undefined;
  const spec = BLOCK_BY_NAME.get(node.name!)!;
  if (inBlock) {
    out.problems.push({ file, line, message: `a <${spec.name}> block cannot stand inside another block; move it out` });
    return;
  }
  const { values, problems } = blockAttributes(spec, node);
  for (const message of problems) out.problems.push({ file, line, message });
  for (const a of spec.attrs) {
    const value = values[a.name];
    if (!a.media || !value) continue;
    const c = classifyUrl(value);
    if (!c.ok || c.kind !== 'media') out.problems.push({ file, line, message: `the <${spec.name}> block's ${a.name} "${value}" is not a site media file; choose it from the media library (/media/…)` });
    else if (!isMediaOf(a.media, value)) out.problems.push({ file, line, message: `the <${spec.name}> block's ${a.name} "${value}" is not a type the site publishes; use ${MEDIA_TYPES[a.media].names}` });
    else out.media.push(value.replace(/[?#].*$/, ''));
  }
  for (const child of node.children) walk(file, child, depth, offset, out, true);
}

function walk(file: string, node: Nodes, depth: number, offset: number, out: ParsedBody, inBlock = false) {
  const line = node.position ? node.position.start.line + offset : undefined;
  if (node.type === 'mdxJsxFlowElement' && (node as unknown as JsxNode).name && BLOCK_BY_NAME.has((node as unknown as JsxNode).name!)) {
    walkBlock(file, node as unknown as JsxNode, depth, offset, out, inBlock);
    return;
  }
  const code = CODE_NODES[node.type];
  if (code) {
    const known = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? ` (the only tags allowed are the editor blocks: ${BLOCKS.map((b) => `<${b.name}>`).join(', ')}, on lines of their own)` : '';
    out.problems.push({ file, line, message: `content may not contain code, found ${code}${known}; ${CODE_FIX[node.type]}` });
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
  // Character references (&#13;) are decoded by the parser: controls are removed again here.
  if ('value' in node && typeof node.value === 'string') node.value = stripControls(node.value);
  if ('alt' in node && typeof node.alt === 'string') node.alt = stripControls(node.alt);
  if ('title' in node && typeof node.title === 'string') node.title = stripControls(node.title);
  if (node.type === 'imageReference') {
    const def = out.definitions.get(node.identifier.toLowerCase());
    if (def !== undefined && !isMediaOf('image', def)) out.problems.push({ file, line, message: `image "${def}" is not a site media image; upload the image in the CMS and use its /media/… address` });
  }
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
    const c = classifyUrl(node.url);
    const what = node.type === 'image' ? 'image' : 'link';
    if (!c.ok) out.problems.push({ file, line, message: `${what} address ${c.message}` });
    else if (node.type === 'image' && c.kind !== 'media') {
      out.problems.push({ file, line, message: `image "${node.url}" is not a site media file; upload the image in the CMS and use its /media/… address` });
    } else if (c.kind === 'media') {
      const path = node.url.trim().replace(/[?#].*$/, '');
      if (!isMediaOf(node.type === 'image' ? 'image' : 'file', path)) {
        out.problems.push({ file, line, message: `${what} "${path}" is not a type the site publishes; use ${MEDIA_TYPES[node.type === 'image' ? 'image' : 'file'].names}` });
      } else out.media.push(path);
    }
  }
  if ('children' in node) for (const child of node.children as Nodes[]) walk(file, child, next, offset, out, inBlock);
}

/** Parses and checks a body; `offset` is the number of file lines above it. */
export function parseBody(file: string, body: string, offset = 0): ParsedBody {
  const out: ParsedBody = { problems: [], media: [], definitions: new Map() };
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
  const collect = (n: Nodes) => {
    if (n.type === 'definition') out.definitions.set(n.identifier.toLowerCase(), n.url);
    if ('children' in n) for (const c of n.children as Nodes[]) collect(c);
  };
  collect(tree);
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
  /** Type and size of a /media/… file, for document cards ("PDF, 84,2 kB"). */
  describeFile?: (path: string) => string;
}

type H = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: unknown[] } | { type: 'text'; value: string };
const el = (tagName: string, properties: Record<string, unknown>, children: unknown[] = []): H => ({ type: 'element', tagName, properties, children });
const txt = (value: string): H => ({ type: 'text', value });

/** HTML of an editor block: plain elements, no script, the same on the page and in feeds. */
function blockHandler(options: HtmlOptions) {
  const url = (src: string) => (options.base ? new URL(src, options.base).href : src);
  return (state: { all(node: unknown): unknown[] }, node: JsxNode): H => {
    const spec = BLOCK_BY_NAME.get(node.name!)!;
    const v = Object.fromEntries(node.attributes.map((a) => [a.name, String(a.value)])) as Record<string, string>;
    switch (spec.name) {
      case 'NotaRedactii':
        return el('aside', { className: ['block-notes'] }, [el('p', { className: ['block-label'] }, [el('strong', {}, [txt(spec.label)])]), ...state.all(node)]);
      case 'Citat': {
        const who = [v.autor, v.functia].filter(Boolean).join(', ');
        return el('figure', { className: ['block-quote'] }, [el('blockquote', {}, state.all(node)), el('figcaption', {}, [txt(`— ${who}`)])]);
      }
      case 'Figura': {
        const caption = [v.legenda ? txt(v.legenda) : undefined, v.credit ? el('span', { className: ['credit'] }, [txt(v.credit)]) : undefined].filter(Boolean) as H[];
        const spaced = caption.flatMap((c, i) => (i ? [txt(' '), c] : [c]));
        return el('figure', { className: ['block-figure'] }, [el('img', { src: url(v.src!), alt: v.alt, loading: 'lazy' }), ...(spaced.length ? [el('figcaption', {}, spaced)] : [])]);
      }
      default: {
        const about = options.describeFile?.(v.src!);
        return el('p', { className: ['block-document'] }, [el('a', { href: url(v.src!), download: '' }, [txt(v.titlu!)]), ...(about ? [txt(' '), el('span', { className: ['meta'] }, [txt(`(${about})`)])] : [])]);
      }
    }
  };
}

/** HTML of a checked tree. The tree is not modified. */
export function treeToHtml(tree: Root, options: HtmlOptions = {}): string {
  return renderTree(tree, options).html;
}

/** HTML of a checked tree, and its headings with their ids when `headingIds` is set. */
export function renderTree(tree: Root, options: HtmlOptions = {}): { html: string; headings: { depth: number; slug: string; text: string }[] } {
  const copy = structuredClone(tree);
  if (options.base) absolutize(copy, options.base);
  const processor = unified().use(remarkRehype, { handlers: { mdxJsxFlowElement: blockHandler(options) } as never });
  // On the site's pages: heading ids for #fragments, and tables in scroll containers with
  // numbers aligned (feeds get plain HTML).
  if (options.headingIds) processor.use(rehypeHeadingIds).use(rehypeTables);
  // rehypeHeadingIds collects the headings it names into the file's data (the VFile unified
  // makes from these options keeps this object).
  const data: { astro?: { headings?: { depth: number; slug: string; text: string }[] } } = {};
  const hast = processor.runSync(copy, { data } as never);
  const html = String(unified().use(rehypeStringify, { characterReferences: { useNamedReferences: true } }).stringify(hast as never)).trim();
  return { html, headings: data.astro?.headings ?? [] };
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
