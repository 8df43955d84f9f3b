/**
 * The editor blocks in Decap's Markdown editor: "Notă pentru redacții", "Citat", "Figură",
 * "Document", each a form with a preview, written as the allowlisted tags of
 * src/lib/blocks.ts (the one table the renderer, the check and the escaper also use).
 * The preview is the site's own rendering of the block.
 */
import { BLOCKS, blockTag, unescapeAttr, type BlockSpec } from '../src/lib/blocks.ts';
import { parseBody, treeToHtml } from '../src/lib/body.ts';
import { escapeMdx } from '../src/lib/mdx-escape.ts';

type Data = Record<string, string | undefined>;

export interface EditorComponent {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Data;
  toBlock(data: Data): string;
  toPreview(data: Data): string;
}

const ATTRS = '((?: [a-z]+="[^"]*")*)';

function attributes(text: string): Data {
  const out: Data = {};
  for (const m of text.matchAll(/([a-z]+)="([^"]*)"/g)) out[m[1]!] = unescapeAttr(m[2]!);
  return out;
}

export function editorComponent(spec: BlockSpec): EditorComponent {
  const toBlock = (data: Data) => {
    const tag = blockTag(spec, data);
    if (!spec.children) return tag;
    const text = (data.text ?? '').trim() || '…';
    return `${tag}\n${text}\n</${spec.name}>`;
  };
  return {
    id: spec.name,
    label: spec.label,
    fields: [
      ...spec.attrs.map((a) => ({
        name: a.name,
        label: a.label,
        widget: a.media === 'image' ? 'image' : a.media === 'file' ? 'file' : 'string',
        required: a.required,
        ...(a.hint ? { hint: a.hint } : {}),
        ...(a.media ? { choose_url: false } : {}),
      })),
      ...(spec.children ? [{ name: 'text', label: spec.childrenLabel ?? 'Text', widget: 'text', required: true }] : []),
    ],
    // Anchored at the start of the block Decap offers, no multiline flag (Decap refuses
    // it): with it, "^" matched a later block and the first quote of a text was lost.
    pattern: spec.children ? new RegExp(`^<${spec.name}${ATTRS}>\\n([\\s\\S]*?)\\n</${spec.name}>(?=\\n|$)`) : new RegExp(`^<${spec.name}${ATTRS} />(?=\\n|$)`),
    fromBlock(match) {
      const data = attributes(match[1] ?? '');
      // The save escapes { } < in the text; the officer edits the text as typed.
      if (spec.children) data.text = (match[2] ?? '').replace(/\\([{}<])/g, '$1');
      return data;
    },
    toBlock,
    toPreview(data) {
      const parsed = parseBody('preview', escapeMdx(toBlock(data)));
      return parsed.tree ? treeToHtml(parsed.tree) : `<p>${spec.label}: completați câmpurile obligatorii.</p>`;
    },
  };
}

export const EDITOR_COMPONENTS = BLOCKS.map(editorComponent);
