import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { published, unpublished } from './support/content.ts';
import { TEXT_FILE, walk } from './support/dist.ts';

const dist = inject('distDir');
const files = [...walk(dist)];
const textFiles = files.filter((f) => TEXT_FILE.test(f));

describe('the built sample site', () => {
  it('has the sample content: a draft, an embargoed release and at least 40 public ones', () => {
    expect(published.length).toBeGreaterThanOrEqual(40);
    expect(unpublished.some((r) => r.data.draft)).toBe(true);
    expect(unpublished.some((r) => r.data.embargoUntil)).toBe(true);
  });

  it('has a page for every public release', () => {
    for (const r of published) expect(existsSync(join(dist, 'comunicate', r.id, 'index.html')), r.id).toBe(true);
  });

  it('contains nothing of the draft or the embargoed release, in any file', () => {
    expect(unpublished.length).toBeGreaterThan(0);
    for (const r of unpublished) {
      expect(existsSync(join(dist, 'comunicate', r.id)), r.id).toBe(false);
      // The title, the lead, the slug and a sentence from the body: none may leak.
      const sentence = r.body!.split('\n').find((l) => l.trim().length > 60)!.trim().slice(0, 60);
      const needles = [r.id, r.data.title, r.data.summary.slice(0, 60), sentence];
      for (const file of textFiles) {
        const text = readFileSync(file, 'utf8');
        for (const needle of needles) {
          expect(text.includes(needle), `${relative(dist, file)} contains "${needle}" of ${r.file}`).toBe(false);
        }
      }
    }
  });

  it('declares Romanian on every page', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const p of pages) expect(readFileSync(p, 'utf8'), relative(dist, p)).toMatch(/<html lang="ro"/);
  });

  it('lists releases newest first, 20 a page', () => {
    const order: string[] = [];
    for (let n = 1; ; n++) {
      const file = join(dist, n === 1 ? 'comunicate/index.html' : `comunicate/pagina/${n}/index.html`);
      if (!existsSync(file)) break;
      const html = readFileSync(file, 'utf8').split('class="release-list"')[1]!;
      const ids = [...html.matchAll(/href="\/comunicate\/(\d{4}-\d\d-\d\d-[a-z0-9-]+)\/"/g)].map((m) => m[1]!);
      expect(ids.length).toBeLessThanOrEqual(20);
      order.push(...ids);
    }
    expect(order).toEqual(published.map((r) => r.id));
  });

  it('lists in the sitemap every page it built and nothing unpublished', () => {
    const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>https:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
    for (const r of published) expect(locs).toContain(`/comunicate/${r.id}/`);
    for (const r of unpublished) expect(xml).not.toContain(r.id);
    expect(locs).not.toContain('/admin/');
    for (const loc of locs) expect(existsSync(join(dist, loc, 'index.html')), loc).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https:\/\/.+\/sitemap\.xml/);
  });

  it('keeps a release page under 30 KB of HTML and CSS, with no JavaScript', () => {
    const page = join(dist, 'comunicate', published.find((r) => r.data.attachments.length && r.data.corrections.length)?.id ?? published[0]!.id, 'index.html');
    const html = readFileSync(page, 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8'));
    const bytes = Buffer.byteLength(html) + css.reduce((n, c) => n + Buffer.byteLength(c), 0);
    expect(bytes).toBeLessThan(30 * 1024);
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    // Only the CMS at /admin/ and the search page have scripts; no other public page loads one.
    const pagesWithScripts = files.filter((f) => f.endsWith('.html') && !f.includes('/admin/') && /<script(?![^>]*application\/(ld\+)?json)/.test(readFileSync(f, 'utf8')));
    expect(pagesWithScripts.map((f) => relative(dist, f))).toEqual(['cautare/index.html']);
    // …and that one loads a file: no inline script, which a strict CSP would block.
    const search = readFileSync(join(dist, 'cautare/index.html'), 'utf8');
    const scripts = [...search.matchAll(/<script(?![^>]*application\/(?:ld\+)?json)([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => [/src="\/_astro\/[^"]+\.js"/.test(m[1]!), m[2]!.trim()])).toEqual([[true, '']]);
  });

  it('stamps dates with the Bucharest offset of their season', () => {
    const summer = published.find((r) => r.data.date.getUTCMonth() === 6)!;
    const winter = published.find((r) => r.data.date.getUTCMonth() === 0)!;
    expect(readFileSync(join(dist, 'comunicate', summer.id, 'index.html'), 'utf8')).toMatch(/datetime="\d{4}-07-\d\dT\d\d:\d\d:00\+03:00"/);
    expect(readFileSync(join(dist, 'comunicate', winter.id, 'index.html'), 'utf8')).toMatch(/datetime="\d{4}-01-\d\dT\d\d:\d\d:00\+02:00"/);
  });
});
