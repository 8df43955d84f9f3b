/**
 * Content is data, not code. MDX would run `import`/`export` lines, `{…}` expressions and
 * components found in a content file at build time; this remark plugin stops the build on
 * the first such node, before any of it runs, naming the file, the line and the fix.
 */

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: Node[];
}

/** MDX nodes that would run code, with how an editor would call them. */
export const CODE_NODES: Record<string, string> = {
  mdxjsEsm: 'an import/export line',
  mdxFlowExpression: 'a {…} expression',
  mdxTextExpression: 'a {…} expression',
  mdxJsxFlowElement: 'an HTML/JSX tag',
  mdxJsxTextElement: 'an HTML/JSX tag',
};

export class UnsafeMdxError extends Error {
  override name = 'UnsafeMdxError';
}

/** The first code-bearing node in a tree, if any. */
export function findCode(tree: Node): Node | undefined {
  if (CODE_NODES[tree.type]) return tree;
  for (const child of tree.children ?? []) {
    const hit = findCode(child);
    if (hit) return hit;
  }
  return undefined;
}

export function remarkMdxGuard() {
  return (tree: Node, file: { path?: string; cwd?: string }) => {
    const hit = findCode(tree);
    if (!hit) return;
    const where = file.path ? file.path.replace(`${file.cwd ?? process.cwd()}/`, '') : 'content';
    const line = hit.position ? `:${hit.position.start.line}` : '';
    const what = CODE_NODES[hit.type]!;
    const fix =
      hit.type.startsWith('mdxJsx')
        ? 'use Markdown instead of tags (or write &lt; for a literal <)'
        : hit.type === 'mdxjsEsm'
          ? 'remove the line, or reword it so it does not start with import/export'
          : 'remove the braces, or write \\{ and \\} for literal braces';
    throw new UnsafeMdxError(`${where}${line}: content may not contain code, found ${what}; ${fix}`);
  };
}
