/**
 * Markdown to plain text, for the .txt copy of a release that journalists paste into
 * their systems: paragraphs kept, lists with dashes, tables as tab-separated rows,
 * links followed by their address, lines not wrapped.
 */
import type { Nodes, Root } from 'mdast';
import { parseBody } from './body.ts';

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'link': {
      const text = node.children.map(inline).join('');
      return text === node.url || node.url.startsWith('mailto:') ? text : `${text} (${node.url})`;
    }
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

function block(node: Nodes, indent = ''): string {
  switch (node.type) {
    case 'heading':
      return node.children.map(inline).join('').toUpperCase();
    case 'paragraph':
      return indent + node.children.map(inline).join('');
    case 'list':
      return node.children
        .map((item, i) => {
          const bullet = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
          const [first, ...rest] = item.children.map((c) => block(c, indent + '  ').trimStart());
          return [indent + bullet + (first ?? ''), ...rest.map((r) => indent + '  ' + r)].join('\n');
        })
        .join('\n');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => cell.children.map(inline).join('')).join('\t')).join('\n');
    case 'blockquote':
      return node.children.map((c) => block(c)).map((t) => `> ${t}`).join('\n');
    case 'code':
      return node.value;
    case 'thematicBreak':
      return '* * *';
    case 'mdxJsxFlowElement' as never: {
      // Editor blocks (src/lib/blocks.ts), as a journalist pastes them.
      const jsx = node as unknown as { name: string; attributes: { name: string; value: string }[]; children: Nodes[] };
      const v = Object.fromEntries(jsx.attributes.map((a) => [a.name, a.value])) as Record<string, string>;
      const inner = jsx.children.map((c) => block(c)).filter(Boolean).join('\n\n');
      if (jsx.name === 'NotaRedactii') return `NOTĂ PENTRU REDACȚII\n\n${inner}`;
      if (jsx.name === 'Citat') return `„${inner}”\n— ${[v.autor, v.functia].filter(Boolean).join(', ')}`;
      if (jsx.name === 'Figura') return `[Imagine: ${v.alt}${v.legenda ? ` — ${v.legenda}` : ''}${v.credit ? ` (${v.credit})` : ''}]`;
      return `${v.titlu} (${v.src})`;
    }
    default:
      return 'children' in node ? (node.children as Nodes[]).map((c) => block(c)).join('\n\n') : '';
  }
}

/** The body as plain text; the same parser and checks as the page (src/lib/body.ts). */
export function markdownToText(markdown: string): string {
  const { tree, problems } = parseBody('body', markdown);
  if (!tree) throw new Error(problems.map((p) => p.message).join('; '));
  return treeToText(tree);
}

/** Plain text of a checked tree (the loader keeps it with the rendered body). */
export function treeToText(tree: Root): string {
  return tree.children.map((n) => block(n)).filter(Boolean).join('\n\n').trim();
}
