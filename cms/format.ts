/**
 * How the CMS reads and writes content files: with the build's own parser
 * (src/lib/content-file.ts) and a writer that quotes every text value. Decap's built-in
 * formats write dates unquoted (`date: 2026-11-27T10:00`), which YAML tools read as UTC
 * timestamps and which the check therefore refuses; quoted, a value means exactly what
 * the officer typed. Keys keep the model's order, so diffs stay readable.
 */
import { Document } from 'yaml';
import { parseContentText } from '../src/lib/content-file.ts';

export const FORMAT_MDX = 'cancelaria-mdx';
export const FORMAT_YAML = 'cancelaria-yaml';

type Data = Record<string, unknown>;

/** The entry's fields in the order of the form, then any others as they came. */
function ordered(data: Data, sortedKeys: string[]): Data {
  const out: Data = {};
  for (const k of sortedKeys) if (k in data) out[k] = data[k];
  for (const [k, v] of Object.entries(data)) if (!(k in out)) out[k] = v;
  return out;
}

/** Drops what the form leaves behind for an unset field (null, "", empty lists stay). */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === 'object') {
    const out: Data = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p === null || p === undefined || p === '') continue;
      if (p && typeof p === 'object' && !Array.isArray(p) && Object.keys(p).length === 0) continue;
      out[k] = p;
    }
    return out;
  }
  return value;
}

/** YAML with every string in double quotes. */
export function writeYaml(data: Data, sortedKeys: string[] = []): string {
  const doc = new Document(prune(ordered(data, sortedKeys)));
  return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

function read(kind: 'mdx' | 'yaml', content: string): Data {
  const parsed = parseContentText('entry', content, kind);
  const data = (parsed.data && typeof parsed.data === 'object' ? parsed.data : {}) as Data;
  // A file the check refuses still opens, so the officer can correct it in the form.
  return kind === 'mdx' ? { ...data, body: parsed.body ?? '' } : data;
}

export const mdxFormat = {
  fromFile: (content: string) => read('mdx', content),
  toFile(data: Data, sortedKeys: string[] = []) {
    const { body, ...fields } = data;
    const text = typeof body === 'string' ? body.replace(/^\n+/, '') : '';
    return `---\n${writeYaml(fields, sortedKeys.filter((k) => k !== 'body'))}---\n\n${text}${text.endsWith('\n') ? '' : '\n'}`;
  },
};

export const yamlFormat = {
  fromFile: (content: string) => read('yaml', content),
  toFile: (data: Data, sortedKeys: string[] = []) => writeYaml(data, sortedKeys),
};
