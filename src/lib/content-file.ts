/**
 * Reading one content file: the single parser that `npm run check`, the build's loader
 * and the settings all use, so they accept exactly the same files. Everything a file
 * could do to the machine or the reader is refused here with the line and the fix:
 * oversized files, YAML aliases (an alias bomb exhausts memory while expanding), deep
 * nesting, unquoted timestamps (YAML reads them as UTC: an event would move 2–3 hours),
 * cedilla letters pasted from Word. Control characters are stripped, so no output
 * (HTML, RSS, iCalendar, .txt) ever carries a CR or NUL.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Problem } from './problems.ts';

/** Largest content file accepted (bytes); long documents belong in an attachment. */
export const MAX_CONTENT_BYTES = 512 * 1024;
/** Deepest nesting of YAML maps and lists; the model needs 4. */
export const MAX_YAML_DEPTH = 12;

/** C0 controls except tab and line feed, DEL and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Line endings to LF (a lone CR is a line break to every parser) and controls removed. */
export function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** Removes control characters from a single-line or multi-line value bound for any output. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** Cedilla letters (Turkish) that Word and old keyboards put where Romanian has comma below. */
export const CEDILLA: Record<string, string> = { 'ş': 'ș', 'ţ': 'ț', 'Ş': 'Ș', 'Ţ': 'Ț' };
const CEDILLA_RE = /[şţŞŢ]/g;

/** Replaces every cedilla letter with its comma-below form. */
export function fixCedilla(text: string): string {
  return text.replace(CEDILLA_RE, (c) => CEDILLA[c]!);
}

function cedillaProblems(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const found = [...new Set(line.match(CEDILLA_RE) ?? [])];
    if (found.length) {
      out.push({
        file,
        line: i + 1,
        message: `has ${found.map((c) => `"${c}" (cedilla)`).join(', ')}; Romanian writes ${found.map((c) => `"${CEDILLA[c]}"`).join(', ')} with a comma below: retype ${found.length === 1 ? 'it' : 'them'} or run npm run check -- --fix`,
      });
    }
  });
  return out;
}

/** Values YAML 1.1 (and many tools) read as a timestamp when they are not quoted. */
const TIMESTAMP_LIKE = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d*)?)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;

export interface ParsedYaml {
  data?: unknown;
  problems: Problem[];
  /** Line (1-based, in the file) of the value at a field path, where the YAML has it. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Parses YAML text standing at `lineOffset` lines into the file. Aliases, excessive depth
 * and unquoted timestamps are refused before any value is built.
 */
export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  const deep = bracketDepth(text);
  if (deep.depth > MAX_YAML_DEPTH) {
    return { problems: [{ file, line: deep.line + lineOffset, message: `nests [ ] or { } more than ${MAX_YAML_DEPTH} levels deep; no content type needs that: write lists one "- " item per line` }], lineOf: () => undefined };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, schema: 'core', prettyErrors: false, merge: false });
  } catch (err) {
    return { problems: [{ file, line: 1 + lineOffset, message: `could not be read as YAML (${(err as Error).name}); simplify the fields: one value per line, lists with "- "` }], lineOf: () => undefined };
  }
  const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
  const lineOf = (path: readonly PropertyKey[]) => {
    const node = path.length ? (doc.getIn(path.map((p) => (typeof p === 'symbol' ? String(p) : p)), true) as YamlNode | undefined) : doc.contents;
    return node?.range ? lineAt(node.range[0]) : undefined;
  };
  const problems: Problem[] = [];
  for (const err of doc.errors) {
    const reason = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push({
      file,
      line: lineAt(err.pos[0]),
      message: `is not valid YAML: ${reason}; check the quotes and the indentation (put text that contains ":" or "#" in quotes)`,
    });
  }
  if (problems.length) return { problems, lineOf };

  const walk = (node: unknown, depth: number, key: string) => {
    if (isAlias(node)) {
      problems.push({ file, line: node.range ? lineAt(node.range[0]) : undefined, message: `uses a YAML alias (*${node.source}); aliases are not allowed in content: write the value out in full` });
      return;
    }
    if (depth > MAX_YAML_DEPTH) {
      problems.push({ file, line: (node as YamlNode).range ? lineAt((node as YamlNode).range![0]) : undefined, message: `nests fields more than ${MAX_YAML_DEPTH} levels deep; no content type needs that: check the indentation` });
      return;
    }
    if (isScalar(node)) {
      if (node.type === 'PLAIN' && typeof node.value === 'string' && TIMESTAMP_LIKE.test(node.value)) {
        problems.push({
          file,
          line: node.range ? lineAt(node.range[0]) : undefined,
          field: key || undefined,
          message: `${node.value} is a date written without quotes, which YAML may read as UTC; write it in quotes: "${node.value.replace(/[ \t]+/, 'T').replace(/(T\d{1,2}:\d{2}):\d{2}(?:\.\d*)?/, '$1')}"`,
        });
      }
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isAlias(pair.key)) walk(pair.key, depth + 1, key);
        const name = isScalar(pair.key) ? String(pair.key.value) : '?';
        walk(pair.value, depth + 1, key ? `${key}.${name}` : name);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, depth + 1, `${key}[${i}]`));
    }
  };
  walk(doc.contents, 0, '');
  if (problems.length) return { problems, lineOf };
  // Escapes in quoted values ("\r", "\x00") are decoded by YAML: controls go again here.
  return { data: cleanValues(doc.toJS({ maxAliasCount: 0 }) ?? {}), problems, lineOf };
}

/** Every string of parsed data with control characters removed. */
function cleanValues(value: unknown): unknown {
  if (typeof value === 'string') return stripControls(value);
  if (Array.isArray(value)) return value.map(cleanValues);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanValues(v)]));
  }
  return value;
}

/**
 * The deepest nesting of [ ] and { } outside quoted text, found before YAML parses
 * anything: the parser recurses per level, and a few thousand brackets overflow its stack.
 */
function bracketDepth(text: string): { depth: number; line: number } {
  let depth = 0;
  let max = 0;
  let line = 1;
  let maxLine = 1;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if ((ch === '"' || ch === "'") && /[\s:[{,-]/.test(text[i - 1] ?? ' ')) quote = ch;
    else if (ch === '#' && /\s/.test(text[i - 1] ?? ' ')) while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > max) {
        max = depth;
        maxLine = line;
      }
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return { depth: max, line: maxLine };
}

/** The frontmatter block: "---" alone on the first line, fields, "---" alone on a line. */
const FRONTMATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

export interface ParsedFile {
  data?: unknown;
  /** The MDX body, for MDX files. */
  body?: string;
  /** Lines above the body (the frontmatter), to turn body lines into file lines. */
  bodyOffset: number;
  problems: Problem[];
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const noLine = () => undefined;

/**
 * Reads the text of a content file (as read from disk) into data and body. The text is
 * cleaned first: line numbers stay those an editor sees.
 */
export function parseContentText(file: string, raw: string, format: 'mdx' | 'yaml'): ParsedFile {
  const bytes = new TextEncoder().encode(raw).length;
  if (bytes > MAX_CONTENT_BYTES) {
    return {
      bodyOffset: 0,
      lineOf: noLine,
      problems: [{ file, message: `is ${Math.round(bytes / 1024)} KB; a content file may be at most ${MAX_CONTENT_BYTES / 1024} KB: shorten it or publish the long text as an attached PDF` }],
    };
  }
  const text = cleanText(raw);
  const problems = cedillaProblems(file, text);
  if (format === 'yaml') {
    const y = parseYaml(file, text);
    return { data: y.data, bodyOffset: 0, problems: [...problems, ...y.problems], lineOf: y.lineOf };
  }
  const m = FRONTMATTER.exec(text);
  if (!m) {
    problems.push({ file, line: 1, message: 'has no frontmatter; the file must begin with a line "---", then the fields, then a line "---" alone' });
    return { bodyOffset: 0, problems, lineOf: noLine };
  }
  const y = parseYaml(file, m[1] ?? '', 1);
  const bodyOffset = m[0].split('\n').length - 1;
  return { data: y.data, body: text.slice(m[0].length), bodyOffset, problems: [...problems, ...y.problems], lineOf: y.lineOf };
}
