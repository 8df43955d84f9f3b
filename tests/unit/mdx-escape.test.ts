import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMdx } from '../../src/lib/mdx-escape.ts';
import { findCode } from '../../src/lib/mdx-guard.ts';

const mdx = unified().use(remarkParse).use(remarkMdx);

describe('escapeMdx (what the CMS saves)', () => {
  it.each([
    'Bugetul {2026} a crescut cu 3 < 5 procente.',
    'export const x = 1',
    'import fs from "fs"',
    '<script>alert(1)</script>',
    'Formula: a<b și c>d, acolade } deschise {',
    'Text cu `cod {inline}` și <b>bold</b>.',
    '```js\nconst x = {a: 1};\n```\n\nDupă cod {x}.',
  ])('%j becomes MDX that runs nothing', (input) => {
    const out = escapeMdx(input);
    const tree = mdx.parse(out);
    expect(findCode(tree as never)).toBeUndefined();
    expect(escapeMdx(out)).toBe(out);
  });

  it('keeps code and already-escaped text as written', () => {
    expect(escapeMdx('`{x}` și \\{y\\}')).toBe('`{x}` și \\{y\\}');
    expect(escapeMdx('```\n<div>{x}</div>\n```')).toBe('```\n<div>{x}</div>\n```');
    expect(escapeMdx('Cifra {3}')).toBe('Cifra \\{3\\}');
    expect(escapeMdx('export x')).toBe('&#101;xport x');
  });
});
