/**
 * Editor blocks: the only tags a body may hold. Rendered without script on the page, in
 * feeds and in the .txt copy; refused in any other form; written and read back by the
 * CMS's editor components without loss, whatever the officer types.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCKS } from '../../src/lib/blocks.ts';
import { parseBody, treeToHtml } from '../../src/lib/body.ts';
import { markdownToHtml } from '../../src/lib/markdown-html.ts';
import { escapeMdx } from '../../src/lib/mdx-escape.ts';
import { markdownToText } from '../../src/lib/plaintext.ts';
import { EDITOR_COMPONENTS, editorComponent } from '../../cms/blocks.ts';

const SAMPLE = [
  'Primul paragraf.',
  '',
  '<Citat autor="Adrian Mureșan" functia="prefectul județului Alba">',
  'Vom verifica **fiecare** localitate.',
  '</Citat>',
  '',
  '<NotaRedactii>',
  'Purtător de cuvânt: [presa@example.ro](mailto:presa@example.ro).',
  '</NotaRedactii>',
  '',
  '<Figura src="/media/2026/harta.png" alt="Harta &quot;zonei&quot;" legenda="Zona inundată" credit="Foto: ISU Alba" />',
  '',
  '<Document src="/media/2026/hotarare.pdf" titlu="Hotărârea CJSU nr. 7/2026" />',
].join('\n');

const html = (md: string) => {
  const p = parseBody('x.mdx', md);
  if (!p.tree) throw new Error(p.problems.map((x) => x.message).join('; '));
  return treeToHtml(p.tree, { describeFile: () => 'PDF, 84,2 kB' });
};

describe('editor blocks on the page', () => {
  it('render as plain HTML, with the media they use collected', () => {
    const out = html(SAMPLE);
    expect(out).toContain('<figure class="block-quote"><blockquote><p>Vom verifica <strong>fiecare</strong> localitate.</p></blockquote><figcaption>— Adrian Mureșan, prefectul județului Alba</figcaption></figure>');
    expect(out).toContain('<aside class="block-notes"><p class="block-label"><strong>Notă pentru redacții</strong></p><p>Purtător de cuvânt: <a href="mailto:presa@example.ro">presa@example.ro</a>.</p></aside>');
    expect(out).toContain('<img src="/media/2026/harta.png" alt="Harta &quot;zonei&quot;" loading="lazy"><figcaption>Zona inundată <span class="credit">Foto: ISU Alba</span></figcaption>');
    expect(out).toContain('<a href="/media/2026/hotarare.pdf" download>Hotărârea CJSU nr. 7/2026</a> <span class="meta">(PDF, 84,2 kB)</span>');
    expect(out).not.toMatch(/<script|on\w+=/);
    expect(parseBody('x.mdx', SAMPLE).media).toEqual(['/media/2026/harta.png', '/media/2026/hotarare.pdf']);
  });

  it('render in the feed with absolute addresses, and in the .txt copy as text', () => {
    const feed = markdownToHtml(SAMPLE, 'https://ab.example.ro/comunicate/x/');
    expect(feed).toContain('src="https://ab.example.ro/media/2026/harta.png"');
    expect(feed).toContain('href="https://ab.example.ro/media/2026/hotarare.pdf"');
    const text = markdownToText(SAMPLE);
    expect(text).toContain('„Vom verifica fiecare localitate.”\n— Adrian Mureșan, prefectul județului Alba');
    expect(text).toContain('NOTĂ PENTRU REDACȚII\n\nPurtător de cuvânt: presa@example.ro');
    expect(text).toContain('[Imagine: Harta "zonei" — Zona inundată (Foto: ISU Alba)]');
    expect(text).toContain('Hotărârea CJSU nr. 7/2026 (/media/2026/hotarare.pdf)');
  });

  it.each([
    ['<Figura src="javascript:alert(1)" alt="x" />', /src "javascript:alert\(1\)" is not a site media file/],
    ['<Figura src="/media/2026/a.png" alt="x" onerror="alert(1)" />', /has no attribute "onerror"/],
    ['<Figura src="/media/2026/a.png" />', /needs alt="…"/],
    ['<Citat autor={process.exit()}>\nx\n</Citat>', /code/],
    ['<Citat autor="A">\n<Citat autor="B">\nx\n</Citat>\n</Citat>', /cannot stand inside another block/],
    ['<Document src="/media/2026/a.pdf" titlu="x">\ntext\n</Document>', /takes no text inside/],
    ['<script>alert(1)</script>', /the only tags allowed are the editor blocks/],
    ['Text <Citat autor="A">x</Citat> în rând.', /code/],
  ])('refuses %j', (md, message) => {
    const problems = parseBody('x.mdx', md).problems.map((p) => p.message).join('\n');
    expect(problems).toMatch(message);
  });
});

describe('the CMS editor components', () => {
  it('cover every block', () => {
    expect(EDITOR_COMPONENTS.map((c) => c.id)).toEqual(BLOCKS.map((b) => b.name));
  });

  const value = fc.stringMatching(/^[a-zA-Zșțăâî0-9 "'{}<>&;:./=-]{1,30}$/).filter((s) => s.trim() !== '');
  it.each(BLOCKS.map((b) => [b.name, b] as const))('%s: whatever is typed, the block saves, builds and reads back the same', (_, spec) => {
    const component = editorComponent(spec);
    fc.assert(
      fc.property(fc.record(Object.fromEntries([...spec.attrs.map((a) => [a.name, a.media ? fc.constant(a.media === 'image' ? '/media/2026/a.png' : '/media/2026/a.pdf') : value]), ...(spec.children ? [['text', value]] : [])])), (data) => {
        const saved = escapeMdx(component.toBlock(data as never));
        const parsed = parseBody('x.mdx', saved);
        expect(parsed.problems).toEqual([]);
        const match = saved.match(component.pattern);
        expect(match).not.toBeNull();
        const back = component.fromBlock(match!);
        for (const [k, v] of Object.entries(data)) expect(back[k]).toBe(String(v).replace(/\r?\n/g, ' ').trim());
        expect(component.toPreview(data as never)).not.toMatch(/completați câmpurile/);
      }),
      { numRuns: 60 },
    );
  });
});
