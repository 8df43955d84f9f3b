/**
 * What the CMS saves must always build and show what the officer typed. Example cases,
 * then a property test: fast-check generates Markdown (paragraphs, nested lists, quotes,
 * tables, code spans, indentation) whose text is full of { } < > and import/export words,
 * escapes it as the CMS does, and requires the build's own body check to accept it and
 * the rendered text to be the typed text.
 */
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/body.ts';
import { escapeMdx } from '../../src/lib/mdx-escape.ts';

const accepted = (markdown: string) => parseBody('body', markdown).problems;

describe('escapeMdx (what the CMS saves)', () => {
  it.each([
    'Bugetul {2026} a crescut cu 3 < 5 procente.',
    'export const x = 1',
    'import fs from "fs"',
    '<script>alert(1)</script>',
    'Formula: a<b și c>d, acolade } deschise {',
    'Text cu `cod {inline}` și <b>bold</b>.',
    '```js\nconst x = {a: 1};\n```\n\nDupă cod {x}.',
    // MDX has no indented code: these were left unescaped and then broke the build.
    '- listă\n    - {x} și <y>',
    'Paragraf.\n\n    {indentat} <z>',
    '> citat\n>\n>     {x}',
    '1. unu\n\n   ```\n   {cod}\n   ```\n2. doi {y}',
  ])('%j becomes MDX that the build accepts', (input) => {
    const out = escapeMdx(input);
    expect(accepted(out)).toEqual([]);
    expect(escapeMdx(out)).toBe(out);
  });

  it('keeps code and already-escaped text as written', () => {
    expect(escapeMdx('`{x}` și \\{y\\}')).toBe('`{x}` și \\{y\\}');
    expect(escapeMdx('```\n<div>{x}</div>\n```')).toBe('```\n<div>{x}</div>\n```');
    expect(escapeMdx('Cifra {3}')).toBe('Cifra \\{3\\}');
    expect(escapeMdx('export x')).toBe('&#101;xport x');
  });
});

/** Visible text of a body as the build renders it, whitespace folded. */
function renderedText(markdown: string): string {
  const { tree, problems } = parseBody('body', markdown);
  if (!tree) throw new Error(problems.map((p) => p.message).join('; '));
  const texts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'text' || n.type === 'inlineCode') texts.push(n.value);
    else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(tree);
  return fold(texts.join(' ') || toString(tree));
}
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

// Words and the characters MDX treats as code, plus Romanian letters. Markdown's own
// punctuation (* _ [ ] # | \ `) is left out: the property is about MDX, not emphasis.
const word = fc.oneof(
  fc.constantFrom('{', '}', '<', '>', '{x}', '<b>', '</i>', 'a<b', 'c>d', '{{', '}}', '<!--', '-->', '=>', '<3', 'import', 'export', 'ședință', 'țară', '2026', 'ă', 'î'),
  fc.stringMatching(/^[a-zA-Zșțăâî0-9]{1,8}$/),
);
// A line starts with a letter, so it never opens a quote, list or heading by accident.
const textLine = fc.tuple(fc.stringMatching(/^[a-zșț]{1,6}$/), fc.array(word, { maxLength: 8 })).map(([first, ws]) => [first, ...ws].join(' '));
const codeSpan = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ({ md: `\`${ws.join(' ')}\``, text: ws.join(' ') }));
const inline = fc.tuple(textLine, fc.option(codeSpan, { nil: undefined }), textLine).map(([a, code, b]) => ({
  md: code ? `${a} ${code.md} ${b}` : `${a} ${b}`,
  text: code ? `${a} ${code.text} ${b}` : `${a} ${b}`,
}));

type Block = { md: string; text: string };
const paragraph: fc.Arbitrary<Block> = inline;
const list = (depth: number): fc.Arbitrary<Block> =>
  fc.array(fc.tuple(inline, depth < 3 ? fc.option(fc.constant(null).chain(() => list(depth + 1)), { nil: undefined }) : fc.constant(undefined)), { minLength: 1, maxLength: 3 }).chain((items) =>
    fc.constantFrom('- ', '* ', '1. ').map((marker) => {
      const pad = ' '.repeat(marker.length);
      const md = items
        .map(([it, sub]) => `${marker}${it.md}${sub ? `\n\n${sub.md.split('\n').map((l) => (l ? pad + l : l)).join('\n')}` : ''}`)
        .join('\n');
      return { md, text: items.map(([it, sub]) => `${it.text} ${sub?.text ?? ''}`).join(' ') };
    }),
  );
const quote: fc.Arbitrary<Block> = inline.map((b) => ({ md: `> ${b.md}`, text: b.text }));
const indented: fc.Arbitrary<Block> = fc.tuple(fc.integer({ min: 1, max: 8 }), inline).map(([n, b]) => ({ md: `${' '.repeat(n)}${b.md}`, text: b.text }));
const table: fc.Arbitrary<Block> = fc.array(textLine.map((t) => t.replace(/\|/g, '')), { minLength: 2, maxLength: 2 }).map(([a, b]) => ({
  md: `| Coloana A | Coloana B |\n| --- | --- |\n| ${a} | ${b} |`,
  text: `Coloana A Coloana B ${a} ${b}`,
}));
const document = fc.array(fc.oneof(paragraph, list(1), quote, indented, table), { minLength: 1, maxLength: 5 }).map((blocks) => ({
  md: blocks.map((b) => b.md).join('\n\n'),
  text: blocks.map((b) => b.text).join(' '),
}));

describe('escapeMdx, property-based', () => {
  it("always yields a body the build accepts, showing the typed text", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(document, ({ md, text }) => {
        const out = escapeMdx(md);
        expect(accepted(out)).toEqual([]);
        expect(renderedText(out)).toBe(fold(text));
        expect(escapeMdx(out)).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});
