/**
 * The attack review of issue 7, kept as regression tests: each finding of a second
 * reviewer who tried to break the content checks (SVG bypasses, media types in bodies,
 * parser time bombs, a symlinked public/, control characters through escapes, false
 * refusals of ordinary text, CMS fence handling). Each failed on the first version.
 */
import { mkdtempSync, cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/body.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { parseContentText } from '../../src/lib/content-file.ts';
import { checkSvg } from '../../src/lib/svg-check.ts';
import { guardEntry } from '../../cms/guard.ts';

const SVG = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}<rect width="9" height="9"/></svg>`;

describe('SVG check bypasses (each verified in Chromium: script ran / request was made)', () => {
  it('refuses a <script> hidden by a comment opener inside CDATA', () => {
    // The check strips "<!-- ... -->" before tokenising; XML treats "<!--" inside CDATA as text.
    const svg = SVG('<style><![CDATA[ <!-- ]]></style><script>alert(document.domain)</script><style><![CDATA[ --> ]]></style>');
    expect(checkSvg(svg).ok).toBe(false);
  });
  it.each([
    ['character reference', '<style>@&#105;mport "https://evil.example/x.css";</style>'],
    ['split by CDATA', '<style>@imp<![CDATA[ort "https://evil.example/x.css";]]></style>'],
    ['split by a child element', '<style>@imp<g/>ort "https://evil.example/x.css";</style>'],
    ['CSS escape', '<style>@\\69mport "https://evil.example/x.css";</style>'],
    ['CSS escape in url()', '<rect style="fill: \\75rl(https://evil.example/p.svg#a)"/>'],
  ])('refuses an external CSS reference hidden by %s', (_, inner) => {
    expect(checkSvg(SVG(inner)).ok).toBe(false);
  });
});

describe('body addresses', () => {
  it('refuses an image reference whose definition is not site media', () => {
    expect(parseBody('b.mdx', '![x][r]\n\n[r]: https://evil.example/pixel.png').problems).not.toEqual([]);
  });
  it.each(['[x](/media/2026/pagina.html)', '[x](/media/2026/cod.js)', '<Figura src="/media/2026/x.html" alt="a" />', '<Document src="/media/2026/x.js" titlu="a" />'])(
    'refuses a media address of a type the site cannot serve safely: %s',
    (body) => {
      // .html + .js under /media/ run script on the site origin under its own CSP (script-src 'self').
      expect(parseBody('b.mdx', body).problems).not.toEqual([]);
    },
  );
});

describe('time bombs: a single file is judged in under a second', () => {
  const timed = (f: () => unknown) => {
    const s = performance.now();
    f();
    return performance.now() - s;
  };
  it('nested emphasis (6 KB)', () => {
    expect(timed(() => parseBody('b.mdx', '*a '.repeat(1000) + 'x' + ' a*'.repeat(1000)))).toBeLessThan(1000);
  }, 60_000);
  it('a quote followed by lazy continuation lines (20 KB)', () => {
    expect(timed(() => parseBody('b.mdx', '> a\n' + 'b\n'.repeat(10000)))).toBeLessThan(1000);
  }, 60_000);
  it('open brackets (100 KB)', () => {
    expect(timed(() => parseBody('b.mdx', '['.repeat(100000) + 'x](/a)'))).toBeLessThan(1000);
  }, 60_000);
  it('lists nested by growing indentation, each line under the pre-parse limit (~200 KB)', () => {
    // prefixProblem lets every line through (one marker, <= 64 columns); the parser then takes seconds.
    expect(timed(() => parseBody('b.mdx', Array.from({ length: 6000 }, (_, i) => ' '.repeat((i % 31) * 2) + '- a').join('\n')))).toBeLessThan(1000);
  }, 60_000);
  it('deeply nested YAML flow sequences: refused fast, with a message an editor can act on', () => {
    let message = '';
    const t = timed(() => {
      message = parseContentText('f.mdx', `---\na: ${'['.repeat(100000)}${']'.repeat(100000)}\n---\nx\n`, 'mdx').problems[0]?.message ?? '';
    });
    expect(message).not.toMatch(/call stack/);
    expect(t).toBeLessThan(1000);
  }, 60_000);
});

describe('files stay inside the project', () => {
  it('refuses a public/ folder that is itself a symbolic link', () => {
    const site = mkdtempSync(join(tmpdir(), 'attack-public-link-'));
    cpSync(join(process.cwd(), 'content'), join(site, 'content'), { recursive: true });
    const outside = mkdtempSync(join(tmpdir(), 'attack-outside-'));
    cpSync(join(process.cwd(), 'public'), outside, { recursive: true });
    writeFileSync(join(outside, 'secret-notes.txt'), 'SECRET');
    symlinkSync(outside, join(site, 'public'));
    const errors = checkContent(site).problems;
    expect(errors.map((p) => p.file).join('\n')).toMatch(/public/);
  }, 60_000);
});

describe('control characters (point 9): built pages and .txt carried CR, ESC, NUL, BEL', () => {
  const CTL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
  it('YAML escapes in double-quoted values do not bring them back after cleanText', () => {
    const r = parseContentText('f.mdx', '---\ntitle: "Titlu\\rX\\x1bY\\x00Z"\nsummary: "R\\x07."\n---\n\nx\n', 'mdx');
    expect(JSON.stringify(r.data)).not.toMatch(/\\u00(0[0-8bc-f]|1[0-9a-f])|\\r/);
  });
  it('character references in a body do not bring them back', async () => {
    const { bodyToHtml } = await import('../../src/lib/body.ts');
    expect(bodyToHtml('b.mdx', 'a&#13;b&#27;c&#11;d')).not.toMatch(CTL);
  });
});

describe('what a hurried press officer types', () => {
  it.each([['a thematic break of spaced stars', 'Text\n\n* * * * * * * * * *\n\nMai mult'], ['a thematic break of spaced dashes', 'Text\n\n- - - - - - - - - -\n\nMai mult'], ['deeply indented code in a fence', '```json\n' + ' '.repeat(70) + '"a": 1\n```']])(
    'accepts %s (refused today as "nests lists deeper than 8 levels")',
    (_, body) => {
      expect(parseBody('b.mdx', body).problems).toEqual([]);
    },
  );
});

describe('CMS guard', () => {
  const base = { title: 'Test', date: '2026-11-26T10:00', summary: 'Rezumat.', type: 'comunicat', topics: ['ceremonii'] };
  it('saves text whose first line only looks like a code fence (info string with a backtick)', () => {
    // CommonMark: a ``` fence's info string may not contain a backtick, so this is a paragraph.
    expect(guardEntry('press-releases', { ...base, body: '```a`b\n{x} <y>\n```' }).problems).toEqual([]);
  });
  it('keeps text typed inside a code block as typed (a ```js line does not close a fence)', () => {
    expect(guardEntry('press-releases', { ...base, body: '```\ncod\n```js\n{x}\n```' }).data.body).toBe('```\ncod\n```js\n{x}\n```');
  });
});
