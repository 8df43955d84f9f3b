/**
 * Tables in content: each is wrapped in a focusable scroll container (GOV.UK's answer to
 * a table wider than a phone: the table scrolls, the page does not), and the cells of a
 * column holding only numbers are right-aligned, so digits line up.
 */
import { t } from '../i18n/ro.ts';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
}

const NUMBER = /^[-−+]?\s*[\d.,\s]*\d[\d.,\s]*\s*(%|lei|RON|mii lei)?$/;

function text(n: Node): string {
  return n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(text).join('');
}

const isEl = (n: Node, ...tags: string[]) => n.type === 'element' && tags.includes(n.tagName!);

function rows(table: Node): Node[] {
  return (table.children ?? []).flatMap((c) => (isEl(c, 'thead', 'tbody', 'tfoot') ? (c.children ?? []) : [c])).filter((r) => isEl(r, 'tr'));
}

function addClass(n: Node, cls: string) {
  n.properties ??= {};
  const prev = n.properties.className;
  n.properties.className = [...(Array.isArray(prev) ? prev : prev ? [prev] : []), cls];
}

/** Marks numeric columns of one table; a column is numeric when every non-empty body cell is a number. */
export function alignNumbers(table: Node): void {
  const all = rows(table).map((r) => (r.children ?? []).filter((c) => isEl(c, 'td', 'th')));
  const body = rows(table)
    .filter((r) => !(r.children ?? []).every((c) => !isEl(c, 'td')))
    .map((r) => (r.children ?? []).filter((c) => isEl(c, 'td', 'th')));
  const width = Math.max(0, ...all.map((r) => r.length));
  for (let col = 1; col < width; col++) {
    const values = body.map((r) => r[col]).filter((c) => c !== undefined).map((c) => text(c).trim()).filter(Boolean);
    if (!values.length || !values.every((v) => NUMBER.test(v))) continue;
    for (const r of all) {
      const c = r[col];
      if (c) addClass(c, 'num');
    }
  }
}

function walk(node: Node, visit: (n: Node, parent: Node, i: number) => void) {
  node.children?.forEach((child, i) => {
    visit(child, node, i);
    walk(child, visit);
  });
}

export function rehypeTables() {
  return (tree: Node) => {
    walk(tree, (node, parent, i) => {
      if (!isEl(node, 'table') || (parent.properties?.className as string[] | undefined)?.includes('table-wrap')) return;
      alignNumbers(node);
      parent.children![i] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: t('table.scroll') },
        children: [node],
      };
    });
  };
}
