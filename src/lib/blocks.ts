/**
 * Editor blocks: the only tags a body may contain. Each is a fixed component with text
 * attributes, written by the CMS's editor components and read by the body renderer; no
 * other tag, no expression, no code. One table serves validation and rendering
 * (src/lib/body.ts), the CMS's escaping (src/lib/mdx-escape.ts) and the CMS editor
 * components with their previews (cms/blocks.ts). Pure: the CMS bundle imports it.
 *
 *   <NotaRedactii>            notes to editors: Markdown inside
 *   <Citat autor="…" functia="…">   a quote: Markdown inside
 *   <Figura src="/media/…" alt="…" legenda="…" credit="…" />
 *   <Document src="/media/…" titlu="…" />
 */

export interface BlockAttr {
  name: string;
  /** Romanian label in the CMS form. */
  label: string;
  required: boolean;
  /** A site media file (image or any document), checked like a media field. */
  media?: 'image' | 'file';
  hint?: string;
}

export interface BlockSpec {
  /** The tag, as written in the file. */
  name: string;
  /** Romanian name in the CMS's "add component" menu. */
  label: string;
  attrs: BlockAttr[];
  /** Markdown inside the block (paragraphs, lists, links); else the tag closes itself. */
  children: boolean;
  childrenLabel?: string;
}

export const BLOCKS: BlockSpec[] = [
  {
    name: 'NotaRedactii',
    label: 'Notă pentru redacții',
    attrs: [],
    children: true,
    childrenLabel: 'Textul notei (persoană de contact, context, documente disponibile)',
  },
  {
    name: 'Citat',
    label: 'Citat',
    attrs: [
      { name: 'autor', label: 'Cine a spus', required: true, hint: 'Numele, ex.: Adrian Mureșan.' },
      { name: 'functia', label: 'Funcția', required: false, hint: 'Ex.: prefectul județului Alba.' },
    ],
    children: true,
    childrenLabel: 'Citatul, exact cum a fost spus',
  },
  {
    name: 'Figura',
    label: 'Figură (imagine cu legendă)',
    attrs: [
      { name: 'src', label: 'Imaginea', required: true, media: 'image' },
      { name: 'alt', label: 'Text alternativ', required: true, hint: 'Ce arată imaginea, pentru cei care nu o văd.' },
      { name: 'legenda', label: 'Legenda', required: false },
      { name: 'credit', label: 'Sursa', required: false, hint: 'Ex.: „Foto: Prefectura Alba”.' },
    ],
    children: false,
  },
  {
    name: 'Document',
    label: 'Document (fișier atașat în text)',
    attrs: [
      { name: 'src', label: 'Fișierul', required: true, media: 'file' },
      { name: 'titlu', label: 'Titlul documentului', required: true, hint: 'Ce conține, ex.: „Hotărârea CJSU nr. 7/2026”.' },
    ],
    children: false,
  },
];

export const BLOCK_BY_NAME = new Map(BLOCKS.map((b) => [b.name, b]));

/** Characters an attribute value may not hold as such; written as character references. */
const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };

export function escapeAttr(value: string): string {
  return value.replace(/\r?\n/g, ' ').replace(/[&"<>{}]/g, (c) => ATTR_ESCAPES[c]!);
}

export function unescapeAttr(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#123|#125);/g, (m) => Object.entries(ATTR_ESCAPES).find(([, v]) => v === m)![0]);
}

/** The opening (or self-closing) tag of a block, with its attributes in table order. */
export function blockTag(spec: BlockSpec, values: Record<string, string | undefined>): string {
  const attrs = spec.attrs
    .filter((a) => values[a.name]?.trim())
    .map((a) => ` ${a.name}="${escapeAttr(values[a.name]!.trim())}"`)
    .join('');
  return `<${spec.name}${attrs}${spec.children ? '' : ' /'}>`;
}

/**
 * A line that is exactly a block's tag as the CMS writes it: the escaper leaves these
 * lines alone (everything else with "<" is escaped), the body check validates them.
 */
export const BLOCK_LINE = new RegExp(`^\\s*(?:<(?:${BLOCKS.map((b) => b.name).join('|')})(?:\\s+[a-z]+="[^"<>{}]*")*\\s*/?>|</(?:${BLOCKS.filter((b) => b.children).map((b) => b.name).join('|')})>)\\s*$`);
