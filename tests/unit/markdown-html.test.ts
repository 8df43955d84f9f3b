import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/lib/markdown-html.ts';

const PAGE = 'https://ab.prefectura.mai.gov.ro/comunicate/2026-05-19-cjsu/';

describe('Markdown body to HTML for feeds', () => {
  it.each([
    ['a root-relative link', '[Hotărârea](/media/2026/hotarare.pdf)', 'href="https://ab.prefectura.mai.gov.ro/media/2026/hotarare.pdf"'],
    ['a link to another release', '[comunicatul](/comunicate/2026-05-18-alt/)', 'href="https://ab.prefectura.mai.gov.ro/comunicate/2026-05-18-alt/"'],
    ['an image', '![Harta](/media/2026/harta.svg)', 'src="https://ab.prefectura.mai.gov.ro/media/2026/harta.svg"'],
    ['a reference-style link', '[formular][f]\n\n[f]: /media/formulare/cerere.pdf', 'href="https://ab.prefectura.mai.gov.ro/media/formulare/cerere.pdf"'],
    ['a fragment (on the release page)', '[corecturi](#corecturi)', `href="${PAGE}#corecturi"`],
    ['an external link, unchanged', '[ISU](https://www.isualba.ro/avertizari)', 'href="https://www.isualba.ro/avertizari"'],
    ['an e-mail link, unchanged', '[scrieți-ne](mailto:presa@prefectura-alba.example.ro)', 'href="mailto:presa@prefectura-alba.example.ro"'],
    ['a phone link, unchanged', '[sunați](tel:+40258000000)', 'href="tel:+40258000000"'],
  ])('makes %s absolute', (_, markdown, expected) => {
    expect(markdownToHtml(markdown, PAGE)).toContain(expected);
  });

  it('renders GFM tables, headings, lists and emphasis', () => {
    const html = markdownToHtml(
      ['## Localități afectate', '', '| Localitate | Gospodării |', '| --- | ---: |', '| Câmpeni | 31 |', '', '- **Lupșa**: 24', '- _Bistra_: 12'].join('\n'),
      PAGE,
    );
    expect(html).toContain('<h2>Localități afectate</h2>');
    expect(html).toMatch(/<table>[\s\S]*<th>Localitate<\/th>[\s\S]*<td>Câmpeni<\/td>[\s\S]*<td align="right">31<\/td>[\s\S]*<\/table>/);
    expect(html).toContain('<li><strong>Lupșa</strong>: 24</li>');
    expect(html).toContain('<em>Bistra</em>');
  });

  it('escapes text and keeps Romanian diacritics as characters', () => {
    const html = markdownToHtml('Șeful ISU & DSP: 5 < 7 > 3, „citat” și ț', PAGE);
    expect(html).toContain('Șeful ISU');
    expect(html).toContain('„citat” și ț');
    expect(html).toMatch(/ISU (&amp;|&#x26;) DSP: 5 (&lt;|&#x3C;) 7/);
  });

  it('refuses raw HTML and unsafe addresses instead of passing them to readers', () => {
    expect(() => markdownToHtml('Text\n\n<script>alert(1)</script>', PAGE)).toThrow(/not valid MDX|may not contain code/);
    expect(() => markdownToHtml('[x](javascript:alert(1))', PAGE)).toThrow(/address type "javascript:", which is not allowed/);
  });

  it('reads an indented paragraph as a paragraph, as MDX does on the page', () => {
    expect(markdownToHtml('Primul.\n\n    Al doilea, indentat.', PAGE)).toBe('<p>Primul.</p>\n<p>Al doilea, indentat.</p>');
  });

  it('turns MDX escapes into the literal characters', () => {
    expect(markdownToHtml('Acolada \\{ și \\< rămân text.', PAGE)).toBe('<p>Acolada { și &lt; rămân text.</p>');
  });
});

describe('renderTree', () => {
  it('returns the headings it gave ids, for the contents list of long pages', async () => {
    const { parseBody, renderTree } = await import('../../src/lib/body.ts');
    const { tree } = parseBody('x.mdx', '## Stadiul conformității\n\nText.\n\n## Ce aduceți & cum\n\n### Detalii\n');
    const { html, headings } = renderTree(tree!, { headingIds: true });
    expect(headings).toEqual([
      { depth: 2, slug: 'stadiul-conformității', text: 'Stadiul conformității' },
      { depth: 2, slug: 'ce-aduceți--cum', text: 'Ce aduceți & cum' },
      { depth: 3, slug: 'detalii', text: 'Detalii' },
    ]);
    for (const h of headings) expect(html).toContain(`id="${h.slug}"`);
  });
});
