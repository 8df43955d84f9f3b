/**
 * Content can't hurt: every finding of the attacker's and the hurried officer's review,
 * as a fixture in a throwaway site folder, checked by the same reader the build uses.
 * Milliseconds each; tests/e2e/content-trust.test.ts builds the same fixtures for real.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, publicMedia } from '../../src/lib/content-check.ts';
import { cleanText, fixCedilla, parseContentText } from '../../src/lib/content-file.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { classifyUrl } from '../../src/lib/urls.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A site folder with the sample settings and logo, plus the given files. */
function site(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cancelaria-trust-'));
  cpSync(join(ROOT, 'content/settings'), join(dir, 'content/settings'), { recursive: true });
  for (const f of ['plan.mdx', 'experts.yaml']) cpSync(join(ROOT, 'content/roma-plan', f), join(dir, 'content/roma-plan', f));
  cpSync(join(ROOT, 'public/media/identitate'), join(dir, 'public/media/identitate'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const release = (extra = '', body = 'Text.') => `---\ntitle: "Test"\ndate: "2026-11-20T10:00"\nsummary: "Rezumat."\n${extra}---\n\n${body}\n`;
const R = 'content/press-releases/2026-11-20-test.mdx';

function errors(dir: string): string[] {
  return checkContent(dir).problems.map(formatProblem);
}

describe('links and addresses', () => {
  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['//evil.example/x'],
    ['../../../etc/passwd'],
    ['/media/../../etc/passwd'],
  ])('%j is refused in a body link, with the line', (url) => {
    const dir = site({ [R]: release('', `Primul rând.\n\n[apăsați](${url.replace(/[()]/g, '')})`) });
    const out = errors(dir);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(new RegExp(`^${R}:9: link address`));
  });

  it('refuses a reference definition with a script address', () => {
    const out = errors(site({ [R]: release('', '[aici][r]\n\n[r]: javascript:alert(1)') }));
    expect(out).toEqual([`${R}:9: link address "javascript:alert(1)" uses the address type "javascript:", which is not allowed; use https://…, mailto:…, tel:…, a site address such as /comunicate/… or a #fragment`]);
  });

  it('judges the scheme as a browser reads it (tabs and newlines removed)', () => {
    for (const url of ['java\tscript:alert(1)', 'java\nscript:alert(1)', ' javascript:alert(1)', '\u0000javascript:x']) expect(classifyUrl(url).ok, JSON.stringify(url)).toBe(false);
  });

  it.each(['https://isu.ro/a', 'http://isu.ro', 'mailto:presa@example.ro', 'tel:+40258811204', '/comunicate/x/', '#corecturi'])('accepts %j', (url) => {
    expect(classifyUrl(url).ok).toBe(true);
    expect(errors(site({ [R]: release('', `[x](${url})`) }))).toEqual([]);
  });

  it('refuses script addresses in URL fields too (reply-to, social accounts)', () => {
    const dir = site({
      [R]: release('type: drept-la-replica\nreplyTo:\n  outlet: "Ziarul"\n  title: "Articol"\n  date: "2026-11-01"\n  url: "javascript:alert(1)"\n'),
    });
    expect(errors(dir)).toEqual([`${R}:10: replyTo.url "javascript:alert(1)" uses the address type "javascript:", which is not allowed; use https://…, mailto:…, tel:…, a site address such as /comunicate/… or a #fragment`]);
  });

  it('refuses images from outside the media library (relative, absolute disk paths, remote)', () => {
    for (const src of ['../../../../usr/share/pixmaps/debian-logo.png', '/usr/share/a.png', 'https://evil.example/a.png']) {
      const out = errors(site({ [R]: release('', `![x](${src})`) }));
      expect(out, src).toHaveLength(1);
      expect(out[0]).toMatch(/image/);
    }
  });

  it('refuses raw HTML and code with the line and the fix', () => {
    expect(errors(site({ [R]: release('', 'Unu.\n\n<script>alert(1)</script>') }))[0]).toMatch(new RegExp(`^${R}:9: `));
    expect(errors(site({ [R]: release('', 'Unu {1+1}.') }))).toEqual([`${R}:7: content may not contain code, found a {…} expression; remove the braces, or write \\{ and \\} for literal braces`]);
  });
});

describe('files stay inside the project', () => {
  it('refuses ".." in media fields', () => {
    const out = errors(site({ [R]: release('attachments:\n  - file: "/media/../../../../etc/hostname.pdf"\n    title: "x"\n') }));
    expect(out.join('\n')).toMatch(/attachments\[0\]\.file .*must be a file under \/media\//);
  });

  it('refuses a symbolic link under public/ and under content/', () => {
    const dir = site();
    symlinkSync('/usr/share', join(dir, 'public/media/afara'));
    symlinkSync('/etc/hostname', join(dir, 'content/press-releases-link.mdx'));
    const out = errors(dir);
    expect(out).toContain('public/media/afara: is a symbolic link; the site publishes only real files inside the project: replace the link with the file itself');
    expect(out).toContain('content/press-releases-link.mdx: is a symbolic link; the site publishes only real files inside the project: replace the link with the file itself');
  });
});

describe('SVG', () => {
  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>', /<script> element/],
    ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>', /event handler \(onload\)/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>', /<foreignObject> element/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.example/a.svg#x"/></svg>', /refers to "https:\/\/evil/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x)</style></svg>', /@import/],
    ['<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>', /DOCTYPE/],
  ])('refuses an unsafe SVG: %j', (svg, reason) => {
    const dir = site({ 'public/media/2026/harta.svg': svg, [R]: release('image:\n  src: "/media/2026/harta.svg"\n  alt: "Harta"\n') });
    const out = errors(dir);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^public\/media\/2026\/harta\.svg: /);
    expect(out[0]).toMatch(reason);
    expect(out[0]).toMatch(/Plain SVG/);
  });

  it('accepts the sample charts and logo', () => {
    expect(errors(site({ 'public/media/2026/grafic.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect fill="url(#g)" width="10" height="10"/><text x="1" y="5">Ședință</text></svg>', [R]: release('image:\n  src: "/media/2026/grafic.svg"\n  alt: "Grafic"\n') }))).toEqual([]);
  });
});

describe('media follow the publication rule', () => {
  it('names files of unpublished entries as not public, and unreferenced files as a warning', () => {
    const dir = site({
      'public/media/2026/embargo.pdf': '%PDF-1.4 secret',
      'public/media/2026/draft.png': 'png',
      'public/media/2026/public.pdf': '%PDF-1.4',
      'public/media/2026/orphan.pdf': '%PDF-1.4',
      'content/press-releases/2026-11-20-embargo.mdx': release('embargoUntil: "2026-12-01T10:00"\nattachments:\n  - file: "/media/2026/embargo.pdf"\n    title: "Program"\n'),
      'content/press-releases/2026-11-21-draft.mdx': release('draft: true\n', '![poză](/media/2026/draft.png)'),
      'content/press-releases/2026-11-22-public.mdx': release('', '[PDF](/media/2026/public.pdf)'),
    });
    const { problems, warnings, entries } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual(['public/media/2026/orphan.pdf: is named by no content file, so it is not published; link it from an entry or delete it']);
    const allowed = publicMedia(entries, new Date('2026-11-27T10:00:00Z'));
    expect(allowed.has('/media/2026/public.pdf')).toBe(true);
    expect(allowed.has('/media/identitate/sigla.svg')).toBe(true);
    expect(allowed.has('/media/2026/embargo.pdf')).toBe(false);
    expect(allowed.has('/media/2026/draft.png')).toBe(false);
    expect(publicMedia(entries, new Date('2026-12-01T08:00:00Z')).has('/media/2026/embargo.pdf')).toBe(true);
  });

  it('refuses a body image that does not exist', () => {
    expect(errors(site({ [R]: release('', '![x](/media/2026/lipsa.png)') }))).toEqual([`${R}: "/media/2026/lipsa.png" does not exist; upload it to public/media/2026/lipsa.png or correct the path`]);
  });
});

describe('limits, in under a second', () => {
  it('refuses a YAML alias bomb without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const started = performance.now();
    const out = errors(site({ [R]: `---\ntitle: "T"\n${bomb}\n---\n\nx\n` }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(out[0]).toMatch(new RegExp(`^${R}:4: uses a YAML alias \\(\\*a\\); aliases are not allowed in content`));
  });

  it('refuses hundreds of nested list and quote levels quickly', () => {
    for (const body of [Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), `${'>'.repeat(500)} x`, `${'- '.repeat(300)}x`, Array.from({ length: 9 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')]) {
      const started = performance.now();
      const out = errors(site({ [R]: release('', body) }));
      expect(performance.now() - started).toBeLessThan(1000);
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(/(nests lists or quotes|is indented by).*flatten the list/);
    }
  });

  it('refuses an oversized content file and an oversized media file', () => {
    expect(errors(site({ [R]: release('', 'x'.repeat(600 * 1024)) }))[0]).toMatch(/is 600 KB; a content file may be at most 512 KB/);
    const dir = site({ 'cancelaria.config.yaml': 'limits:\n  mediaMb: 1\n', 'public/media/2026/mare.pdf': Buffer.alloc(1024 * 1024 + 1), [R]: release('', '[a](/media/2026/mare.pdf)') });
    expect(errors(dir)).toEqual(['public/media/2026/mare.pdf: is 1.0 MB; the largest file the site publishes is 1 MB (limits.mediaMb in cancelaria.config.yaml): compress it or split it']);
  });
});

describe('what a hurried officer pastes', () => {
  it('refuses cedilla letters with the fix, and --fix rewrites them', () => {
    const out = errors(site({ [R]: release('', 'Şedinţa comitetului.') }));
    expect(out).toEqual([`${R}:7: has "Ş" (cedilla), "ţ" (cedilla); Romanian writes "Ș", "ț" with a comma below: retype them or run npm run check -- --fix`]);
    expect(fixCedilla('Şedinţa şi Ţara')).toBe('Ședința și Țara');
  });

  it('npm run check -- --fix rewrites cedilla letters in place, then passes', () => {
    const dir = site({ [R]: release('', 'Şedinţa comitetului.') });
    const run = spawnSync(process.execPath, ['--experimental-strip-types', join(ROOT, 'scripts/check-content.ts'), '--fix'], { cwd: ROOT, env: { ...process.env, CANCELARIA_SITE: dir }, encoding: 'utf8' });
    expect(run.stdout).toContain(`fixed: ${R} (cedilla ş ţ → comma-below ș ț)`);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, R), 'utf8')).toContain('Ședința comitetului.');
  });

  it.each([
    ['date: 2026-12-03T11:00:00', 'date 2026-12-03T11:00:00 is a date written without quotes, which YAML may read as UTC; write it in quotes: "2026-12-03T11:00"'],
    ['date: 2026-12-03 11:00', 'date 2026-12-03 11:00 is a date written without quotes, which YAML may read as UTC; write it in quotes: "2026-12-03T11:00"'],
    ['date: 2026-12-03', 'date 2026-12-03 is a date written without quotes, which YAML may read as UTC; write it in quotes: "2026-12-03"'],
  ])('refuses an unquoted timestamp: %s', (line, message) => {
    const out = errors(site({ [R]: `---\ntitle: "T"\n${line}\nsummary: "R."\n---\n\nx\n` }));
    expect(out).toEqual([`${R}:3: ${message}`]);
  });

  it('reads front matter closed by "---x: null" the same way everywhere: not closed there', () => {
    const parsed = parseContentText(R, '---\ntitle: "T"\n---x: null\ndate: "2026-11-20T10:00"\nsummary: "R"\n---\n\nText\n', 'mdx');
    expect(parsed.problems.map(formatProblem)).toEqual([]);
    const out = errors(site({ [R]: '---\ntitle: "T"\n---x: null\ndate: "2026-11-20T10:00"\nsummary: "R"\n---\n\nText\n' }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(new RegExp(`^${R}:3: ---x is not a known field; remove it or use one of: title, `));
  });

  it('strips control characters (CR, NUL, …) so no output carries them', () => {
    expect(cleanText('a\r\nb\rc\u0000d\u0007e\u009bf')).toBe('a\nb\ncdef');
  });

  it('refuses pages named like built-in routes', () => {
    const page = (title: string) => `---\ntitle: "${title}"\nsection: general\nupdated: "2026-11-01"\n---\n\nText.\n`;
    for (const id of ['admin', 'comunicate', '404']) {
      expect(errors(site({ [`content/pages/${id}.mdx`]: page(id) })).join('\n')).toMatch(new RegExp(`content/pages/${id}.mdx: would have the address of a built-in page of the site \\(/${id}/\\)`));
    }
  });

  it('reports a missing settings file as a problem, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cancelaria-trust-'));
    expect(errors(dir)).toContain("content/settings/site.yaml: is missing; the site needs it (Setările instituției)");
  });
});

describe('built-in routes', () => {
  it('the reserved page names cover every route at the site root', async () => {
    const { readdirSync } = await import('node:fs');
    const { RESERVED_PAGE_IDS, EMBEDDED_PAGE_IDS } = await import('../../src/lib/routes.ts');
    const names = readdirSync(join(ROOT, 'src/pages'))
      .map((n) => n.replace(/\.(astro|ts)$/, '').replace(/\.(xml|ics|css|json|txt)$/, ''))
      .filter((n) => !n.startsWith('['));
    for (const n of names) expect(RESERVED_PAGE_IDS.general.has(n) || EMBEDDED_PAGE_IDS.has(n), `src/pages/${n}`).toBe(true);
  });
});
