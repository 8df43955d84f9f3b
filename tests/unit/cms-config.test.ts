import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { cmsBackend, cmsCollections, cmsConfig } from '../../cms/config.ts';
import { guardEntry } from '../../cms/guard.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { readSiteConfig } from '../../src/lib/site-config.ts';

const settings = loadSettings();
const emptySite = mkdtempSync(join(tmpdir(), 'cancelaria-noconfig-'));

describe('CMS backend', () => {
  it('runs only locally (decap-server) until a production backend is configured', () => {
    const config = cmsConfig({ settings });
    expect(config.backend).toMatchObject({ name: 'proxy', branch: 'main' });
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('ro');
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(config.media_folder).toBe('public/media/{{year}}');
  });

  it.each([
    [{ CMS_BACKEND: 'github', CMS_REPO: 'prefectura/cancelaria' }, { name: 'github', repo: 'prefectura/cancelaria', branch: 'main' }],
    [
      { CMS_BACKEND: 'gitlab', CMS_REPO: 'prefectura/cancelaria', CMS_APP_ID: 'abc', CMS_API_ROOT: 'https://git.example.ro/api/v4' },
      { name: 'gitlab', app_id: 'abc', auth_type: 'pkce', api_root: 'https://git.example.ro/api/v4' },
    ],
    [{ CMS_BACKEND: 'forgejo', CMS_REPO: 'p/c', CMS_BRANCH: 'productie', CMS_BASE_URL: 'https://cod.example.ro' }, { name: 'forgejo', branch: 'productie', base_url: 'https://cod.example.ro' }],
  ])('takes the production backend from the environment: %o', (env, expected) => {
    const { config, problems } = readSiteConfig(emptySite, env);
    expect(problems).toEqual([]);
    expect(cmsBackend(config.cms)).toMatchObject(expected);
    expect(cmsConfig({ settings, site: config }).backend).toMatchObject(expected);
  });

  it('or from cancelaria.config.yaml, which no CMS collection edits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cancelaria-config-'));
    writeFileSync(join(dir, 'cancelaria.config.yaml'), 'cms:\n  backend: "gitea"\n  repo: "prefectura/site"\n  apiRoot: "https://gitea.example.ro/api/v1"\nlimits:\n  uploadKb: 4096\n');
    const { config, problems } = readSiteConfig(dir, {});
    expect(problems).toEqual([]);
    expect(cmsBackend(config.cms)).toMatchObject({ name: 'gitea', repo: 'prefectura/site', branch: 'main', api_root: 'https://gitea.example.ro/api/v1' });
    expect(config.limits).toEqual({ uploadKb: 4096, mediaMb: 50 });
  });

  it('refuses a backend address that is not https, naming the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cancelaria-config-'));
    writeFileSync(join(dir, 'cancelaria.config.yaml'), 'cms:\n  backend: "github"\n  repo: "p/c"\n  baseUrl: "javascript:alert(1)"\n');
    expect(readSiteConfig(dir, {}).problems.map(formatProblem)).toEqual([
      'cancelaria.config.yaml:4: cms.baseUrl "javascript:alert(1)" uses the address type "javascript:", which is not allowed; use https://…, mailto:…, tel:…, a site address such as /comunicate/… or a #fragment',
    ]);
  });

  it('exposes no field of the production backend or the limits to editors', () => {
    const forbidden = /^(backend|repo|branch|apiRoot|api_root|baseUrl|base_url|appId|app_id|auth_type|cms|limits|mediaMb|uploadKb|maxUploadKb)$/;
    const names: string[] = [];
    const walk = (fields: { name: string; fields?: unknown[] }[]) => {
      for (const f of fields) {
        names.push(f.name);
        if (f.fields) walk(f.fields as never);
      }
    };
    for (const c of cmsConfig({ settings }).collections) {
      walk(((c as { fields?: unknown[] }).fields ?? []) as never);
      for (const file of (c as { files?: { fields: unknown[] }[] }).files ?? []) walk(file.fields as never);
    }
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((n) => forbidden.test(n))).toEqual([]);
  });
});

describe('the save guard', () => {
  it('speaks Romanian for every message the content model can produce', async () => {
    const { toRomanian } = await import('../../src/i18n/messages.ts');
    for (const en of [
      'is required („Titlu”); add it',
      '"2026-13-01" is not a date-time; write it as 2026-12-01T10:00',
      '2026-03-29 03:30 does not exist in Romania (clocks jump from 03:00 to 04:00 that night); write 04:30',
      'is 301 characters long; shorten it to at most 300',
      '"x" is not one of: a, b',
      'is not after start; an event ends after it begins',
      'must start with ED- for domain educatie',
    ]) {
      expect(toRomanian(en), en).not.toBe(en);
    }
  });

  const release = { title: 'Titlu', date: '2026-11-26T10:00', summary: 'Rezumat.', type: 'comunicat', body: 'Buget {2026} și 3 < 5.\n\nexport const x = 1' };

  it('accepts a valid release and escapes what MDX would run', () => {
    const r = guardEntry('press-releases', release);
    expect(r.problems).toEqual([]);
    expect(r.data.body).toBe('Buget \\{2026\\} și 3 \\< 5.\n\n&#101;xport const x = 1');
  });

  it('converts cedilla letters and strips control characters on save', () => {
    const r = guardEntry('press-releases', { ...release, title: 'Şedinţa\u0000 CJSU', body: 'Ţara\r\nşi' });
    expect(r.problems).toEqual([]);
    expect(r.data.title).toBe('Ședința CJSU');
    expect(r.data.body).toBe('Țara\nși');
  });

  it('refuses a body the build would refuse: script addresses, foreign images, deep nesting', () => {
    expect(guardEntry('press-releases', { ...release, body: 'Vedeți [aici](javascript:alert(1)).' }).problems).toEqual([
      '„Textul comunicatului”, rândul 1: adresa „javascript:alert(1)” folosește tipul „javascript:”, care nu este permis; folosiți https://…, mailto:…, tel:…, o adresă a site-ului (/comunicate/…) sau un #fragment',
    ]);
    expect(guardEntry('press-releases', { ...release, body: '![x](https://evil.example/a.png)' }).problems[0]).toMatch(/imaginea „https:\/\/evil.example\/a.png” nu este în biblioteca media/);
    expect(guardEntry('press-releases', { ...release, body: Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n') }).problems[0]).toMatch(/imbricate pe prea multe niveluri/);
  });

  it('refuses what the build would refuse, naming the field as the CMS does', () => {
    expect(guardEntry('press-releases', { ...release, image: { src: '/media/2026/poza.bmp' } }).problems).toEqual([
      '„Imagine › Fișier imagine” „/media/2026/poza.bmp” nu este un tip de fișier pe care site-ul îl poate afișa; folosiți unul dintre: JPEG, PNG, WebP, AVIF, GIF, SVG',
      '„Imagine › Text alternativ” este obligatoriu; completați-l',
    ]);
    expect(guardEntry('press-releases', { ...release, type: 'drept-la-replica' }).problems).toEqual([
      '„Articolul la care se răspunde” este obligatoriu la un drept la replică: completați publicația, titlul și data articolului',
    ]);
  });
});

describe('the CMS protects the archive and follows the officer’s order of work', () => {
  const byName = new Map(cmsCollections().map((c) => [c.name, c]));
  it.each(['press-releases', 'events'])('%s: no delete, newest first, body after the summary', (name) => {
    const c = byName.get(name)!;
    expect(c.delete).toBe(false);
    expect((c.sortable_fields as unknown[])[0]).toMatchObject({ default_sort: 'desc' });
    const names = (c.fields as { name: string }[]).map((f) => f.name);
    expect(names.indexOf('body')).toBe(names.indexOf('summary') + 1);
    expect(names.slice(0, 2)).toEqual(['title', 'type']);
  });
  it('pages and settings keep their delete button (they are not a public record of statements)', () => {
    expect(byName.get('pages')!.delete).toBeUndefined();
  });
  it('shows Romanian pattern messages under the fields', () => {
    const number = (byName.get('press-releases')!.fields as { name: string; pattern?: string[] }[]).find((f) => f.name === 'number')!;
    expect(number.pattern![1]).toBe('Scrieți numărul și anul, ex.: 412/2026.');
  });
});
