/**
 * The trust findings, built for real: files of unpublished entries never reach dist/
 * (under any name), and `npm run check` and the build give the same verdict on the same
 * hostile fixtures, file by file and message by message.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { astroBuild, ROOT } from './support/build.ts';

// Each test builds the site; a busy machine can take minutes.
const BUILD_TIMEOUT = 240_000;

const copy = mkdtempSync(join(tmpdir(), 'cancelaria-trust-'));
const skip = new Set(['node_modules', 'dist', '.astro', '.git']);
cpSync(ROOT, copy, { recursive: true, filter: (src) => !skip.has(src.slice(ROOT.length + 1).split('/')[0]!) });
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function write(files: Record<string, string | Buffer>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), text);
  }
}

function* allFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* allFiles(p);
    else yield p;
  }
}

const SECRET = 'EMBARGO-TOKEN-7f3a91';
const PNG = readFileSync(join(ROOT, 'tests/fixtures/cms/sedinta-cjsu.png'));

describe('media follow the publication rule', () => {
  const files = {
    'public/media/2026/program-secret-embargo.pdf': `%PDF-1.4\n${SECRET}\n`,
    'public/media/2026/fotografie-draft-secret.png': PNG,
    'public/media/2026/nefolosit.pdf': `%PDF-1.4\n${SECRET}-orphan\n`,
    'content/press-releases/2026-11-26-test-embargo-media.mdx': `---\ntitle: "Sub embargo"\ndate: "2026-11-26T10:00"\nsummary: "Rezumat."\nembargoUntil: "2026-12-02T10:00"\nattachments:\n  - file: "/media/2026/program-secret-embargo.pdf"\n    title: "Programul"\n---\n\nText.\n`,
    'content/press-releases/2026-11-26-test-draft-media.mdx': `---\ntitle: "Ciornă"\ndate: "2026-11-26T10:00"\nsummary: "Rezumat."\ndraft: true\n---\n\n![Fotografie](/media/2026/fotografie-draft-secret.png)\n`,
  };

  it('keeps the files of drafts and embargoed releases, and unnamed files, out of every file of dist/', { timeout: BUILD_TIMEOUT }, () => {
    write(files);
    const out = join(copy, 'dist-media');
    const result = astroBuild(copy, out);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('public/media/2026/nefolosit.pdf: is named by no content file, so it is not published');
    const png = PNG.subarray(64, 128);
    for (const f of allFiles(out)) {
      expect(f).not.toMatch(/-secret-embargo|draft-secret|nefolosit/);
      const bytes = readFileSync(f);
      expect(bytes.includes(SECRET), f).toBe(false);
      expect(bytes.includes(png), f).toBe(false);
      expect(bytes.includes('program-secret-embargo'), f).toBe(false);
    }
    expect(existsSync(join(out, 'media/identitate/sigla.svg'))).toBe(true);
  });

  it('publishes the attachment at the first build after the embargo', { timeout: BUILD_TIMEOUT }, () => {
    const out = join(copy, 'dist-media-later');
    const result = astroBuild(copy, out, { BUILD_TIME: '2026-12-02T10:00' });
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(out, 'media/2026/program-secret-embargo.pdf'), 'utf8')).toContain(SECRET);
    expect(existsSync(join(out, 'media/2026/fotografie-draft-secret.png'))).toBe(false);
    for (const path of Object.keys(files)) rmSync(join(copy, path));
  });
});

describe('one parser, one verdict', () => {
  const R = (name: string) => `content/press-releases/2026-11-26-test-${name}.mdx`;
  const release = (name: string, extra: string, body = 'Text.') => ({ [R(name)]: `---\ntitle: "Test ${name}"\ndate: "2026-11-26T10:00"\nsummary: "Rezumat."\n${extra}---\n\n${body}\n` });
  const alias = ['a: &a ["x","x","x","x"]', 'b: &b [*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b]'].join('\n');
  const hostile: Record<string, string | Buffer> = {
    ...release('js-link', '', '[apăsați](javascript:alert(1))'),
    ...release('data-link', '', '[x](data:text/html,x)'),
    ...release('ref-link', '', '[aici][r]\n\n[r]: vbscript:msgbox'),
    ...release('relative-image', '', '![x](../../../../usr/share/pixmaps/debian-logo.png)'),
    ...release('missing-image', '', '![x](/media/2026/nu-exista.png)'),
    ...release('dotdot', 'attachments:\n  - file: "/media/../../etc/hostname.pdf"\n    title: "x"\n'),
    ...release('reply-js', 'type: drept-la-replica\nreplyTo:\n  outlet: "Ziarul"\n  title: "Articol"\n  date: "2026-11-01"\n  url: "javascript:alert(1)"\n'),
    ...release('deep', '', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')),
    ...release('cedilla', '', 'Şedinţa comitetului.'),
    [R('alias')]: `---\ntitle: "Alias"\n${alias}\n---\n\nText.\n`,
    [R('timestamp')]: '---\ntitle: "T"\ndate: 2026-11-26T10:00:00\nsummary: "R."\n---\n\nText.\n',
    [R('closing')]: '---\ntitle: "T"\n---x: null\ndate: "2026-11-26T10:00"\nsummary: "R"\n---\n\nText\n',
    'content/pages/admin.mdx': '---\ntitle: "Admin"\nsection: general\nupdated: "2026-11-01"\n---\n\nText.\n',
    'public/media/2026/harta-rea.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ...release('svg', 'image:\n  src: "/media/2026/harta-rea.svg"\n  alt: "Harta"\n'),
  };

  it('the build refuses exactly what the check refuses, with the same messages', { timeout: BUILD_TIMEOUT }, () => {
    write(hostile);
    symlinkSync('/usr/share/pixmaps', join(copy, 'public/media/afara'));
    const check = checkContent(copy).problems.map(formatProblem);
    const result = astroBuild(copy, join(copy, 'dist-hostile'));
    rmSync(join(copy, 'public/media/afara'));
    for (const path of Object.keys(hostile)) rmSync(join(copy, path));
    expect(result.status).not.toBe(0);
    // One problem or more per hostile file, and nothing else (the release that shows the
    // unsafe SVG is itself valid: the SVG file is refused).
    const files = new Set(check.map((m) => m.split(':')[0]));
    expect(files).toEqual(new Set([...Object.keys(hostile).filter((f) => !f.endsWith('test-svg.mdx')), 'public/media/afara']));
    const built = result.output.split('\n').filter((l) => /^\s+- /.test(l)).map((l) => l.replace(/^\s+- /, '').trim());
    expect(built.sort()).toEqual([...check].sort());
    expect(result.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('and both accept the sample content', { timeout: BUILD_TIMEOUT }, () => {
    expect(checkContent(copy).problems).toEqual([]);
  });
});
